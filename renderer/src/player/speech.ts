/**
 * Spoken step names through the platform's speech synthesis, when the person turned it on. Where there is
 * no synthesis (or no voice) nothing is said and nothing fails: the words are on screen anyway.
 */
export function speak(text: string): void {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return;
  try {
    speechSynthesis.cancel();
    speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  } catch (error) {
    // Speech is a convenience on top of the words and tones; it never stops the routine.
    console.warn('[sitwise] speech synthesis failed', error);
  }
}

export function stopSpeaking(): void {
  if (typeof speechSynthesis === 'undefined') return;
  speechSynthesis.cancel();
}

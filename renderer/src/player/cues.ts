/**
 * Cue tones made with the Web Audio API (no audio files): a soft tone when a step begins, a two-note
 * chime at the end. Each lasts well under 3 seconds and follows the sound settings.
 */
export interface SoundSettings {
  enabled: boolean;
  volume: number;
  /** Say each step aloud (see `speech.ts`); off when absent. */
  speak?: boolean | undefined;
}

export type Cue = 'step' | 'finish';

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  return context;
}

function tone(ctx: AudioContext, frequency: number, at: number, seconds: number, volume: number): void {
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.type = 'sine';
  osc.frequency.value = frequency;
  // A quick fade in and out avoids clicks.
  gain.gain.setValueAtTime(0, at);
  gain.gain.linearRampToValueAtTime(volume * 0.3, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
  osc.connect(gain).connect(ctx.destination);
  osc.start(at);
  osc.stop(at + seconds + 0.05);
}

export function playCue(cue: Cue, sound: SoundSettings): void {
  if (!sound.enabled || sound.volume <= 0) return;
  const ctx = audio();
  if (!ctx) return;
  const now = ctx.currentTime;
  if (cue === 'step') tone(ctx, 660, now, 0.18, sound.volume);
  else {
    tone(ctx, 523, now, 0.25, sound.volume);
    tone(ctx, 784, now + 0.22, 0.4, sound.volume);
  }
}

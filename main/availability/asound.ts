/**
 * Linux microphone in use, from ALSA's capture substreams: `/proc/asound/card*\/pcm*c/sub*\/status` reads
 * `closed` when no program records, and `state: RUNNING` (with owner, trigger time, …) while one does.
 * PipeWire and PulseAudio keep the device open while recording, so this sees browser and app calls too.
 * Kernel documentation: Documentation/sound/designs/procfile.rst ("sub*\/status").
 */

/** True when the status file says the substream is capturing now. */
export function captureRunning(statusText: string): boolean {
  return /^state:\s*RUNNING\s*$/m.test(statusText);
}

/** The capture substreams' status paths among a card's entries (`pcm0c`, `pcm1c`: the trailing c). */
export function isCaptureDevice(entry: string): boolean {
  return /^pcm\d+c$/.test(entry);
}

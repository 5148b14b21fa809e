/** The sitting/standing bout: present time in one posture since the last change or natural break. */
import type { Bout, EngineState } from './types';

export function freshBoutPrompts(): Bout['prompts'] {
  return { regularFired: false, escalations: 0, lastEscMs: null, lastNagMs: null };
}

/** Present time in the current bout at `at`. */
export function boutMsAt(s: Pick<EngineState, 'bout'>, at: number): number {
  const b = s.bout;
  return b.accMs + (b.openSince === null ? 0 : Math.max(0, at - b.openSince));
}

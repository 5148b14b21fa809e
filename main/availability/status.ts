/**
 * What each detector reports, for the engine (reasons) and for Settings (a live status line). A detector
 * that cannot read its source says `unavailable` with why, instead of pretending "not in use".
 */
import type { DetectorProblem } from '../../shared/ipc';
import type { ContextReason } from '../../shared/snapshot';

export type DetectorId = 'microphone' | 'camera' | 'dnd';

/** `why` is a code Settings words in the person's language. */
export type Reading = { state: 'active' | 'inactive' } | { state: 'unavailable'; why: DetectorProblem };

export type Readings = Record<DetectorId, Reading>;

/** The moment's reasons from the readings (camera or microphone in use is a call). */
export function reasonsOf(readings: Readings): ContextReason[] {
  const out: ContextReason[] = [];
  if (readings.microphone.state === 'active' || readings.camera.state === 'active') out.push('call');
  if (readings.dnd.state === 'active') out.push('dnd');
  return out;
}

export function unavailable(why: DetectorProblem): Reading {
  return { state: 'unavailable', why };
}

export function reading(value: boolean | null, why: DetectorProblem): Reading {
  return value === null ? unavailable(why) : { state: value ? 'active' : 'inactive' };
}

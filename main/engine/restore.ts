/**
 * Rebuilds the engine's state from the journal so a restart mid-day keeps the bout, the posture, an open
 * prompt, a pause or a snack. Observations (the last idle sample) are not in the journal: they are derived
 * from the state, so the first input after the restart sees the silence since the last event as a gap when
 * it is long enough.
 */
import type { EngineEvent } from '../../shared/events';
import { applyEvent, computeDayEnd, initialState } from './state';
import type { EngineConfig, EngineState, Observations } from './types';

export function restoreFromEvents(events: Iterable<EngineEvent>, config: EngineConfig): EngineState {
  const s = initialState(config.timeZone);
  for (const e of events) {
    if (e.at < s.lastEventAt) throw new RangeError(`journal events out of order at ${e.at}`);
    applyEvent(s, e, config.settings);
  }
  if (s.date === null) return s;
  s.dayEnd = computeDayEnd(s, config.settings);
  return s;
}

/** What a restored engine assumes it last observed: the last event, and a lock or sleep still going on. */
export function observationsOf(s: EngineState): Observations {
  return {
    lastObsAt: s.date === null ? null : s.lastEventAt,
    lastInputStop: null,
    locked: s.awayReason === 'lock',
    suspended: s.awayReason === 'suspend',
    pendingZone: null,
    busy: [],
  };
}

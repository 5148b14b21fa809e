/**
 * Rebuilds the engine's state from the journal so a restart mid-day keeps the bout, the posture, an open
 * prompt, a pause or a snack. Observation-only details (the last idle sample) start empty; the first
 * input after the restart sees the silence since the last event as a gap when it is long enough.
 */
import type { EngineEvent } from '../../shared/events';
import { applyEvent, computeDayEnd, initialState } from './state';
import type { EngineConfig, EngineState } from './types';

export function restoreFromEvents(events: Iterable<EngineEvent>, config: EngineConfig): EngineState {
  const s = initialState(config.timeZone);
  for (const e of events) {
    if (e.at < s.lastEventAt) throw new RangeError(`journal events out of order at ${e.at}`);
    applyEvent(s, e, config.settings);
  }
  if (s.date === null) return s;
  s.dayEnd = computeDayEnd(s, config.settings);
  s.lastObsAt = s.lastEventAt;
  s.locked = s.awayReason === 'lock';
  s.suspended = s.awayReason === 'suspend';
  return s;
}

/**
 * Daily figures for measured goals, from the storage services: day summaries (the shared fold, cached
 * per month) and snack counts from the engine's events. Snack counts read the months' events only when a
 * snacks goal asks for them.
 */
import type { EngineEvent } from '../../../shared/events';
import { type MeasuredDay, measuredDays, snacksDoneByDay } from '../../../shared/pacing/measured';
import type { DaySummary } from '../../../shared/summary';
import type { DayOptions } from '../../../shared/time';
import { monthOfDate, monthsBetween } from '../journal/format';

export interface MeasuredSource {
  /** Tracked days from `from` to `to` (inclusive); snack counts only when `withSnacks`. */
  days(from: string, to: string, withSnacks: boolean): MeasuredDay[];
}

export interface MeasuredDeps {
  range(from: string, to: string): DaySummary[];
  events(month: string): EngineEvent[];
  dayOptions(): DayOptions;
}

export function measuredSourceOf(deps: MeasuredDeps): MeasuredSource {
  return {
    days(from, to, withSnacks) {
      const summaries = deps.range(from, to);
      if (!withSnacks) return measuredDays(summaries, new Map());
      const events = monthsBetween(monthOfDate(from), monthOfDate(to)).flatMap((m) => deps.events(m));
      return measuredDays(summaries, snacksDoneByDay(events, deps.dayOptions()));
    },
  };
}

/**
 * Figures for measured goals, taken from the journal: standing minutes and the longest sitting bout from
 * the day summaries (the one fold in shared/fold.ts), snacks done counted from `snack-end` events. Days
 * with no tracked time give no figure at all: an untracked day is neither met nor missed by a number.
 */
import type { EngineEvent } from '../events';
import type { DaySummary } from '../summary';
import { type DayOptions, localDateOf } from '../time';
import type { Sample } from './baseline';
import type { Metric } from './goal';

export type MeasuredMetric = Exclude<Metric, 'session-min'>;

export function isMeasuredMetric(metric: Metric): metric is MeasuredMetric {
  return metric !== 'session-min';
}

export interface MeasuredDay {
  date: string;
  standingMin: number;
  longestSittingBoutMin: number;
  snacksDone: number;
}

/** Snacks finished as "done", per Sitwise day; an event belongs to the day its latest `day` event opened. */
export function snacksDoneByDay(events: Iterable<EngineEvent>, opts: DayOptions): Map<string, number> {
  const out = new Map<string, number>();
  let date: string | null = null;
  for (const e of events) {
    if (e.type === 'day') date = e.date;
    else if (e.type === 'snack-end' && e.outcome === 'done') {
      const d = date ?? localDateOf(e.at, opts);
      out.set(d, (out.get(d) ?? 0) + 1);
    }
  }
  return out;
}

/** Joins day summaries and snack counts; days without tracked present time are left out. */
export function measuredDays(
  summaries: readonly DaySummary[],
  snacks: ReadonlyMap<string, number>,
): MeasuredDay[] {
  return summaries
    .filter((s) => s.sittingMin + s.standingMin + s.movingMin > 0)
    .map((s) => ({
      date: s.date,
      standingMin: s.standingMin,
      longestSittingBoutMin: s.longestSittingBoutMin,
      snacksDone: snacks.get(s.date) ?? 0,
    }));
}

/** One sample per tracked day for a measured metric. */
export function measuredSamples(metric: MeasuredMetric, days: readonly MeasuredDay[]): Sample[] {
  return days.map((d) => ({
    date: d.date,
    value:
      metric === 'standing-min'
        ? d.standingMin
        : metric === 'longest-sitting-bout-min'
          ? d.longestSittingBoutMin
          : d.snacksDone,
  }));
}

/**
 * Baseline: where a plan starts. From the first 3 tolerated sessions (or 3 measured days), the mean × 0.8
 * for goals that build up, so the plan starts about 20 % below what the user already manages; for a cap
 * (longest sitting bout) the mean itself, since starting "easier" there would mean sitting longer.
 * A baseline the user types in replaces the derived one from the day it was set.
 */
import { addDays } from '../time';
import { laterDate } from './dates';
import { type Goal, isCadenceDay, type Metric, metricInfo } from './goal';

export const BASELINE_SAMPLES = 3;
export const BASELINE_FACTOR = 0.8;
/** How far back a measured goal looks for days it can use, when it is created. */
export const MEASURED_LOOKBACK_DAYS = 14;

/** One figure the baseline can use: a logged session or a measured day. */
export interface Sample {
  date: string;
  value: number;
}

export type Baseline =
  | { status: 'pending'; samples: Sample[]; needed: number }
  | {
      status: 'set';
      /** Exact value (0.1 precision); shown as a whole number. */
      value: number;
      source: 'derived' | 'edited';
      samples: Sample[];
      /** First day of the plan: week 0 is the week containing it. */
      planStart: string;
    };

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Mean × 0.8 (build-up goals) or mean (caps). Throws on an empty list. */
export function baselineValue(metric: Metric, values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('a baseline needs at least one figure');
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return round1(metricInfo[metric].direction === 'up' ? mean * BASELINE_FACTOR : mean);
}

/** Sessions sorted by date (then logging order, which callers keep): the first three set the baseline. */
export function manualBaseline(goal: Goal, sessions: readonly Sample[]): Baseline {
  if (goal.baselineOverride) return edited(goal);
  const samples = [...sessions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return fromSamples(goal, samples.slice(0, BASELINE_SAMPLES));
}

/**
 * Measured goals use completed (before `today`), tracked cadence days. The last 3 such days before the goal
 * was created, when the 14 days before hold three; otherwise the first 3 from that window on. Either way
 * the choice never changes once made, so the baseline stays put as days go by.
 */
export function measuredBaseline(goal: Goal, days: readonly Sample[], today: string): Baseline {
  if (goal.baselineOverride) return edited(goal);
  const from = addDays(goal.createdDate, -MEASURED_LOOKBACK_DAYS);
  const usable = days
    .filter((d) => d.date >= from && d.date < today && isCadenceDay(goal.cadence, d.date))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const before = usable.filter((d) => d.date < goal.createdDate);
  const chosen =
    before.length >= BASELINE_SAMPLES ? before.slice(-BASELINE_SAMPLES) : usable.slice(0, BASELINE_SAMPLES);
  return fromSamples(goal, chosen);
}

function edited(goal: Goal): Baseline {
  const o = goal.baselineOverride;
  if (!o) throw new RangeError('no edited baseline');
  return { status: 'set', value: o.value, source: 'edited', samples: [], planStart: o.date };
}

function fromSamples(goal: Goal, samples: Sample[]): Baseline {
  if (samples.length < BASELINE_SAMPLES) {
    return { status: 'pending', samples, needed: BASELINE_SAMPLES - samples.length };
  }
  const last = samples[samples.length - 1];
  if (!last) throw new RangeError('no samples');
  return {
    status: 'set',
    value: baselineValue(
      goal.metric,
      samples.map((s) => s.value),
    ),
    source: 'derived',
    samples,
    planStart: laterDate(goal.createdDate, last.date),
  };
}

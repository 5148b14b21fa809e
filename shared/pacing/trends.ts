/**
 * Check-in trends: each check-in's scores beside the sitting and standing figures of the seven days it asks
 * about, the change since the first check-in, and a "review your plan" nudge every four weeks.
 */
import type { DaySummary } from '../summary';
import { addDays, daysBetween } from '../time';
import { type Checkin, pegChange, pegScore, psfsChange, psfsScore, type Trend } from './checkin';
import { laterDate } from './dates';

export const REVIEW_EVERY_DAYS = 28;

export interface PeriodFigures {
  from: string;
  to: string;
  trackedDays: number;
  /** Means per tracked day, in minutes (0.1). */
  avgSittingMin: number;
  avgStandingMin: number;
  longestSittingBoutMin: number;
}

export interface TrendPoint {
  week: string;
  date: string;
  peg: number;
  psfs: number | null;
  stiffness: number;
  sleep: number;
  confidence: number;
  /** The seven days before the check-in; null when none of them was tracked. */
  figures: PeriodFigures | null;
}

export interface Change {
  delta: number;
  trend: Trend;
}

export interface Trends {
  points: TrendPoint[];
  /** Latest minus first; null with fewer than two check-ins. */
  change: {
    peg: Change;
    psfs: Change | null;
    stiffness: number;
    sleep: number;
    confidence: number;
  } | null;
  review: { due: boolean; nextOn: string | null };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Sitting and standing figures of the tracked days from `from` to `to` (inclusive). */
export function periodFigures(
  summaries: readonly DaySummary[],
  from: string,
  to: string,
): PeriodFigures | null {
  const days = summaries.filter(
    (s) => s.date >= from && s.date <= to && s.sittingMin + s.standingMin + s.movingMin > 0,
  );
  if (days.length === 0) return null;
  const sum = (f: (s: DaySummary) => number) => days.reduce((a, s) => a + f(s), 0);
  return {
    from,
    to,
    trackedDays: days.length,
    avgSittingMin: round1(sum((s) => s.sittingMin) / days.length),
    avgStandingMin: round1(sum((s) => s.standingMin) / days.length),
    longestSittingBoutMin: Math.max(...days.map((s) => s.longestSittingBoutMin)),
  };
}

/**
 * @param checkins any order; one per week.
 * @param reviews local dates on which the user reviewed the plan.
 */
export function trendsOf(
  checkins: readonly Checkin[],
  summaries: readonly DaySummary[],
  reviews: readonly string[],
  today: string,
): Trends {
  const sorted = [...checkins].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.at - b.at));
  const points = sorted.map(
    (c): TrendPoint => ({
      week: c.week,
      date: c.date,
      peg: pegScore(c.peg),
      psfs: psfsScore(c.activities),
      stiffness: c.stiffness,
      sleep: c.sleep,
      confidence: c.confidence,
      figures: periodFigures(summaries, addDays(c.date, -7), addDays(c.date, -1)),
    }),
  );
  const first = points[0];
  const last = points[points.length - 1];
  const change =
    first && last && points.length > 1
      ? {
          peg: pegChange(first.peg, last.peg),
          psfs: first.psfs !== null && last.psfs !== null ? psfsChange(first.psfs, last.psfs) : null,
          stiffness: last.stiffness - first.stiffness,
          sleep: last.sleep - first.sleep,
          confidence: last.confidence - first.confidence,
        }
      : null;
  return { points, change, review: reviewState(first?.date ?? null, reviews, today) };
}

/** Due four weeks after the first check-in, then four weeks after each review. */
export function reviewState(
  firstCheckin: string | null,
  reviews: readonly string[],
  today: string,
): Trends['review'] {
  if (firstCheckin === null) return { due: false, nextOn: null };
  const anchor = reviews.reduce(laterDate, firstCheckin);
  const nextOn = addDays(anchor, REVIEW_EVERY_DAYS);
  return { due: daysBetween(anchor, today) >= REVIEW_EVERY_DAYS, nextOn };
}

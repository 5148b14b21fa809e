/**
 * What changed since the last plan review (or, before the first one, since the first check-in): each goal's
 * target then and now, goals added, flare-ups, and the check-in scores then and now. Plain figures, no
 * verdicts: the user reads them and decides.
 */
import type { FlarePeriod } from '../pacing/flare';
import type { GoalView } from '../pacing/ipc';
import type { TrendPoint } from '../pacing/trends';

export interface SinceReview {
  /** The date compared against: the last review, or the first check-in. */
  since: string;
  kind: 'review' | 'first-checkin';
  goals: { goalId: string; name: string; before: number | null; after: number | null }[];
  /** Goals created after `since`. */
  added: string[];
  flares: { entered: string; left: string | null }[];
  checkins: number;
  peg: { before: number; after: number } | null;
  psfs: { before: number; after: number } | null;
}

/** The target of the plan week that contains `date`, or null when the plan had not started. */
function targetOn(goal: GoalView, date: string): number | null {
  if (goal.plan.status !== 'active') return null;
  return goal.plan.weeks.find((w) => w.from <= date && date <= w.to)?.target ?? null;
}

export function sinceReview(
  goals: readonly GoalView[],
  flares: readonly FlarePeriod[],
  points: readonly TrendPoint[],
  reviews: readonly string[],
): SinceReview | null {
  const lastReview = reviews.reduce<string | null>((a, d) => (a === null || d > a ? d : a), null);
  const firstCheckin = points[0]?.date ?? null;
  const since = lastReview ?? firstCheckin;
  if (since === null) return null;
  const before = [...points].reverse().find((p) => p.date <= since) ?? null;
  const after = points.filter((p) => p.date > since);
  const latest = after[after.length - 1] ?? null;
  return {
    since,
    kind: lastReview === null ? 'first-checkin' : 'review',
    goals: goals
      .filter((g) => g.goal.createdDate <= since)
      .map((g) => ({
        goalId: g.goal.id,
        name: g.goal.name,
        before: targetOn(g, since),
        after: g.plan.status === 'active' ? g.plan.thisWeek.target : null,
      })),
    added: goals.filter((g) => g.goal.createdDate > since).map((g) => g.goal.name),
    flares: flares
      .filter((f) => f.left === null || f.left >= since)
      .map((f) => ({ entered: f.entered, left: f.left })),
    checkins: after.length,
    peg: before && latest ? { before: before.peg, after: latest.peg } : null,
    psfs:
      before && latest && before.psfs !== null && latest.psfs !== null
        ? { before: before.psfs, after: latest.psfs }
        : null,
  };
}

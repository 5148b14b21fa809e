/**
 * Weekly progression: after a met week the target rises by a share (10 % by default) or a fixed step,
 * up to the aim; it never rises after a week that was missed, that was touched by a flare, before a week
 * the user marked as a hold week, or when the goal's mode is "hold". Caps move the other way (down to
 * the aim). Exact targets keep 0.1 precision so small figures still grow; they are shown whole.
 */
import { type GoalFields, metricInfo } from './goal';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The target the plan starts at: the baseline, but never past the aim. */
export function initialTarget(goal: GoalFields, baseline: number): number {
  return clamp(goal, baseline);
}

/** The target one progression step after `current` (the same value for `hold`, or when at the aim). */
export function stepTarget(goal: GoalFields, current: number): number {
  const up = metricInfo[goal.metric].direction === 'up';
  const p = goal.progression;
  let next = current;
  if (p.mode === 'percent') next = current * (up ? 1 + p.pct / 100 : 1 - p.pct / 100);
  else if (p.mode === 'step') next = up ? current + p.step : current - p.step;
  return clamp(goal, round1(next));
}

function clamp(goal: GoalFields, value: number): number {
  const { direction, max } = metricInfo[goal.metric];
  let v = Math.min(max, Math.max(1, value));
  if (goal.aim !== null) v = direction === 'up' ? Math.min(goal.aim, v) : Math.max(goal.aim, v);
  return v;
}

/** Why next week's target is what it is. */
export type NextReason = 'raised' | 'missed' | 'flare' | 'hold-week' | 'hold-mode' | 'at-aim';

export interface WeekFacts {
  met: boolean;
  /** A flare or its return touched the week. */
  flare: boolean;
  /** The following week is marked as a hold week. */
  nextIsHold: boolean;
}

/** Next week's exact target and the reason; the only place a target can rise. */
export function decideNext(
  goal: GoalFields,
  current: number,
  facts: WeekFacts,
): { target: number; reason: NextReason } {
  if (goal.progression.mode === 'hold') return { target: current, reason: 'hold-mode' };
  if (facts.flare) return { target: current, reason: 'flare' };
  if (facts.nextIsHold) return { target: current, reason: 'hold-week' };
  if (!facts.met) return { target: current, reason: 'missed' };
  const next = stepTarget(goal, current);
  return next === current ? { target: current, reason: 'at-aim' } : { target: next, reason: 'raised' };
}

/**
 * A goal's plan, computed from scratch from its entries: the baseline, each week's target and result since
 * the plan started, this week's progress, today's target (lowered during a flare) and the next step.
 * Weeks are Monday-based local weeks from shared/time; an entry's date already respects the day start.
 */
import { addDays, datesBetween, weekOf, weekStartOf } from '../time';
import { type Baseline, manualBaseline, measuredBaseline, type Sample } from './baseline';
import { earlierDate, laterDate } from './dates';
import { type FlarePeriod, type FlareState, flareStateOn, flareTouches } from './flare';
import { displayTarget, type Goal, isCadenceDay, meets, metricInfo, requiredDays } from './goal';
import { decideNext, initialTarget, type NextReason } from './progression';

export interface PlanInput {
  goal: Goal;
  /** Manual goals: every logged session. Measured goals: one figure per tracked day. */
  entries: readonly Sample[];
  flares: readonly FlarePeriod[];
  /** The current local date. */
  today: string;
}

export interface WeekPlan {
  from: string;
  to: string;
  /** Shown target (whole units) and the exact one behind it. */
  target: number;
  exact: number;
  /** Days that must meet the target, and days that did (so far, for this week). */
  required: number;
  done: number;
  met: boolean;
  current: boolean;
  /** How the following week's target follows from this one (for this week: as things stand). */
  next: { target: number; reason: NextReason | 'in-progress' };
}

export interface TodayPlan {
  date: string;
  /** Target for today, after any flare reduction; null on a day outside the cadence. */
  target: number | null;
  flare: FlareState;
  /** Today's figure so far (manual: the longest session). */
  value: number | null;
  met: boolean;
}

export type GoalPlan =
  | { goalId: string; status: 'collecting'; baseline: Extract<Baseline, { status: 'pending' }> }
  | {
      goalId: string;
      status: 'active';
      baseline: Extract<Baseline, { status: 'set' }>;
      /** Oldest first; the last one is this week. */
      weeks: WeekPlan[];
      thisWeek: WeekPlan;
      today: TodayPlan;
      /** Next week's shown target if this week is met, and if it is not. */
      nextStep: { ifMet: number; ifMissed: number; reasonIfMet: NextReason };
    };

/** The figure of each day: the longest session on that day for manual goals, the day's value otherwise. */
export function dailyFigures(entries: readonly Sample[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries) out.set(e.date, Math.max(out.get(e.date) ?? 0, e.value));
  return out;
}

export function planOf(input: PlanInput): GoalPlan {
  const { goal, entries, flares, today } = input;
  const info = metricInfo[goal.metric];
  const baseline =
    info.kind === 'manual' ? manualBaseline(goal, entries) : measuredBaseline(goal, entries, today);
  if (baseline.status === 'pending') return { goalId: goal.id, status: 'collecting', baseline };

  const figures = dailyFigures(entries);
  // A cap can only be judged on a finished day: a short bout so far says nothing about the evening.
  const counts = (date: string) => date <= today && (info.direction === 'up' || date < today);
  const planStart = earlierDate(baseline.planStart, today);
  const lastWeek = weekStartOf(today);
  const weeks: WeekPlan[] = [];
  let exact = initialTarget(goal, baseline.value);
  for (let from = weekStartOf(planStart); from <= lastWeek; from = addDays(from, 7)) {
    const { to } = weekOf(from);
    const target = displayTarget(exact);
    const days = datesBetween(laterDate(from, planStart), to).filter((d) => isCadenceDay(goal.cadence, d));
    const required = requiredDays(goal.cadence, days.length);
    const done = days.filter((d) => {
      const v = figures.get(d);
      return v !== undefined && counts(d) && meets(goal.metric, v, target);
    }).length;
    const met = required > 0 && done >= required;
    const facts = {
      met,
      flare: flareTouches(flares, from, earlierDate(to, today)),
      nextIsHold: goal.holdWeeks.includes(addDays(from, 7)),
    };
    const current = from === lastWeek;
    const decided = decideNext(goal, exact, facts);
    // This week can still be met: not "missed" yet.
    const next =
      current && decided.reason === 'missed' ? { ...decided, reason: 'in-progress' as const } : decided;
    weeks.push({ from, to, target, exact, required, done, met, current, next });
    exact = next.target;
  }
  const thisWeek = weeks[weeks.length - 1];
  if (!thisWeek) throw new RangeError('a plan always has a current week');

  const flare = flareStateOn(flares, today);
  const onCadence = isCadenceDay(goal.cadence, today);
  const factor = info.direction === 'up' ? flare.factor : 1;
  const todayTarget = onCadence ? displayTarget(thisWeek.exact * factor) : null;
  const value = figures.get(today) ?? null;
  const ifMet = decideNext(goal, thisWeek.exact, {
    met: true,
    flare: flareTouches(flares, thisWeek.from, today),
    nextIsHold: goal.holdWeeks.includes(addDays(thisWeek.from, 7)),
  });
  return {
    goalId: goal.id,
    status: 'active',
    baseline,
    weeks,
    thisWeek,
    today: {
      date: today,
      target: todayTarget,
      flare,
      value,
      met: todayTarget !== null && value !== null && meets(goal.metric, value, todayTarget),
    },
    nextStep: {
      ifMet: displayTarget(ifMet.target),
      ifMissed: displayTarget(thisWeek.exact),
      reasonIfMet: ifMet.reason,
    },
  };
}

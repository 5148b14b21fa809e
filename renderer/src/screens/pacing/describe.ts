/** Plain-language text for goals and plans (pure, so it is unit tested). */

import type { FlareState } from '../../../../shared/pacing/flare';
import type { Cadence, Goal, Metric } from '../../../../shared/pacing/goal';
import { metricInfo } from '../../../../shared/pacing/goal';
import type { GoalPlan } from '../../../../shared/pacing/plan';
import { weekdayName } from '../../lib/format';
import { plural, t } from '../../strings/format';
import { pacingText as s } from '../../strings/pacing';

export function amountText(metric: Metric, n: number): string {
  return plural(n, s.unit[metricInfo[metric].unit]);
}

export function cadenceText(c: Cadence): string {
  switch (c.kind) {
    case 'daily':
    case 'every-other-day':
      return s.cadence[c.kind];
    case 'weekdays': {
      const order = [1, 2, 3, 4, 5, 6, 0];
      const days = order.filter((d) => c.days.includes(d));
      const text =
        days.join() === '1,2,3,4,5'
          ? s.cadence.workingDays
          : days.map((d) => weekdayName(d, 'short')).join(', ');
      return t(s.cadence.weekdays, { days: text });
    }
    case 'per-week':
      return plural(c.times, s.cadence['per-week']);
  }
}

/** "Today: 5 min (flare plan, 50 % of your usual target)" and its siblings. */
export function todayText(goal: Goal, plan: Extract<GoalPlan, { status: 'active' }>): string {
  const { target } = plan.today;
  if (target === null) return s.todayRest;
  const amount = amountText(goal.metric, target);
  return flareNote(plan.today.flare, amount, goal.metric);
}

function flareNote(flare: FlareState, amount: string, metric: Metric): string {
  // Caps are not lowered in a flare, so they never carry the flare note.
  if (metricInfo[metric].direction === 'down' || flare.phase === 'none')
    return t(s.today, { target: amount });
  if (flare.phase === 'flare')
    return t(s.todayFlare, { target: amount, pct: Math.round(flare.factor * 100) });
  return t(s.todayReturn, { target: amount, day: flare.day, of: flare.of });
}

export function nextText(goal: Goal, plan: Extract<GoalPlan, { status: 'active' }>): string {
  const { ifMet, ifMissed, reasonIfMet } = plan.nextStep;
  const vars = { ifMet: amountText(goal.metric, ifMet), ifMissed: amountText(goal.metric, ifMissed) };
  const base = ifMet === ifMissed ? t(s.nextSame, vars) : t(s.next, vars);
  const reason = s.nextReason[reasonIfMet];
  return reason ? `${base} ${reason}` : base;
}

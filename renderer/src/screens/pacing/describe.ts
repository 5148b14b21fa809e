/** Plain-language text for goals and plans (pure, so it is unit tested). */

import { weekdaysInOrder } from '../../../../shared/i18n/intl';
import type { MessageKey } from '../../../../shared/i18n/messages/en';
import type { FlareState } from '../../../../shared/pacing/flare';
import type { Cadence, Goal, Metric } from '../../../../shared/pacing/goal';
import { metricInfo } from '../../../../shared/pacing/goal';
import type { GoalPlan } from '../../../../shared/pacing/plan';
import type { NextReason } from '../../../../shared/pacing/progression';
import { formatTag, msgKey, t } from '../../i18n/t';
import { weekdayName } from '../../lib/format';

export function amountText(metric: Metric, n: number): string {
  return metricInfo[metric].unit === 'min' ? t('pacing.unit.min', { n }) : t('pacing.unit.count', { n });
}

export function cadenceText(c: Cadence): string {
  switch (c.kind) {
    case 'daily':
    case 'every-other-day':
      return t(msgKey('pacing.cadence', c.kind));
    case 'weekdays': {
      const days = weekdaysInOrder(formatTag()).filter((d) => c.days.includes(d));
      const text =
        [...days].sort().join() === '1,2,3,4,5'
          ? t('pacing.cadence.workingDays')
          : days.map((d) => weekdayName(d, 'short')).join(', ');
      return t('pacing.cadence.weekdays', { days: text });
    }
    case 'per-week':
      return t('pacing.cadence.per-week', { n: c.times });
  }
}

/** "Today: 5 min (flare plan, 50 % of your usual target)" and its siblings. */
export function todayText(goal: Goal, plan: Extract<GoalPlan, { status: 'active' }>): string {
  const { target } = plan.today;
  if (target === null) return t('pacing.todayRest');
  const amount = amountText(goal.metric, target);
  return flareNote(plan.today.flare, amount, goal.metric);
}

function flareNote(flare: FlareState, amount: string, metric: Metric): string {
  // Caps are not lowered in a flare, so they never carry the flare note.
  if (metricInfo[metric].direction === 'down' || flare.phase === 'none')
    return t('pacing.today', { target: amount });
  if (flare.phase === 'flare')
    return t('pacing.todayFlare', { target: amount, pct: Math.round(flare.factor * 100) });
  return t('pacing.todayReturn', { target: amount, day: flare.day, of: flare.of });
}

/** Why next week's target is what it is; a raise or a miss needs no note. */
const nextReasonKeys = {
  raised: null,
  missed: null,
  flare: 'pacing.nextReason.flare',
  'hold-week': 'pacing.nextReason.hold-week',
  'hold-mode': 'pacing.nextReason.hold-mode',
  'at-aim': 'pacing.nextReason.at-aim',
} as const satisfies Record<NextReason, MessageKey | null>;

export function nextText(goal: Goal, plan: Extract<GoalPlan, { status: 'active' }>): string {
  const { ifMet, ifMissed, reasonIfMet } = plan.nextStep;
  const vars = { ifMet: amountText(goal.metric, ifMet), ifMissed: amountText(goal.metric, ifMissed) };
  const base = ifMet === ifMissed ? t('pacing.nextSame', vars) : t('pacing.next', vars);
  const reason = nextReasonKeys[reasonIfMet];
  return reason ? `${base} ${t(reason)}` : base;
}

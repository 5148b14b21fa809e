import type { Goal, GoalFields } from '../../../shared/pacing/goal';
import { addDays } from '../../../shared/time';

export function walkGoal(over: Partial<Goal> = {}): Goal {
  return {
    id: 'walk',
    name: 'Walk',
    metric: 'session-min',
    cadence: { kind: 'daily' },
    progression: { mode: 'percent', pct: 10 },
    aim: null,
    createdDate: '2026-11-02',
    baselineOverride: null,
    holdWeeks: [],
    ...over,
  };
}

export function fields(g: Goal): GoalFields {
  const { name, metric, cadence, progression, aim } = g;
  return { name, metric, cadence, progression, aim };
}

/** One entry of `value` on every day from `from` for `days` days. */
export function everyDay(from: string, days: number, value: number) {
  return Array.from({ length: days }, (_, i) => ({ date: addDays(from, i), value }));
}

/** Example goals from the pacing guidance, as starting points for the new-goal form. */
import type { GoalFields } from '../../../../shared/pacing/goal';

/** The example's id names its words in the catalogue (`pacing.create.preset.<id>`). */
export type GoalPresetId = 'walk' | 'stand' | 'sit' | 'mobility';

export const goalPresets: { id: GoalPresetId; fields: GoalFields }[] = [
  {
    id: 'walk',
    fields: {
      name: 'Walk',
      metric: 'session-min',
      cadence: { kind: 'every-other-day' },
      progression: { mode: 'percent', pct: 10 },
      // The guidance's example: build up to a 12-minute walk every other day.
      aim: 12,
    },
  },
  {
    id: 'stand',
    fields: {
      name: 'Stand during work',
      metric: 'standing-min',
      cadence: { kind: 'weekdays', days: [1, 2, 3, 4, 5] },
      progression: { mode: 'percent', pct: 10 },
      // 2 h a day of standing and light activity is the starting target in the guidance; 4 h the goal.
      aim: 120,
    },
  },
  {
    id: 'sit',
    fields: {
      name: 'Shorter sitting stretches',
      metric: 'longest-sitting-bout-min',
      cadence: { kind: 'weekdays', days: [1, 2, 3, 4, 5] },
      progression: { mode: 'percent', pct: 10 },
      aim: 30,
    },
  },
  {
    id: 'mobility',
    fields: {
      name: 'Morning mobility',
      metric: 'session-min',
      cadence: { kind: 'daily' },
      progression: { mode: 'hold' },
      aim: 5,
    },
  },
];

import { describe, expect, it } from 'vitest';
import { baselineValue, manualBaseline, measuredBaseline } from '../../../shared/pacing/baseline';
import { walkGoal } from './helpers';

describe('baseline', () => {
  it('is the mean of three figures × 0.8 for goals that build up', () => {
    expect(baselineValue('session-min', [10, 12, 14])).toBe(9.6);
    expect(baselineValue('standing-min', [100, 120, 140])).toBe(96);
  });

  it('is the plain mean for a cap (longest sitting bout)', () => {
    expect(baselineValue('longest-sitting-bout-min', [50, 60, 70])).toBe(60);
  });

  it('stays pending until three sessions are logged, then uses the first three', () => {
    const goal = walkGoal();
    const two = manualBaseline(goal, [
      { date: '2026-11-02', value: 10 },
      { date: '2026-11-03', value: 12 },
    ]);
    expect(two).toMatchObject({ status: 'pending', needed: 1 });
    const four = manualBaseline(goal, [
      { date: '2026-11-05', value: 30 },
      { date: '2026-11-02', value: 10 },
      { date: '2026-11-03', value: 12 },
      { date: '2026-11-04', value: 14 },
    ]);
    expect(four).toMatchObject({ status: 'set', value: 9.6, source: 'derived', planStart: '2026-11-04' });
  });

  it('starts the plan on the creation day when the sessions were logged back-dated', () => {
    const goal = walkGoal({ createdDate: '2026-11-10' });
    const b = manualBaseline(goal, [
      { date: '2026-11-07', value: 10 },
      { date: '2026-11-08', value: 10 },
      { date: '2026-11-09', value: 10 },
    ]);
    expect(b).toMatchObject({ status: 'set', value: 8, planStart: '2026-11-10' });
  });

  it('uses an edited baseline from the day it was set', () => {
    const goal = walkGoal({ baselineOverride: { value: 7, date: '2026-11-12' } });
    expect(manualBaseline(goal, [])).toMatchObject({
      status: 'set',
      value: 7,
      source: 'edited',
      planStart: '2026-11-12',
    });
  });

  it('measured goals take the last three tracked days before creation, ignoring today', () => {
    const goal = walkGoal({ metric: 'standing-min', createdDate: '2026-11-10' });
    const days = [
      { date: '2026-11-05', value: 60 },
      { date: '2026-11-06', value: 90 },
      { date: '2026-11-08', value: 100 },
      { date: '2026-11-09', value: 110 },
      { date: '2026-11-10', value: 500 },
    ];
    const b = measuredBaseline(goal, days, '2026-11-10');
    expect(b).toMatchObject({ status: 'set', value: 80, planStart: '2026-11-10' });
  });

  it('measured goals without enough history wait for completed days after creation', () => {
    const goal = walkGoal({ metric: 'snacks-done', createdDate: '2026-11-10' });
    const days = [
      { date: '2026-11-09', value: 5 },
      { date: '2026-11-10', value: 5 },
      { date: '2026-11-11', value: 5 },
    ];
    expect(measuredBaseline(goal, days, '2026-11-11')).toMatchObject({ status: 'pending', needed: 1 });
    expect(measuredBaseline(goal, days, '2026-11-12')).toMatchObject({
      status: 'set',
      value: 4,
      planStart: '2026-11-11',
    });
  });

  it('measured goals on working days only ignore weekend figures', () => {
    const goal = walkGoal({
      metric: 'standing-min',
      cadence: { kind: 'weekdays', days: [1, 2, 3, 4, 5] },
      createdDate: '2026-11-16',
    });
    // 2026-11-14/15 are Saturday and Sunday.
    const days = [
      { date: '2026-11-12', value: 100 },
      { date: '2026-11-13', value: 100 },
      { date: '2026-11-14', value: 10 },
      { date: '2026-11-15', value: 10 },
    ];
    expect(measuredBaseline(goal, days, '2026-11-16')).toMatchObject({ status: 'pending', needed: 1 });
    const withMonday = [...days, { date: '2026-11-16', value: 130 }];
    expect(measuredBaseline(goal, withMonday, '2026-11-17')).toMatchObject({ status: 'set', value: 88 });
  });
});

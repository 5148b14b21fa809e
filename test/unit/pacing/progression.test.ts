import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sample } from '../../../shared/pacing/baseline';
import type { Goal } from '../../../shared/pacing/goal';
import { type GoalPlan, planOf } from '../../../shared/pacing/plan';
import { decideNext, stepTarget } from '../../../shared/pacing/progression';
import { addDays } from '../../../shared/time';
import { everyDay, walkGoal } from './helpers';

// 2026-11-02 is a Monday. Baseline sessions Mon–Wed: mean 12 × 0.8 = 9.6, plan starts Wednesday.
const baselineSessions: Sample[] = [
  { date: '2026-11-02', value: 10 },
  { date: '2026-11-03', value: 12 },
  { date: '2026-11-04', value: 14 },
];
const everyOtherDay = walkGoal({ cadence: { kind: 'every-other-day' } });

function active(plan: GoalPlan) {
  if (plan.status !== 'active') throw new Error(`expected an active plan, got ${plan.status}`);
  return plan;
}

describe('weekly progression', () => {
  it('shows the baseline as this week’s target and +10 % as the next step', () => {
    const plan = active(
      planOf({ goal: everyOtherDay, entries: baselineSessions, flares: [], today: '2026-11-04' }),
    );
    expect(plan.baseline.value).toBe(9.6);
    expect(plan.thisWeek).toMatchObject({
      from: '2026-11-02',
      to: '2026-11-08',
      target: 10,
      required: 2,
      done: 1,
    });
    expect(plan.nextStep).toEqual({ ifMet: 11, ifMissed: 10, reasonIfMet: 'raised' });
  });

  it('raises the target after a met week', () => {
    const entries = [...baselineSessions, { date: '2026-11-06', value: 10 }];
    const plan = active(planOf({ goal: everyOtherDay, entries, flares: [], today: '2026-11-10' }));
    expect(plan.weeks.map((w) => [w.from, w.target, w.met, w.next.reason])).toEqual([
      ['2026-11-02', 10, true, 'raised'],
      ['2026-11-09', 11, false, 'in-progress'],
    ]);
    expect(plan.thisWeek.exact).toBe(10.6);
  });

  it('holds the target after a missed week (a session below target does not count)', () => {
    const entries = [...baselineSessions, { date: '2026-11-06', value: 9 }];
    const plan = active(planOf({ goal: everyOtherDay, entries, flares: [], today: '2026-11-10' }));
    expect(plan.weeks[0]).toMatchObject({
      done: 1,
      required: 2,
      met: false,
      next: { reason: 'missed', target: 9.6 },
    });
    expect(plan.thisWeek.target).toBe(10);
  });

  it('holds the target into a week the user marked as a hold week, then raises again', () => {
    const goal = walkGoal({ holdWeeks: ['2026-11-09'] });
    const entries = [...baselineSessions, ...everyDay('2026-11-05', 20, 20)];
    const plan = active(planOf({ goal, entries, flares: [], today: '2026-11-17' }));
    expect(plan.weeks.map((w) => [w.target, w.next.reason])).toEqual([
      [10, 'hold-week'],
      [10, 'raised'],
      [11, 'in-progress'],
    ]);
  });

  it('never raises in hold mode', () => {
    const goal = walkGoal({ progression: { mode: 'hold' } });
    const entries = [...baselineSessions, ...everyDay('2026-11-05', 20, 30)];
    const plan = active(planOf({ goal, entries, flares: [], today: '2026-11-20' }));
    expect(plan.weeks.map((w) => w.target)).toEqual([10, 10, 10]);
    expect(plan.nextStep).toMatchObject({ ifMet: 10, reasonIfMet: 'hold-mode' });
  });

  it('compounds 10 % per met week', () => {
    const entries = [...baselineSessions, ...everyDay('2026-11-05', 30, 20)];
    const plan = active(planOf({ goal: walkGoal(), entries, flares: [], today: '2026-12-01' }));
    expect(plan.weeks.map((w) => w.exact)).toEqual([9.6, 10.6, 11.7, 12.9, 14.2]);
    expect(plan.weeks.map((w) => w.target)).toEqual([10, 11, 12, 13, 14]);
  });

  it('adds a fixed step and stops at the aim', () => {
    const goal = walkGoal({ progression: { mode: 'step', step: 2 }, aim: 13 });
    const entries = [...baselineSessions, ...everyDay('2026-11-05', 30, 20)];
    const plan = active(planOf({ goal, entries, flares: [], today: '2026-12-01' }));
    expect(plan.weeks.map((w) => w.exact)).toEqual([9.6, 11.6, 13, 13, 13]);
    expect(plan.weeks[2]?.next.reason).toBe('at-aim');
  });

  it('brings a cap down by 10 % per met week, to its aim, judging only finished days', () => {
    const goal = walkGoal({ metric: 'longest-sitting-bout-min', aim: 45, createdDate: '2026-11-09' });
    const before = [
      { date: '2026-11-04', value: 60 },
      { date: '2026-11-05', value: 60 },
      { date: '2026-11-06', value: 60 },
    ];
    const entries = [...before, ...everyDay('2026-11-09', 21, 40)];
    const plan = active(planOf({ goal, entries, flares: [], today: '2026-11-29' }));
    expect(plan.weeks.map((w) => w.exact)).toEqual([60, 54, 48.6]);
    const monday = active(planOf({ goal, entries, flares: [], today: '2026-11-09' }));
    expect(monday.thisWeek.done).toBe(0);
    expect(monday.today).toMatchObject({ target: 60, value: 40 });
  });

  it('counts only the cadence days of a working-days goal', () => {
    const goal = walkGoal({
      metric: 'standing-min',
      cadence: { kind: 'weekdays', days: [1, 2, 3, 4, 5] },
      createdDate: '2026-11-09',
      baselineOverride: { value: 100, date: '2026-11-09' },
    });
    // Standing 120 min Monday–Friday, nothing at the weekend: the week is met.
    const entries = everyDay('2026-11-09', 5, 120);
    const plan = active(planOf({ goal, entries, flares: [], today: '2026-11-16' }));
    expect(plan.weeks[0]).toMatchObject({ required: 5, done: 5, met: true });
    expect(plan.today.target).toBe(110);
    const saturday = active(planOf({ goal, entries, flares: [], today: '2026-11-14' }));
    expect(saturday.today.target).toBeNull();
  });

  it('step and decide follow the direction of the metric', () => {
    const cap = walkGoal({
      metric: 'longest-sitting-bout-min',
      aim: 30,
      progression: { mode: 'step', step: 5 },
    });
    expect(stepTarget(cap, 40)).toBe(35);
    expect(stepTarget(cap, 32)).toBe(30);
    expect(decideNext(cap, 30, { met: true, flare: false, nextIsHold: false })).toEqual({
      target: 30,
      reason: 'at-aim',
    });
    expect(decideNext(walkGoal(), 10, { met: true, flare: true, nextIsHold: false }).reason).toBe('flare');
  });
});

describe('progression invariants', () => {
  const day = fc.integer({ min: 0, max: 48 });
  const session = fc.record({ offset: day, value: fc.integer({ min: 1, max: 40 }) });
  const goalArb: fc.Arbitrary<Goal> = fc
    .record({
      cadence: fc.constantFrom<Goal['cadence']>(
        { kind: 'daily' },
        { kind: 'every-other-day' },
        { kind: 'per-week', times: 3 },
        { kind: 'weekdays', days: [1, 3, 5] },
      ),
      progression: fc.constantFrom<Goal['progression']>(
        { mode: 'percent', pct: 10 },
        { mode: 'step', step: 1 },
        { mode: 'hold' },
      ),
      holdWeeks: fc.subarray(['2026-11-09', '2026-11-16', '2026-11-30']),
    })
    .map((o) => walkGoal(o));

  it('a target rises only at the start of a week that follows a met week, and never falls', () => {
    fc.assert(
      fc.property(goalArb, fc.array(session, { minLength: 3, maxLength: 60 }), (goal, raw) => {
        const entries = raw.map((s) => ({ date: addDays('2026-11-02', s.offset), value: s.value }));
        const plan = planOf({ goal, entries, flares: [], today: '2026-12-20' });
        if (plan.status !== 'active') return;
        for (let i = 1; i < plan.weeks.length; i++) {
          const prev = plan.weeks[i - 1];
          const cur = plan.weeks[i];
          if (!prev || !cur) continue;
          expect(cur.exact).toBeGreaterThanOrEqual(prev.exact);
          if (cur.exact > prev.exact) {
            expect(prev.met).toBe(true);
            expect(goal.holdWeeks).not.toContain(cur.from);
            expect(goal.progression.mode).not.toBe('hold');
          }
        }
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { flareStateOn, flareTouches } from '../../../shared/pacing/flare';
import { planOf } from '../../../shared/pacing/plan';
import { everyDay, walkGoal } from './helpers';

const closed = { entered: '2026-11-10', left: '2026-11-12', sharePct: 50, returnDays: 5 };

describe('flare schedule', () => {
  it('drops to the share while on, then climbs back in equal daily steps', () => {
    const factors = [
      '2026-11-09',
      '2026-11-10',
      '2026-11-11',
      '2026-11-12',
      '2026-11-13',
      '2026-11-14',
      '2026-11-15',
      '2026-11-16',
      '2026-11-17',
    ].map((d) => flareStateOn([closed], d).factor);
    expect(factors).toEqual([1, 0.5, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1]);
    expect(flareStateOn([closed], '2026-11-13')).toEqual({ phase: 'return', factor: 0.7, day: 2, of: 5 });
    expect(flareStateOn([closed], '2026-11-17').phase).toBe('none');
  });

  it('stays at the share for as long as it is on', () => {
    const open = { entered: '2026-11-10', left: null, sharePct: 30, returnDays: 0 };
    expect(flareStateOn([open], '2026-12-31')).toEqual({ phase: 'flare', factor: 0.3, since: '2026-11-10' });
  });

  it('touches the weeks of the flare and of the return only', () => {
    expect(flareTouches([closed], '2026-11-02', '2026-11-08')).toBe(false);
    expect(flareTouches([closed], '2026-11-09', '2026-11-15')).toBe(true);
    expect(flareTouches([closed], '2026-11-16', '2026-11-22')).toBe(true);
    expect(flareTouches([closed], '2026-11-17', '2026-11-23')).toBe(false);
  });
});

describe('flare in the plan', () => {
  const goal = walkGoal({ baselineOverride: { value: 20, date: '2026-11-02' } });
  const entries = everyDay('2026-11-02', 30, 30);

  it('lowers today’s target to the share and says why', () => {
    const open = { ...closed, left: null };
    const plan = planOf({ goal, entries, flares: [open], today: '2026-11-11' });
    if (plan.status !== 'active') throw new Error('expected active');
    expect(plan.thisWeek.target).toBe(22);
    expect(plan.today).toMatchObject({ target: 11, flare: { phase: 'flare', factor: 0.5 } });
    expect(plan.nextStep).toMatchObject({ ifMet: 22, reasonIfMet: 'flare' });
  });

  it('returns to the plan target over the return days and does not raise after flare weeks', () => {
    const day = (today: string) => {
      const p = planOf({ goal, entries, flares: [closed], today });
      if (p.status !== 'active') throw new Error('expected active');
      return p;
    };
    expect(day('2026-11-12').today.target).toBe(13);
    expect(day('2026-11-15').today.target).toBe(20);
    const after = day('2026-11-24');
    expect(after.weeks.map((w) => [w.target, w.next.reason])).toEqual([
      [20, 'raised'],
      [22, 'flare'],
      [22, 'flare'],
      [22, 'in-progress'],
    ]);
    expect(after.today.target).toBe(22);
  });

  it('leaves a cap alone during a flare', () => {
    const cap = walkGoal({
      metric: 'longest-sitting-bout-min',
      aim: 30,
      baselineOverride: { value: 50, date: '2026-11-02' },
    });
    const plan = planOf({ goal: cap, entries: [], flares: [{ ...closed, left: null }], today: '2026-11-11' });
    if (plan.status !== 'active') throw new Error('expected active');
    expect(plan.today.target).toBe(50);
  });
});

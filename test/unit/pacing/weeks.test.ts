import { describe, expect, it } from 'vitest';
import { planOf } from '../../../shared/pacing/plan';
import { addDays, type DayOptions, instantOf, localDateOf, weekBounds } from '../../../shared/time';
import { walkGoal } from './helpers';

const HOUR = 3_600_000;
const goal = walkGoal({ baselineOverride: { value: 10, date: '2026-11-02' } });

/** Sessions logged at a local wall time on consecutive calendar days, dated the way the service dates them. */
function sessionsAt(firstCalendarDay: string, count: number, minutes: number, opts: DayOptions) {
  return Array.from({ length: count }, (_, i) => {
    const at = instantOf(addDays(firstCalendarDay, i), minutes, opts.timeZone);
    return { date: localDateOf(at, opts), value: 15 };
  });
}

describe('week boundaries follow the day start', () => {
  it('a session at 03:30 on Monday belongs to the week before when the day starts at 04:00', () => {
    const opts = { timeZone: 'Europe/Berlin', dayStart: '04:00' };
    const entries = sessionsAt('2026-11-03', 7, 3 * 60 + 30, opts);
    expect(entries.map((e) => e.date)).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
      '2026-11-08',
    ]);
    const plan = planOf({ goal, entries, flares: [], today: '2026-11-10' });
    if (plan.status !== 'active') throw new Error('expected active');
    expect(plan.weeks[0]).toMatchObject({ done: 7, required: 7, met: true });
    expect(plan.thisWeek.target).toBe(11);
  });

  it('the same instants with a midnight day start spill into the next week', () => {
    const opts = { timeZone: 'Europe/Berlin', dayStart: '00:00' };
    const entries = sessionsAt('2026-11-03', 7, 3 * 60 + 30, opts);
    const plan = planOf({ goal, entries, flares: [], today: '2026-11-10' });
    if (plan.status !== 'active') throw new Error('expected active');
    expect(plan.weeks[0]).toMatchObject({ done: 6, required: 7, met: false });
    expect(plan.weeks[1]).toMatchObject({ target: 10, done: 1 });
  });
});

describe('weeks with a clock change', () => {
  const cases = [
    { zone: 'Europe/Berlin', week: '2026-03-23', hours: 167 },
    { zone: 'America/New_York', week: '2026-10-26', hours: 169 },
  ];
  for (const c of cases) {
    it(`a ${c.hours}-hour week in ${c.zone} still has seven days that count`, () => {
      const opts = { timeZone: c.zone, dayStart: '04:00' };
      const { start, end } = weekBounds(c.week, opts);
      expect((end - start) / HOUR).toBe(c.hours);
      const g = walkGoal({ baselineOverride: { value: 10, date: c.week } });
      // One session every 24 elapsed hours from Monday 05:00: after the change the wall time has moved by
      // an hour, but each still lands on its own day.
      const entries = Array.from({ length: 7 }, (_, i) => ({
        date: localDateOf(start + HOUR + i * 24 * HOUR, opts),
        value: 15,
      }));
      expect(new Set(entries.map((e) => e.date)).size).toBe(7);
      const plan = planOf({ goal: g, entries, flares: [], today: addDays(c.week, 7) });
      if (plan.status !== 'active') throw new Error('expected active');
      expect(plan.weeks[0]).toMatchObject({ from: c.week, done: 7, met: true });
      // The first instant after the week belongs to the next one.
      expect(localDateOf(end, opts)).toBe(addDays(c.week, 7));
      expect(localDateOf(end - 1, opts)).toBe(addDays(c.week, 6));
    });
  }
});

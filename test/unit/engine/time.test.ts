import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayBounds,
  daysBetween,
  localDateOf,
  weekBounds,
  weekOf,
  weekStartOf,
} from '../../../shared/time';

const berlin = { timeZone: 'Europe/Berlin', dayStart: '04:00' };
const H = 3_600_000;

describe('local dates by day start', () => {
  it('an instant before the day start belongs to the previous day', () => {
    expect(localDateOf(Date.parse('2025-06-02T03:59:59+02:00'), berlin)).toBe('2025-06-01');
    expect(localDateOf(Date.parse('2025-06-02T04:00:00+02:00'), berlin)).toBe('2025-06-02');
    expect(localDateOf(Date.parse('2025-06-02T23:59:00+02:00'), berlin)).toBe('2025-06-02');
  });

  it('days are 23 h and 25 h long across DST changes', () => {
    const spring = dayBounds('2025-03-29', berlin);
    expect(spring.end - spring.start).toBe(23 * H);
    const autumn = dayBounds('2025-10-25', berlin);
    expect(autumn.end - autumn.start).toBe(25 * H);
    const normal = dayBounds('2025-06-02', berlin);
    expect(normal.end - normal.start).toBe(24 * H);
    // New York changes on other dates.
    const ny = dayBounds('2025-03-09', { timeZone: 'America/New_York', dayStart: '00:00' });
    expect(ny.end - ny.start).toBe(23 * H);
  });

  it('a day start inside the spring-forward gap resolves to the first instant after it', () => {
    const opts = { timeZone: 'Europe/Berlin', dayStart: '02:30' };
    const { start } = dayBounds('2025-03-30', opts);
    expect(start).toBe(Date.parse('2025-03-30T03:30:00+02:00'));
    expect(localDateOf(start - 1, opts)).toBe('2025-03-29');
    expect(localDateOf(start, opts)).toBe('2025-03-30');
  });

  it('localDateOf and dayBounds agree at every hour of a year', () => {
    for (const tz of ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe']) {
      const opts = { timeZone: tz, dayStart: '04:00' };
      for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2026, 0, 1); t += 3 * H + 61_000) {
        const d = localDateOf(t, opts);
        const b = dayBounds(d, opts);
        expect(t >= b.start && t < b.end).toBe(true);
      }
    }
  });
});

describe('calendar helpers', () => {
  it('adds days across months and years', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2025-01-01', '2025-12-31')).toBe(364);
  });

  it('weeks start on Monday at the day start', () => {
    expect(weekStartOf('2025-06-02')).toBe('2025-06-02'); // Monday
    expect(weekStartOf('2025-06-08')).toBe('2025-06-02'); // Sunday
    expect(weekOf('2025-06-04')).toEqual({ from: '2025-06-02', to: '2025-06-08' });
    const w = weekBounds('2025-03-26', berlin); // contains the spring-forward night
    expect(w.end - w.start).toBe(7 * 24 * H - H);
    expect(w.start).toBe(Date.parse('2025-03-24T04:00:00+01:00'));
  });

  it('refuses malformed input', () => {
    expect(() => addDays('2025-6-2', 1)).toThrow(RangeError);
    expect(() => dayBounds('2025-06-02', { timeZone: 'Europe/Berlin', dayStart: '4:00' })).toThrow(
      RangeError,
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  monthOf,
  parseHistoryRoute,
  pastDates,
  periodOf,
  stepPeriod,
} from '../../../renderer/src/lib/periods';
import { hrefOf, parseHash } from '../../../renderer/src/lib/route';

describe('history periods', () => {
  it('weeks run Monday to Sunday and months to their last day', () => {
    expect(periodOf('week', '2026-11-25')).toEqual({ kind: 'week', from: '2026-11-23', to: '2026-11-29' });
    expect(monthOf('2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthOf('2028-02-01').to).toBe('2028-02-29');
    expect(monthOf('2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
  it('steps back and forward across month and year ends', () => {
    expect(stepPeriod(periodOf('month', '2026-01-10'), -1).from).toBe('2025-12-01');
    expect(stepPeriod(periodOf('week', '2026-12-30'), 1).from).toBe('2027-01-04');
    expect(stepPeriod(periodOf('day', '2026-03-01'), -1).from).toBe('2026-02-28');
  });
  it('never lists future days', () => {
    expect(pastDates(periodOf('week', '2026-11-25'), '2026-11-25')).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ]);
    expect(pastDates(periodOf('week', '2026-12-01'), '2026-11-25')).toEqual([]);
  });
  it('reads a route, falling back to this week for anything odd or in the future', () => {
    expect(parseHistoryRoute(['day', '2026-11-20'], '2026-11-25')).toEqual({
      kind: 'day',
      from: '2026-11-20',
      to: '2026-11-20',
    });
    expect(parseHistoryRoute(['month', 'x'], '2026-11-25').from).toBe('2026-11-01');
    expect(parseHistoryRoute(['week', '2027-01-01'], '2026-11-25').from).toBe('2026-11-23');
    expect(parseHistoryRoute([], '2026-11-25').kind).toBe('week');
  });
});

describe('hash routes', () => {
  it('round-trips screens and parts', () => {
    expect(parseHash(hrefOf('routines', 'desk-seated-cat-cow', 'snack'))).toEqual({
      screen: 'routines',
      rest: ['desk-seated-cat-cow', 'snack'],
    });
    expect(parseHash('#/history/week/2026-11-23')).toEqual({
      screen: 'history',
      rest: ['week', '2026-11-23'],
    });
  });
  it('falls back to Today for unknown or empty hashes', () => {
    expect(parseHash('')).toEqual({ screen: 'today', rest: [] });
    expect(parseHash('#main')).toEqual({ screen: 'today', rest: [] });
    expect(parseHash('#/nowhere')).toEqual({ screen: 'today', rest: [] });
  });
});

import { describe, expect, it } from 'vitest';
import {
  firstDayOfWeek,
  formatInstantDate,
  formatList,
  formatLocalDate,
  formatNumber,
  formatPercent,
  formatTime,
  localDateMs,
  weekdayName,
  weekdaysInOrder,
} from '../../../shared/i18n/intl';

describe('Intl helpers', () => {
  it('start the week where the locale does', () => {
    expect(firstDayOfWeek('de-DE')).toBe(1);
    expect(firstDayOfWeek('fr-FR')).toBe(1);
    expect(firstDayOfWeek('es-ES')).toBe(1);
    expect(firstDayOfWeek('en-GB')).toBe(1);
    expect(firstDayOfWeek('en-US')).toBe(0);
    expect(firstDayOfWeek('es-MX')).toBe(0);
    expect(weekdaysInOrder('de-DE')).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(weekdaysInOrder('en-US')).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('name weekdays (0 = Sunday)', () => {
    expect(weekdayName('de-DE', 1)).toBe('Montag');
    expect(weekdayName('es-ES', 0)).toBe('domingo');
    expect(weekdayName('fr-FR', 6, 'short')).toBe('sam.');
    expect(() => weekdayName('en-GB', 7)).toThrow(RangeError);
  });

  it('write local dates in the locale’s order without slipping a day', () => {
    expect(formatLocalDate('de-DE', '2026-11-23', { weekday: 'long', day: 'numeric', month: 'long' })).toBe(
      'Montag, 23. November',
    );
    expect(formatLocalDate('en-US', '2026-11-23', { dateStyle: 'short' })).toBe('11/23/26');
    expect(formatLocalDate('fr-FR', '2026-01-01', { dateStyle: 'long' })).toBe('1 janvier 2026');
    expect(() => localDateMs('2026-02-30')).toThrow(RangeError);
    expect(() => localDateMs('23.11.2026')).toThrow(RangeError);
  });

  it('write times and instants in a zone', () => {
    const ms = Date.UTC(2026, 11, 1, 13, 5);
    expect(formatTime('de-DE', ms, 'Europe/Berlin')).toBe('14:05');
    expect(formatTime('en-GB', ms, 'UTC')).toBe('13:05');
    expect(formatInstantDate('es-ES', ms, 'long', 'UTC')).toBe('1 de diciembre de 2026');
  });

  it('write numbers, shares and lists', () => {
    expect(formatNumber('de-DE', 1234.5)).toBe('1.234,5');
    expect(formatNumber('fr-FR', 1234.5)).toBe('1\u202f234,5');
    expect(formatPercent('de-DE', 0.42)).toBe('42\u00a0%');
    expect(formatPercent('en-GB', 1.7)).toBe('100%');
    expect(formatPercent('en-GB', Number.NaN)).toBe('0%');
    expect(formatList('es-ES', ['a', 'b', 'c'])).toBe('a, b y c');
  });
});

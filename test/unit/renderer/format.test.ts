import { describe, expect, it } from 'vitest';
import {
  formatCountdown,
  formatLength,
  formatMinutes,
  formatShare,
  weekdayName,
} from '../../../renderer/src/lib/format';
import { speak } from './speak';

speak();

describe('formatMinutes', () => {
  it('shows minutes under an hour and hours with minutes above', () => {
    expect(formatMinutes(0)).toBe('0 min');
    expect(formatMinutes(44.6)).toBe('45 min');
    expect(formatMinutes(60)).toBe('1 h');
    expect(formatMinutes(65)).toBe('1 h 5 min');
    expect(formatMinutes(14 * 60 + 36.4)).toBe('14 h 36 min');
  });
  it('never shows a negative duration', () => {
    expect(formatMinutes(-5)).toBe('0 min');
  });
  it('says "under a minute" only for a bout that has just begun', () => {
    expect(formatMinutes(0.4)).toBe('under 1 min');
    expect(formatMinutes(1 / 3)).toBe('under 1 min');
    expect(formatMinutes(0.5)).toBe('under 1 min');
    expect(formatMinutes(12)).toBe('12 min');
  });
});

describe('countdowns, shares and lengths', () => {
  it('formats m:ss rounding partial seconds up', () => {
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(4.2)).toBe('0:05');
    expect(formatCountdown(75)).toBe('1:15');
    expect(formatCountdown(-3)).toBe('0:00');
  });
  it('clamps shares to 0–100 %', () => {
    expect(formatShare(0.333)).toBe('33%');
    expect(formatShare(1.7)).toBe('100%');
    expect(formatShare(Number.NaN)).toBe('0%');
  });
  it('shows seconds under a minute and minutes above', () => {
    expect(formatLength(37)).toBe('37 s');
    expect(formatLength(85)).toBe('1 min 25 s');
    expect(formatLength(90)).toBe('1 min 30 s');
    expect(formatLength(120)).toBe('2 min');
    expect(formatLength(720)).toBe('12 min');
  });
  it('names weekdays from 0 = Sunday', () => {
    expect(weekdayName(0)).toBe('Sunday');
    expect(weekdayName(1, 'short')).toBe('Mon');
  });
});

/** Number and time formatting for display, in the window's language (words from the catalogue). */
import { formatPercent } from '../../../shared/i18n/intl';
import { formatTag, t } from '../i18n/t';

/**
 * "45 min", "2 h", "1 h 5 min": the one rule for every duration Sitwise shows in minutes (totals,
 * timelines, bouts, goals). Whole minutes, rounded to the nearest; anything above 0 but under a minute
 * is "under 1 min" (a 20-second snack happened: it is never "0 min"); 0 is "0 min".
 */
export function formatMinutes(minutes: number): string {
  if (minutes > 0 && minutes < 1) return t('common.units.underMinute');
  const total = Math.max(0, Math.round(minutes));
  if (total < 60) return t('common.units.minShort', { n: total });
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m === 0 ? t('common.units.hourShort', { n: h }) : t('common.units.hourMinShort', { h, m });
}

/** "m:ss" for countdowns; negative values show as 0:00. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** "42%" (English), "42 %" (German, French) from a 0..1 share. */
export function formatShare(share: number): string {
  return formatPercent(formatTag(), share);
}

/** Local wall time of an instant in the locale's clock ("14:05", "2:05 PM"). */
export function formatClock(ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(formatTag(), {
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(ms);
}

/** Short weekday and wall time of an instant in the locale's clock: "Tue 14:05", "Di., 14:05". */
export function formatWeekdayClock(ms: number): string {
  return new Intl.DateTimeFormat(formatTag(), {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(ms);
}

function utcDate(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** "Mon 23 Nov" for a local date "YYYY-MM-DD". */
export function formatDay(date: string): string {
  return new Intl.DateTimeFormat(formatTag(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(utcDate(date));
}

/** "Monday 23 November 2026". */
export function formatDayLong(date: string): string {
  return new Intl.DateTimeFormat(formatTag(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcDate(date));
}

/** Short weekday "Mon" for chart axes. */
export function formatWeekday(date: string): string {
  return new Intl.DateTimeFormat(formatTag(), { weekday: 'short', timeZone: 'UTC' }).format(utcDate(date));
}

/** "November 2026". */
export function formatMonth(date: string): string {
  return new Intl.DateTimeFormat(formatTag(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    utcDate(date),
  );
}

/** Weekday name for 0 = Sunday … 6 = Saturday. 2026-11-22 was a Sunday. */
export function weekdayName(day: number, style: 'long' | 'short' = 'long'): string {
  const date = new Date(Date.UTC(2026, 10, 22 + day, 12));
  return new Intl.DateTimeFormat(formatTag(), { weekday: style, timeZone: 'UTC' }).format(date);
}

/**
 * A routine's or a step's length, to the second under ten minutes ("45 s", "1 min 25 s", "2 min"),
 * then whole minutes. Card, routine page and player all use it, so they agree.
 */
export function formatLength(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return t('common.units.seconds', { n: s });
  if (s % 60 === 0 || s >= 600) return formatMinutes(s / 60);
  return t('common.units.minSec', { m: Math.floor(s / 60), s: s % 60 });
}

/** "28 Sep" for chart axes. */
export function formatDayShort(date: string): string {
  return new Intl.DateTimeFormat(formatTag(), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    utcDate(date),
  );
}

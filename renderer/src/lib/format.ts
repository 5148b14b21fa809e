/** Number and time formatting for display; all words come from strings/common. */
import { common } from '../strings/common';
import { t } from '../strings/format';

const u = common.units;

/**
 * "45 min", "2 h", "1 h 5 min": the one rule for every duration Sitwise shows in minutes (totals,
 * timelines, bouts, goals). Whole minutes, rounded to the nearest; anything above 0 but under a minute
 * is "under 1 min" (a 20-second snack happened: it is never "0 min"); 0 is "0 min".
 */
export function formatMinutes(minutes: number): string {
  if (minutes > 0 && minutes < 1) return u.underMinute;
  const total = Math.max(0, Math.round(minutes));
  if (total < 60) return t(u.minShort, { n: total });
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m === 0 ? t(u.hourShort, { n: h }) : t(u.hourMinShort, { h, m });
}

/** "m:ss" for countdowns; negative values show as 0:00. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** "42%" from a 0..1 share. */
export function formatShare(share: number): string {
  const pct = Number.isFinite(share) ? Math.round(Math.min(1, Math.max(0, share)) * 100) : 0;
  return t(u.percent, { n: pct });
}

/** Local wall time "14:05" of an instant. */
export function formatClock(ms: number, timeZone?: string): string {
  return new Intl.DateTimeFormat(common.locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(ms);
}

/** Short weekday and wall time of an instant: "Tue 14:05". */
export function formatWeekdayClock(ms: number): string {
  return new Intl.DateTimeFormat(common.locale, {
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
}

function utcDate(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** "Mon 23 Nov" for a local date "YYYY-MM-DD". */
export function formatDay(date: string): string {
  return new Intl.DateTimeFormat(common.locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(utcDate(date));
}

/** "Monday 23 November 2026". */
export function formatDayLong(date: string): string {
  return new Intl.DateTimeFormat(common.locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcDate(date));
}

/** Short weekday "Mon" for chart axes. */
export function formatWeekday(date: string): string {
  return new Intl.DateTimeFormat(common.locale, { weekday: 'short', timeZone: 'UTC' }).format(utcDate(date));
}

/** "November 2026". */
export function formatMonth(date: string): string {
  return new Intl.DateTimeFormat(common.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    utcDate(date),
  );
}

/** Weekday name for 0 = Sunday … 6 = Saturday. 2026-11-22 was a Sunday. */
export function weekdayName(day: number, style: 'long' | 'short' = 'long'): string {
  const date = new Date(Date.UTC(2026, 10, 22 + day, 12));
  return new Intl.DateTimeFormat(common.locale, { weekday: style, timeZone: 'UTC' }).format(date);
}

/**
 * A routine's or a step's length, to the second under ten minutes ("45 s", "1 min 25 s", "2 min"),
 * then whole minutes. Card, routine page and player all use it, so they agree.
 */
export function formatLength(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return t(u.seconds, { n: s });
  if (s % 60 === 0 || s >= 600) return formatMinutes(s / 60);
  return t(u.minSec, { m: Math.floor(s / 60), s: s % 60 });
}

/** "28 Sep" for chart axes. */
export function formatDayShort(date: string): string {
  return new Intl.DateTimeFormat(common.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    utcDate(date),
  );
}

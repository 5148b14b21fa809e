/**
 * Local-date helpers: which Sitwise day an instant belongs to, where a day starts and ends, and weeks.
 * A Sitwise day runs from the configured day start (e.g. 04:00 local) to the next day's day start, so a
 * day is 23 or 25 hours long when a DST change falls inside it. All instants are epoch milliseconds.
 */
import { TZDate } from '@date-fns/tz';

export interface DayOptions {
  /** IANA time zone, e.g. "Europe/Berlin". */
  timeZone: string;
  /** Local time "HH:MM" at which a day starts. */
  dayStart: string;
}

const DAY_MS = 86_400_000;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const clockPattern = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after local midnight for "HH:MM". */
export function clockMinutes(hhmm: string): number {
  const m = clockPattern.exec(hhmm);
  if (!m) throw new RangeError(`not a clock time: "${hhmm}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function parseDate(date: string): { y: number; m: number; d: number } {
  const m = datePattern.exec(date);
  if (!m) throw new RangeError(`not a date: "${date}"`);
  const parts = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (parts.d > daysInMonth(parts.y, parts.m)) throw new RangeError(`not a calendar date: "${date}"`);
  return parts;
}

function daysInMonth(y: number, m: number): number {
  // Day 0 of the next month is the last day of this one (proleptic Gregorian, leap years included).
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Whether "YYYY-MM-DD" names a day that exists (2026-02-31 does not; 2028-02-29 does). */
export function isCalendarDate(date: string): boolean {
  const m = datePattern.exec(date);
  return m !== null && Number(m[3]) <= daysInMonth(Number(m[1]), Number(m[2]));
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Calendar arithmetic on "YYYY-MM-DD" (time-zone free). */
export function addDays(date: string, days: number): string {
  const { y, m, d } = parseDate(date);
  const t = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parseDate(from);
  const b = parseDate(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / DAY_MS);
}

/** Day of the week of a calendar date, 0 = Sunday … 6 = Saturday. */
export function weekdayOfDate(date: string): number {
  const { y, m, d } = parseDate(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Local calendar date (midnight based) of an instant. */
export function calendarDateOf(ms: number, timeZone: string): string {
  const t = new TZDate(ms, timeZone);
  return `${pad(t.getFullYear(), 4)}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}

/** Local wall time of an instant: minutes after local midnight and day of the week (0 = Sunday). */
export function wallTimeOf(ms: number, timeZone: string): { minutes: number; weekday: number } {
  const t = new TZDate(ms, timeZone);
  return { minutes: t.getHours() * 60 + t.getMinutes(), weekday: t.getDay() };
}

/**
 * The instant a local wall time happens on a calendar date. A wall time that does not exist (inside a
 * spring-forward gap) resolves to the first instant after the gap.
 */
export function instantOf(date: string, minutes: number, timeZone: string): number {
  const { y, m, d } = parseDate(date);
  return new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime();
}

/** Start and end (exclusive) of a Sitwise day. 23 or 25 hours long on DST change days. */
export function dayBounds(date: string, opts: DayOptions): { start: number; end: number } {
  const minutes = clockMinutes(opts.dayStart);
  return {
    start: instantOf(date, minutes, opts.timeZone),
    end: instantOf(addDays(date, 1), minutes, opts.timeZone),
  };
}

/** The Sitwise day an instant belongs to: the calendar date, or the day before when before the day start. */
export function localDateOf(ms: number, opts: DayOptions): string {
  const date = calendarDateOf(ms, opts.timeZone);
  // Compare with the computed bounds rather than wall minutes so the two functions always agree, even
  // when the day start falls inside a DST gap.
  return ms < dayBounds(date, opts).start ? addDays(date, -1) : date;
}

/** Monday of the week a date is in (weeks start on Monday). */
export function weekStartOf(date: string): string {
  const weekday = weekdayOfDate(date);
  return addDays(date, -((weekday + 6) % 7));
}

/** First and last date (inclusive) of the Monday-based week containing `date`. */
export function weekOf(date: string): { from: string; to: string } {
  const from = weekStartOf(date);
  return { from, to: addDays(from, 6) };
}

/** Start and end (exclusive) instants of the week containing `date`, by day start. */
export function weekBounds(date: string, opts: DayOptions): { start: number; end: number } {
  const from = weekStartOf(date);
  return { start: dayBounds(from, opts).start, end: dayBounds(addDays(from, 7), opts).start };
}

/** Every date from `from` to `to`, inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** Whether a string names a time zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

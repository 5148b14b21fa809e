/**
 * Numbers, dates, times and weekdays in the user's locale, through Intl. Pure: instants come in as epoch
 * milliseconds and local dates as "YYYY-MM-DD"; nothing reads the clock. Weekdays are numbered as in
 * settings: 0 = Sunday … 6 = Saturday.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();

function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${tag}|${JSON.stringify(options)}`;
  const hit = cache.get(key);
  if (hit instanceof Intl.NumberFormat) return hit;
  const made = new Intl.NumberFormat(tag, options);
  cache.set(key, made);
  return made;
}

function dateFormat(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${tag}|${JSON.stringify(options)}`;
  const hit = cache.get(key);
  if (hit instanceof Intl.DateTimeFormat) return hit;
  const made = new Intl.DateTimeFormat(tag, options);
  cache.set(key, made);
  return made;
}

export function formatNumber(tag: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(tag, options).format(value);
}

/** "42 %" in German, "42%" in English, from a 0..1 share (clamped; not-a-number counts as 0). */
export function formatPercent(tag: string, share: number): string {
  const clamped = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  return numberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }).format(clamped);
}

/** Wall-clock time of an instant in the locale's own clock ("14:05", "2:05 PM"). */
export function formatTime(tag: string, ms: number, timeZone?: string): string {
  return dateFormat(tag, { timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(ms);
}

export type DateStyle = 'short' | 'medium' | 'long' | 'full';

/** The date of an instant in a zone. */
export function formatInstantDate(tag: string, ms: number, style: DateStyle, timeZone?: string): string {
  return dateFormat(tag, { dateStyle: style, ...(timeZone ? { timeZone } : {}) }).format(ms);
}

/** Noon UTC of a local date "YYYY-MM-DD", so formatting it in UTC never slips a day. */
export function localDateMs(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`not a local date (YYYY-MM-DD): "${date}"`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  if (dateFormat('en-CA', { timeZone: 'UTC' }).format(ms) !== date)
    throw new RangeError(`no such day: "${date}"`);
  return ms;
}

/** A local calendar date ("Mon 23 Nov", "Montag, 23. November 2026", …) in the locale's own order. */
export function formatLocalDate(
  tag: string,
  date: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  return dateFormat(tag, { ...options, timeZone: 'UTC' }).format(localDateMs(date));
}

/** The name of weekday `day` (0 = Sunday). 2026-11-22 was a Sunday. */
export function weekdayName(tag: string, day: number, style: 'long' | 'short' | 'narrow' = 'long'): string {
  if (!Number.isInteger(day) || day < 0 || day > 6) throw new RangeError(`weekday must be 0..6, got ${day}`);
  return dateFormat(tag, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2026, 10, 22 + day, 12));
}

/** Regions whose week starts on Sunday or Saturday, for engines without Intl week data (CLDR). */
const sundayFirst = new Set(
  'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
);
const saturdayFirst = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

/** Reads `Intl.Locale#getWeekInfo()` (current engines) or the older `weekInfo` property. */
function intlFirstDay(locale: Intl.Locale): number | null {
  const info: unknown =
    'getWeekInfo' in locale && typeof locale.getWeekInfo === 'function'
      ? locale.getWeekInfo()
      : 'weekInfo' in locale
        ? locale.weekInfo
        : null;
  if (typeof info === 'object' && info !== null && 'firstDay' in info && typeof info.firstDay === 'number')
    return info.firstDay;
  return null;
}

/** The first day of the week in the locale (0 = Sunday … 6 = Saturday): Monday in Germany, Sunday in the US. */
export function firstDayOfWeek(tag: string): number {
  const locale = new Intl.Locale(tag);
  const fromIntl = intlFirstDay(locale);
  // Intl numbers days 1 = Monday … 7 = Sunday.
  if (fromIntl !== null && fromIntl >= 1 && fromIntl <= 7) return fromIntl % 7;
  const region = locale.maximize().region ?? '';
  return sundayFirst.has(region) ? 0 : saturdayFirst.has(region) ? 6 : 1;
}

/** The seven weekdays (0 = Sunday …) in the order the locale's calendar shows them. */
export function weekdaysInOrder(tag: string): number[] {
  const first = firstDayOfWeek(tag);
  return Array.from({ length: 7 }, (_, i) => (first + i) % 7);
}

/** "a, b and c" in the locale's own words. */
export function formatList(
  tag: string,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const key = `l|${tag}|${type}`;
  const hit = cache.get(key);
  const list = hit instanceof Intl.ListFormat ? hit : new Intl.ListFormat(tag, { type });
  cache.set(key, list);
  return list.format(items);
}

/** History periods (day, week, month) as date ranges, and stepping between them. Pure date maths. */
import { addDays, datesBetween, weekOf } from '../../../shared/time';

export type PeriodKind = 'day' | 'week' | 'month';
export const periodKinds: readonly PeriodKind[] = ['day', 'week', 'month'];

export interface Period {
  kind: PeriodKind;
  /** First date (inclusive). */
  from: string;
  /** Last date (inclusive). */
  to: string;
}

const datePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const isDate = (s: string | undefined): s is string => s !== undefined && datePattern.test(s);

export function monthOf(date: string): { from: string; to: string } {
  const from = `${date.slice(0, 8)}01`;
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

export function periodOf(kind: PeriodKind, date: string): Period {
  if (kind === 'day') return { kind, from: date, to: date };
  if (kind === 'week') return { kind, ...weekOf(date) };
  return { kind, ...monthOf(date) };
}

/** The period before (-1) or after (+1). */
export function stepPeriod(p: Period, direction: -1 | 1): Period {
  if (p.kind === 'day') return periodOf('day', addDays(p.from, direction));
  if (p.kind === 'week') return periodOf('week', addDays(p.from, 7 * direction));
  return periodOf('month', direction < 0 ? addDays(p.from, -1) : addDays(p.to, 1));
}

/** The dates of a period up to `today` (history has no future). Empty when the period starts later. */
export function pastDates(p: Period, today: string): string[] {
  if (p.from > today) return [];
  return datesBetween(p.from, p.to < today ? p.to : today);
}

/** Reads `#/history/<kind>/<date>`; anything else falls back to this week. */
export function parseHistoryRoute(rest: readonly string[], today: string): Period {
  const [kind, date] = rest;
  const k: PeriodKind = kind === 'day' || kind === 'month' ? kind : 'week';
  return periodOf(k, isDate(date) && date <= today ? date : today);
}

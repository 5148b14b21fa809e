/**
 * The journal's on-disk format. One folder of JSON Lines files, one per month (`2026-11.jsonl`); every
 * line is `{"v":<schema version>,"seq":<sequence number>,"rec":<record>}` and ends with a newline, so a
 * line without one was torn by a crash. Sequence numbers increase by one per append across the journal.
 */
import { join } from 'node:path';

export const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;
const monthFilePattern = /^(\d{4}-(?:0[1-9]|1[0-2]))\.jsonl$/;

/** One line as read back. */
export interface JournalEntry<T> {
  v: number;
  seq: number;
  rec: T;
  /** The month file it was read from. */
  month: string;
}

export function assertMonth(month: string): void {
  if (!monthPattern.test(month)) throw new RangeError(`not a month written as YYYY-MM: "${month}"`);
}

export function monthFile(dir: string, month: string): string {
  assertMonth(month);
  return join(dir, `${month}.jsonl`);
}

export function monthOfFileName(name: string): string | null {
  return monthFilePattern.exec(name)?.[1] ?? null;
}

/** "YYYY-MM" of a "YYYY-MM-DD" date. */
export function monthOfDate(date: string): string {
  const month = date.slice(0, 7);
  assertMonth(month);
  return month;
}

/** Every month from `from` to `to`, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  assertMonth(from);
  assertMonth(to);
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  // Counted in months, not compared as text: after 9999-12 comes "10000-01", which sorts before "9999-12".
  const last = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7));
  while (y * 12 + m <= last) {
    out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export function encodeLine(v: number, seq: number, rec: unknown): string {
  return `${JSON.stringify({ v, seq, rec })}\n`;
}

export type DecodedLine = { ok: true; v: number; seq: number; rec: unknown } | { ok: false; reason: string };

/** Parses a line's JSON and envelope; the record itself is checked by the caller's schema. */
export function decodeLine(text: string): DecodedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not valid JSON (torn or edited line)' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'not a journal line object' };
  }
  const v = 'v' in value ? value.v : undefined;
  const seq = 'seq' in value ? value.seq : undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    return { ok: false, reason: 'missing or bad "v"' };
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) {
    return { ok: false, reason: 'missing or bad "seq"' };
  }
  if (!('rec' in value)) return { ok: false, reason: 'missing "rec"' };
  return { ok: true, v, seq, rec: value.rec };
}

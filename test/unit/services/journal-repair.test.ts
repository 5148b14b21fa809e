/**
 * The writer repairs its own failures: a failed or short write is cut back before anything else is
 * written; sequence numbers continue after the highest in the month, not the last line; any line from a
 * newer version makes the month read-only; sequence numbers near 2^53 are refused clearly.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { encodeLine, monthFile } from '../../../main/services/journal/format';
import { readMonth } from '../../../main/services/journal/reader';
import {
  JournalReadOnlyError,
  JournalSeqExhaustedError,
  JournalWriter,
} from '../../../main/services/journal/writer';
import { FaultyFs } from './helpers/faulty-fs';

const noteSchema = z.strictObject({ at: z.number().int(), text: z.string() });
type Note = z.infer<typeof noteSchema>;
const note = (at: number): Note => ({ at, text: `note ${at}` });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitwise-repair-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const spec = () => ({ dir, version: 1, schema: noteSchema });
const read = (month: string) => readMonth(spec(), month, { now: 7 });

describe('writer repairs', () => {
  it('cuts a short write (disk full) back, so the next acknowledged line is whole', () => {
    const fs = new FaultyFs();
    const w = JournalWriter.open<Note>({ ...spec(), fs, now: () => 1, syncIntervalMs: 0 });
    expect(w.append('2026-11', note(1))).toBe(1);
    // 10 more bytes fit: the next line is written in part, then the disk is full.
    fs.inject({ code: 'ENOSPC', calls: ['write'], path: () => true, afterBytes: 10 });
    expect(() => w.append('2026-11', note(2))).toThrow(/ENOSPC/);
    expect(() => w.append('2026-11', note(3))).toThrow(/ENOSPC/);
    fs.clear();
    expect(w.append('2026-11', note(4))).toBe(2);
    w.close();
    const result = read('2026-11');
    expect(result.entries.map((e) => [e.seq, e.rec.at])).toEqual([
      [1, 1],
      [2, 4],
    ]);
    expect(result.quarantined).toEqual([]);
    expect(readFileSync(monthFile(dir, '2026-11'), 'utf8')).toBe(
      encodeLine(1, 1, note(1)) + encodeLine(1, 2, note(4)),
    );
  });

  it('continues after the highest sequence number in the month, not the last line', () => {
    writeFileSync(monthFile(dir, '2026-11'), encodeLine(1, 7, note(1)) + encodeLine(1, 3, note(2)));
    const w = JournalWriter.open<Note>({ ...spec(), now: () => 1 });
    expect(w.append('2026-11', note(3))).toBe(8);
    w.close();
    expect(read('2026-11').entries.map((e) => e.seq)).toEqual([3, 7, 8]);
    expect(read('2026-11').quarantined).toEqual([]);
  });

  it('keeps a month read-only when any line, not only the last, comes from a newer version', () => {
    writeFileSync(monthFile(dir, '2026-11'), encodeLine(2, 1, note(1)) + encodeLine(1, 2, note(2)));
    const w = JournalWriter.open<Note>({ ...spec(), now: () => 1 });
    expect(() => w.append('2026-11', note(3))).toThrow(JournalReadOnlyError);
    w.close();
    expect(readFileSync(monthFile(dir, '2026-11'), 'utf8').split('\n')).toHaveLength(3);
  });

  it('refuses to go past the largest exact sequence number, with a clear message', () => {
    writeFileSync(monthFile(dir, '2026-11'), encodeLine(1, Number.MAX_SAFE_INTEGER - 1, note(1)));
    const w = JournalWriter.open<Note>({ ...spec(), now: () => 1 });
    expect(w.append('2026-11', note(2))).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => w.append('2026-11', note(3))).toThrow(JournalSeqExhaustedError);
    expect(() => w.append('2026-11', note(3))).toThrow(/sequence numbers are used up/);
    w.close();
    expect(read('2026-11').entries).toHaveLength(2);
  });
});

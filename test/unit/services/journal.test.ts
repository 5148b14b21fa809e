import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { encodeLine, monthFile, monthsBetween } from '../../../main/services/journal/format';
import { quarantineFile, readQuarantine } from '../../../main/services/journal/quarantine';
import { listMonths, readMonth } from '../../../main/services/journal/reader';
import { JournalReadOnlyError, JournalWriter } from '../../../main/services/journal/writer';

/** The journal is generic: a small record kind stands in for any line schema. */
const noteSchema = z.strictObject({ at: z.number().int(), text: z.string() });
type Note = z.infer<typeof noteSchema>;

let dir: string;
const spec = () => ({ dir, version: 1, schema: noteSchema });
const openWriter = (
  extra: { syncIntervalMs?: number; schedule?: (ms: number, run: () => void) => () => void } = {},
) => JournalWriter.open<Note>({ ...spec(), now: () => 42, ...extra });
const read = (month: string, quarantine = true) => readMonth(spec(), month, { now: 7, quarantine });
const note = (at: number): Note => ({ at, text: `note ${at}` });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitwise-journal-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('journal writer and reader', () => {
  it('appends versioned, sequenced lines per month and reads them back in order', () => {
    const w = openWriter();
    expect(w.append('2026-11', note(1))).toBe(1);
    expect(w.append('2026-11', note(2))).toBe(2);
    expect(w.append('2026-12', note(3))).toBe(3);
    w.close();
    const lines = readFileSync(monthFile(dir, '2026-11'), 'utf8').split('\n');
    expect(JSON.parse(lines[0] ?? '')).toEqual({ v: 1, seq: 1, rec: note(1) });
    expect(lines[2]).toBe('');
    expect(read('2026-11').entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(read('2026-12').entries.map((e) => e.rec)).toEqual([note(3)]);
    expect(listMonths(dir)).toEqual(['2026-11', '2026-12']);
  });

  it('continues the sequence after a restart, from the highest number in any month', () => {
    const w = openWriter();
    w.append('2026-12', note(1));
    w.append('2026-11', note(2)); // a line for an earlier month (clock set back) is still numbered in order
    w.close();
    const again = openWriter();
    expect(again.lastSeq).toBe(2);
    expect(again.append('2026-12', note(3))).toBe(3);
    again.close();
  });

  it('refuses an invalid record and writes nothing', () => {
    const w = openWriter();
    const bad: Note = { at: 1.5, text: 'x' };
    expect(() => w.append('2026-11', bad)).toThrow(/invalid record: at/);
    expect(w.lastSeq).toBe(0);
    w.close();
    expect(read('2026-11').entries).toEqual([]);
  });

  it('batches fsync: one timer per second of appends, none when syncing every append', () => {
    const timers: number[] = [];
    let run: () => void = () => {};
    const w = openWriter({
      schedule: (ms, fn) => {
        timers.push(ms);
        run = fn;
        return () => {};
      },
    });
    w.append('2026-11', note(1));
    w.append('2026-11', note(2));
    expect(timers).toEqual([1000]);
    run();
    w.append('2026-11', note(3));
    expect(timers).toEqual([1000, 1000]);
    w.close();
    const eager: number[] = [];
    const e = openWriter({
      syncIntervalMs: 0,
      schedule: (ms) => {
        eager.push(ms);
        return () => {};
      },
    });
    e.append('2026-11', note(4));
    expect(eager).toEqual([]);
    e.close();
  });

  it('skips, counts and quarantines a torn last line with its position; the rest loads', () => {
    const w = openWriter();
    for (let i = 1; i <= 3; i++) w.append('2026-11', note(i));
    w.close();
    const torn = encodeLine(1, 4, note(4)).slice(0, 20);
    const offset = readFileSync(monthFile(dir, '2026-11')).length;
    appendFileSync(monthFile(dir, '2026-11'), torn);
    const result = read('2026-11');
    expect(result.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(result.quarantined).toHaveLength(1);
    expect(result.quarantined[0]).toMatchObject({ file: '2026-11.jsonl', line: 4, offset, text: torn });
    expect(result.quarantined[0]?.reason).toMatch(/torn last line/);
    expect(result.newlyQuarantined).toBe(1);
    // Reading again finds it again but does not record it twice.
    expect(read('2026-11').newlyQuarantined).toBe(0);
    expect(readQuarantine(quarantineFile(dir, '2026-11'))).toHaveLength(1);
  });

  it('cuts an invalid torn tail before the next append, keeping a copy, so lines never merge', () => {
    const w = openWriter();
    w.append('2026-11', note(1));
    w.close();
    appendFileSync(monthFile(dir, '2026-11'), '{"v":1,"seq":2,"rec":{"at');
    const again = openWriter();
    expect(again.append('2026-11', note(3))).toBe(2);
    again.close();
    const result = read('2026-11');
    expect(result.entries.map((e) => e.rec.at)).toEqual([1, 3]);
    expect(result.quarantined).toEqual([]);
    const kept = readQuarantine(quarantineFile(dir, '2026-11'));
    expect(kept.map((k) => k.text)).toEqual(['{"v":1,"seq":2,"rec":{"at']);
  });

  it('keeps a whole last line that only lacks its newline', () => {
    const w = openWriter();
    w.append('2026-11', note(1));
    w.close();
    appendFileSync(monthFile(dir, '2026-11'), encodeLine(1, 2, note(2)).trimEnd());
    const again = openWriter();
    expect(again.lastSeq).toBe(2);
    again.append('2026-11', note(3));
    again.close();
    expect(read('2026-11').entries.map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('quarantines a hand-edited line in the middle and a record that breaks the schema, by line number', () => {
    writeFileSync(
      monthFile(dir, '2026-11'),
      [
        encodeLine(1, 1, note(1)),
        'this line was edited by hand\n',
        encodeLine(1, 2, { at: 'noon', text: 'x' }),
        encodeLine(1, 3, note(3)),
      ].join(''),
    );
    const result = read('2026-11');
    expect(result.entries.map((e) => e.seq)).toEqual([1, 3]);
    expect(result.quarantined.map((q) => q.line)).toEqual([2, 3]);
    expect(result.quarantined[0]?.reason).toMatch(/not valid JSON/);
    expect(result.quarantined[1]?.reason).toMatch(/schema \(at:/);
  });

  it('gives byte offsets for lines after non-ASCII text', () => {
    const first = encodeLine(1, 1, { at: 1, text: 'café ☕' });
    writeFileSync(monthFile(dir, '2026-11'), `${first}not json\n`);
    const result = read('2026-11');
    expect(result.entries).toHaveLength(1);
    expect(result.quarantined[0]).toMatchObject({
      line: 2,
      offset: Buffer.byteLength(first),
      text: 'not json',
    });
  });

  it('restores sequence order and keeps the first of two lines with the same sequence number', () => {
    writeFileSync(
      monthFile(dir, '2026-11'),
      [
        encodeLine(1, 1, note(1)),
        encodeLine(1, 3, note(3)),
        encodeLine(1, 2, note(2)),
        encodeLine(1, 3, note(9)),
      ].join(''),
    );
    const result = read('2026-11');
    expect(result.entries.map((e) => e.rec.at)).toEqual([1, 2, 3]);
    expect(result.quarantined).toHaveLength(1);
    expect(result.quarantined[0]).toMatchObject({ line: 4, reason: 'repeats sequence number 3' });
  });

  it('reads a file from a newer version without changing it and refuses to append to it', () => {
    const content = [
      encodeLine(1, 1, note(1)),
      encodeLine(2, 2, note(2)),
      encodeLine(2, 3, { at: 3, text: 'x', mood: 'new field' }),
    ].join('');
    writeFileSync(monthFile(dir, '2026-11'), content);
    const result = read('2026-11');
    expect(result.maxVersion).toBe(2);
    expect(result.entries.map((e) => e.seq)).toEqual([1, 2]);
    expect(result.unreadableNewer).toBe(1);
    expect(result.quarantined).toEqual([]);
    const w = openWriter();
    expect(w.lastSeq).toBe(3);
    expect(() => w.append('2026-11', note(4))).toThrow(JournalReadOnlyError);
    expect(() => w.append('2026-11', note(4))).toThrow(/newer version/);
    expect(w.append('2026-12', note(5))).toBe(4);
    w.close();
    expect(readFileSync(monthFile(dir, '2026-11'), 'utf8')).toBe(content);
  });

  it('reads only the months asked for', () => {
    writeFileSync(monthFile(dir, '2026-10'), 'damaged\n');
    writeFileSync(monthFile(dir, '2026-11'), encodeLine(1, 1, note(1)));
    expect(read('2026-11').entries).toHaveLength(1);
    expect(readQuarantine(quarantineFile(dir, '2026-10'))).toEqual([]);
    expect(read('2026-09').entries).toEqual([]);
  });

  it('lists months across a year end', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(() => monthFile(dir, '2026-13')).toThrow(/YYYY-MM/);
  });
});

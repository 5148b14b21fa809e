/**
 * The fault matrix: each file-system fault × each storage operation, on the real services behind a
 * fault-injecting file system. For every cell: nothing acknowledged is lost, nothing unacknowledged is
 * reported as saved, the user is told, and tracking resumes once the fault clears. The matrix is printed.
 *
 * Timeline (Europe/London, day start 04:00): start 02:30 on 1 Dec (still the Sitwise day of 30 Nov, file
 * 2026-11), the fault from 02:40 to 04:30 (so it spans the 04:00 rollover into 2026-12), a user action at
 * 03:00 during the fault and one at 04:45 after it, end at 05:00.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeLine } from '../../../main/services/journal/format';
import type { EngineEvent } from '../../../shared/events';
import { type Harness, openHarness } from './helpers/fault-harness';
import { type Fault, type FaultCode, type FaultyFs, under } from './helpers/faulty-fs';

const START = Date.parse('2026-12-01T02:30:00Z');
const MIN = 60_000;
const FAULT_AT = START + 10 * MIN;
const CLEAR_AT = Date.parse('2026-12-01T04:30:00Z');
const END = Date.parse('2026-12-01T05:00:00Z');

const columns = ['EACCES', 'ENOSPC', 'EIO', 'EISDIR', 'ENOTDIR', 'read-only folder'] as const;
type Column = (typeof columns)[number];
const operations = [
  'open',
  'append',
  'fsync',
  'rollover',
  'quarantine',
  'settings save',
  'export',
  'delete',
] as const;
type Operation = (typeof operations)[number];

const results = new Map<string, string>();

const monthFile = (dir: string) => (p: string) =>
  dirname(p) === join(dir, 'journal') && /^\d{4}-\d{2}\.jsonl$/.test(p.slice(p.lastIndexOf('/') + 1));

/** The fault(s) a cell injects; `boot` ones are there before storage opens. */
function faultsFor(
  column: Column,
  op: Operation,
  h: { dir: string; exportDir?: string },
): Fault[] | 'read-only' {
  if (column === 'read-only folder') return 'read-only';
  const code: FaultCode = column;
  const journalFile = monthFile(h.dir);
  const spaceLeft = code === 'ENOSPC' ? { afterBytes: 100 } : {};
  switch (op) {
    case 'open':
      return [{ code, calls: ['open'], path: journalFile, writeOpensOnly: true }];
    case 'append':
      return [{ code, calls: ['write'], path: journalFile, ...spaceLeft }];
    case 'fsync':
      return [{ code, calls: ['fsync'], path: journalFile }];
    case 'rollover':
      return [{ code, calls: ['open', 'write'], path: (p) => p.endsWith('/2026-12.jsonl') }];
    case 'quarantine':
      return [
        {
          code,
          calls: ['mkdir', 'open', 'write', 'fsync'],
          path: under(join(h.dir, 'journal', 'quarantine')),
        },
      ];
    case 'settings save':
      return [
        {
          code,
          calls: ['open', 'write', 'fsync', 'rename'],
          path: (p) => /settings\.json/.test(p),
          ...spaceLeft,
        },
      ];
    case 'export':
      return [
        {
          code,
          calls: ['open', 'write', 'fsync', 'rename', 'mkdir'],
          path: under(h.exportDir ?? ''),
          ...spaceLeft,
        },
      ];
    case 'delete':
      return [{ code, calls: ['rm'], path: under(h.dir) }];
  }
}

function inject(fs: FaultyFs, faults: Fault[] | 'read-only', folder: string): void {
  if (faults === 'read-only') fs.readOnlyFolder(folder);
  else for (const f of faults) fs.inject(f);
}

/** A damaged line and a torn tail in the month the harness starts in (for the quarantine cells). */
function seedDamage(dir: string): void {
  const journal = join(dir, 'journal');
  mkdirSync(journal, { recursive: true });
  const day: EngineEvent = {
    type: 'day',
    at: Date.parse('2026-11-30T04:00:00Z'),
    date: '2026-11-30',
    timeZone: 'Europe/London',
    dayStart: '04:00',
    posture: 'sitting',
    presence: 'present',
    awayReason: null,
  };
  appendFileSync(join(journal, '2026-11.jsonl'), `${encodeLine(1, 1, day)}not json at all\n{"v":1,"seq":`);
}

async function runCell(column: Column, op: Operation): Promise<string> {
  const atBoot = op === 'open' || op === 'quarantine';
  let bootFaults: Fault[] | 'read-only' | null = null;
  const h: Harness = openHarness({
    start: START,
    before: ({ dir, fs }) => {
      if (op === 'quarantine') seedDamage(dir);
      if (atBoot) {
        bootFaults = faultsFor(column, op, { dir });
        inject(
          fs,
          bootFaults,
          op === 'quarantine' ? join(dir, 'journal', 'quarantine') : join(dir, 'journal'),
        );
      }
    },
  });
  try {
    h.driver.start();
    // The first sample is async (idle time is read through a promise): let it arm its timer first.
    await new Promise((resolve) => setImmediate(resolve));
    await h.clock.advance(FAULT_AT - START);
    if (!atBoot) {
      const target =
        op === 'export'
          ? h.exportDir
          : op === 'settings save' || op === 'delete'
            ? h.dir
            : join(h.dir, 'journal');
      inject(h.fs, faultsFor(column, op, h), target);
    }
    await h.clock.advance(Date.parse('2026-12-01T03:00:00Z') - h.clock.now());

    // A user action during the fault: acknowledged and kept, or refused with the message and no change.
    const before = h.driver.snapshot().posture;
    let refusal: string | null = null;
    try {
      h.driver.act({ action: 'stand' });
    } catch (error) {
      refusal = error instanceof Error ? error.message : String(error);
    }
    if (refusal !== null) {
      expect(refusal).toMatch(new RegExp(`^Sitwise cannot save to ${h.dir}: `));
      expect(h.driver.snapshot().posture).toBe(before);
    } else {
      expect(h.driver.snapshot().posture).toBe('standing');
    }

    // What the app shows (the live month) is never ahead of the disk.
    const live = h.storage.journal.events(h.storage.journal.liveMonth);
    const disk = h.onDisk();
    for (const e of live) expect(disk).toContainEqual(e);

    let opError: string | null = null;
    if (op === 'settings save') {
      const was = h.storage.settings.get().dayStart;
      try {
        h.storage.settings.update({ snooze: { minutes: 7 } });
      } catch (error) {
        opError = error instanceof Error ? error.message : String(error);
        expect(opError).toMatch(/^Sitwise cannot save to /);
        expect(h.storage.settings.get().snooze.minutes).not.toBe(7);
      }
      expect(h.storage.settings.get().dayStart).toBe(was);
    }
    if (op === 'export') {
      try {
        await h.storage.exportData({ format: 'json' });
      } catch (error) {
        opError = error instanceof Error ? error.message : String(error);
        expect(opError).toMatch(/^Sitwise cannot save to /);
        // Nothing half-written where the user looks.
        expect(readdirSync(h.exportDir).filter((n) => !n.startsWith('.'))).toEqual([]);
      }
    }
    if (op === 'delete') {
      const dayBefore = h.onDisk().length;
      try {
        h.storage.deleteAllData({ confirm: 'delete all my data' });
      } catch (error) {
        opError = error instanceof Error ? error.message : String(error);
        expect(opError).toMatch(/^Sitwise cannot delete all data in /);
        // Refused before anything went: the journal is all there.
        expect(h.onDisk().length).toBe(dayBefore);
      }
    }

    // Tracking goes on during the fault: one wake-up timer stays armed.
    await h.clock.advance(CLEAR_AT - h.clock.now());
    expect(h.clock.pendingTimers()).toBeGreaterThanOrEqual(1);
    h.fs.clear();
    await h.clock.advance(Date.parse('2026-12-01T04:45:00Z') - h.clock.now());
    h.driver.act({ action: 'sit' });
    if (op === 'settings save')
      expect(h.storage.settings.update({ snooze: { minutes: 7 } }).snooze.minutes).toBe(7);
    if (op === 'export') expect((await h.storage.exportData({ format: 'json' })).saved).toBe(true);
    await h.clock.advance(END - h.clock.now());
    expect(h.clock.pendingTimers()).toBe(1);
    expect(h.saves.pending()).toBe(0);

    const affected = h.fs.refused > 0;
    const told =
      h.faults.some((f) => f?.folder === h.dir) ||
      h.notices.some((n) => n.kind === 'journal-quarantined' || n.kind === 'save-failed') ||
      opError !== null ||
      refusal !== null;
    if (affected) expect(told).toBe(true);
    // Told once per reason, and told when it works again.
    const messages = h.faults.filter((f) => f !== null).map((f) => JSON.stringify(f));
    expect(new Set(messages).size).toBe(messages.length);
    if (messages.length > 0) expect(h.faults[h.faults.length - 1]).toBeNull();

    h.driver.stop();
    h.storage.close();
    // Nothing acknowledged is lost, nothing refused was written, in the order it happened.
    // (The quarantine cells start with one good line of their own.)
    const written = h.onDisk().slice(op === 'quarantine' ? 1 : 0);
    expect(written).toEqual(h.expected);
    if (op === 'quarantine') {
      // Once the quarantine could be written, the damaged line and the torn tail were copied there.
      const kept = readFileSync(join(h.dir, 'journal', 'quarantine', '2026-11.jsonl'), 'utf8');
      expect(kept).toContain('not json at all');
      expect(kept).toContain('{\\"v\\":1,\\"seq\\":');
    }
    for (const e of h.refused) expect(written).not.toContainEqual(e);
    // Tracking resumed: events after the fault cleared are on disk, in the new month.
    expect(written.some((e) => e.at > CLEAR_AT)).toBe(true);
    expect(h.errors).toEqual([]);
    return affected ? 'ok' : 'ok (not hit)';
  } finally {
    h.close();
  }
}

describe('fault matrix', () => {
  afterAll(() => {
    const width = 18;
    const pad = (s: string) => s.padEnd(width);
    const lines = [
      pad('fault \\ operation') + operations.map((o) => pad(o)).join(''),
      ...columns.map(
        (c) => pad(c) + operations.map((o) => pad(results.get(`${c}|${o}`) ?? 'not run')).join(''),
      ),
    ];
    console.log(
      `\nFault matrix (ok = all four promises held; not hit = the fault never met that operation)\n${lines.join('\n')}\n`,
    );
  });

  for (const column of columns) {
    for (const op of operations) {
      it(`${column} × ${op}`, async () => {
        results.set(`${column}|${op}`, 'FAIL');
        results.set(`${column}|${op}`, await runCell(column, op));
      });
    }
  }
});

import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PacingLedger } from '../../../main/services/pacing/ledger';
import { FilePacingStore, pacingJournalDir } from '../../../main/services/pacing/pacing-store';
import type { PacingRecord } from '../../../shared/pacing/records';
import { fields, walkGoal } from './helpers';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitwise-pacing-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const created: PacingRecord = {
  type: 'pacing.goal-created',
  at: 1,
  date: '2026-10-30',
  goalId: 'g-1',
  fields: fields(walkGoal()),
  sessions: [{ date: '2026-10-29', sessionId: 's-1', minutes: 10, before: null, after: null, note: '' }],
};
const logged: PacingRecord = {
  type: 'pacing.session-logged',
  at: 2,
  date: '2026-11-02',
  goalId: 'g-1',
  sessionId: 's-2',
  minutes: 12,
  before: 2,
  after: 3,
  note: 'windy',
};

describe('pacing records on disk', () => {
  it('writes one line per record in month files and reads them back in order', () => {
    const dataDir = tempDir();
    const store = new FilePacingStore({ dataDir, now: () => 0, syncIntervalMs: 0 });
    store.append(created);
    store.append(logged);
    store.close();
    expect(readFileSync(join(pacingJournalDir(dataDir), '2026-10.jsonl'), 'utf8').split('\n')).toHaveLength(
      2,
    );
    const again = new FilePacingStore({ dataDir, now: () => 0 });
    expect(again.records()).toEqual([created, logged]);
    const state = new PacingLedger(again).state;
    expect(state.sessions.get('g-1')?.map((s) => s.minutes)).toEqual([10, 12]);
    again.close();
  });

  it('sets a damaged line aside and loads the rest', () => {
    const dataDir = tempDir();
    const store = new FilePacingStore({ dataDir, now: () => 0, syncIntervalMs: 0 });
    store.append(created);
    store.close();
    appendFileSync(
      join(pacingJournalDir(dataDir), '2026-10.jsonl'),
      '{"v":1,"seq":2,"rec":{"type":"pacing.nope"}}\n',
    );
    const told: [string, number][] = [];
    const again = new FilePacingStore({ dataDir, now: () => 0, onQuarantine: (m, n) => told.push([m, n]) });
    expect(again.records()).toEqual([created]);
    expect(told).toEqual([['2026-10', 1]]);
    again.close();
  });

  it('writes nothing when the ledger refuses a record', () => {
    const dataDir = tempDir();
    const store = new FilePacingStore({ dataDir, now: () => 0, syncIntervalMs: 0 });
    const ledger = new PacingLedger(store);
    expect(() => ledger.commit(logged)).toThrow(/no such goal/);
    expect(() => ledger.commit({ ...created, date: 'soon' })).toThrow();
    expect(store.records()).toEqual([]);
    store.deleteAll();
    store.close();
  });
});

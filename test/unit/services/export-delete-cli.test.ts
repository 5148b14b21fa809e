import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../main/cli/summary';
import { csvColumns } from '../../../main/services/data/export';
import { monthFile } from '../../../main/services/journal/format';
import {
  type SettingsStoreOptions,
  type StoredSettings,
  settingsFilePath,
} from '../../../main/services/settings/store';
import { openStorage, type Storage } from '../../../main/services/storage';
import { defaultSettings } from '../../../shared/settings';
import { instantOf } from '../../../shared/time';
import { syntheticDays } from './helpers/synthetic';

const opts = { timeZone: 'Europe/Berlin', dayStart: '04:00' };
const openConf = (o: SettingsStoreOptions) =>
  new Conf<StoredSettings>({ cwd: o.cwd, configName: o.name, schema: o.schema, defaults: o.defaults });

let dir: string;
let out: string;
let storages: Storage[];
let savePath: string | null;
let asked: string[];

function open(): Storage {
  const s = openStorage({
    dataDir: dir,
    openSettingsStore: openConf,
    now: () => instantOf('2026-11-20', 12 * 60, opts.timeZone),
    timeZone: () => opts.timeZone,
    notify: () => {},
    chooseSavePath: async (name) => {
      asked.push(name);
      return savePath;
    },
  });
  storages.push(s);
  return s;
}

function fill(s: Storage) {
  const days = syntheticDays('2026-10-30', 4, opts, 9);
  for (const d of days) for (const e of d.events) s.journal.append(e);
  return days;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitwise-data-'));
  out = mkdtempSync(join(tmpdir(), 'sitwise-out-'));
  storages = [];
  savePath = null;
  asked = [];
});
afterEach(() => {
  for (const s of storages) s.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

describe('export', () => {
  it('writes one CSV row per day, from the first to the last day with events', async () => {
    const s = open();
    fill(s);
    savePath = join(out, 'days.csv');
    expect(await s.exportData({ format: 'csv' })).toEqual({ saved: true, path: savePath });
    expect(asked).toEqual(['sitwise-days-2026-11-20.csv']);
    const rows = readFileSync(savePath, 'utf8').trimEnd().split('\n');
    expect(rows[0]).toBe(csvColumns.join(','));
    expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual([
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
    ]);
    const first = s.summaries.day('2026-10-30');
    expect(rows[1]?.split(',').map(Number).slice(1, 3)).toEqual([first.sittingMin, first.standingMin]);
    // Written atomically: no temp file is left beside it.
    expect(readdirSync(out)).toEqual(['days.csv']);
  });

  it('writes the raw journal, set-aside lines and settings as JSON', async () => {
    const s = open();
    const days = fill(s);
    s.settings.update({ theme: 'dark' });
    writeFileSync(monthFile(join(dir, 'journal'), '2026-09'), 'hand edit\n');
    savePath = join(out, 'all.json');
    await s.exportData({ format: 'json' });
    const data = JSON.parse(readFileSync(savePath, 'utf8'));
    expect(data.format).toBe('sitwise-export');
    expect(data.formatVersion).toBe(2);
    expect(data.sections.settings.data.theme).toBe('dark');
    const journal = data.sections.journal;
    expect(Object.keys(journal.months)).toEqual(['2026-09', '2026-10', '2026-11']);
    const total = days.reduce((n, d) => n + d.events.length, 0);
    expect(journal.months['2026-10'].length + journal.months['2026-11'].length).toBe(total);
    expect(journal.months['2026-10'][0]).toEqual({ v: 1, seq: 1, rec: days[0]?.events[0] });
    expect(journal.setAside.map((l: { text: string }) => l.text)).toEqual(['hand edit']);
  });

  it('does nothing when the user cancels the save dialog', async () => {
    const s = open();
    fill(s);
    expect(await s.exportData({ format: 'json' })).toEqual({ saved: false, path: null });
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('delete all data', () => {
  it('removes the journal, cache and settings backups, resets settings, and keeps working', () => {
    writeFileSync(settingsFilePath(dir), '{ broken');
    const s = open();
    fill(s);
    s.settings.update({ theme: 'dark' });
    s.summaries.range('2026-10-30', '2026-11-02');
    expect(readdirSync(dir).some((f) => f.startsWith('settings.corrupt-'))).toBe(true);
    expect(s.deleteAllData({ confirm: 'delete all my data' })).toEqual({ deleted: true });
    expect(existsSync(join(dir, 'journal', '2026-10.jsonl'))).toBe(false);
    expect(existsSync(join(dir, 'cache'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('settings'))).toEqual(['settings.json']);
    expect(s.settings.get()).toEqual(defaultSettings);
    expect(s.summaries.day('2026-10-30').sittingMin).toBe(0);
    const [first] = syntheticDays('2026-11-20', 1, opts);
    expect(s.journal.append(first?.events[0] ?? { type: 'observed', at: 0, final: false })).toBe(1);
  });
});

describe('summary command line', () => {
  const cli = (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = run(
      args,
      (t) => (stdout += t),
      (t) => (stderr += t),
    );
    return { code, stdout, stderr };
  };

  it('prints the same summaries as the app and reports quarantined lines', () => {
    const s = open();
    fill(s);
    s.close();
    writeFileSync(join(dir, 'journal', '2026-10.jsonl'), 'torn', { flag: 'a' });
    const all = cli(['--data', dir]);
    expect(all.code).toBe(0);
    const days = JSON.parse(all.stdout);
    expect(days.map((d: { date: string }) => d.date)).toEqual([
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
      '2026-11-02',
    ]);
    expect(days[2]).toEqual(open().summaries.day('2026-11-01'));
    expect(all.stderr).toMatch(/1 line\(s\) quarantined/);
    const some = cli(['--data', dir, '--from', '2026-11-01', '--to', '2026-11-05']);
    expect(JSON.parse(some.stdout)).toHaveLength(5);
  });

  it('refuses bad arguments with exit code 2 and a clear message', () => {
    expect(cli([]).stderr).toMatch(/--data DIR is required/);
    expect(cli([]).code).toBe(2);
    expect(cli(['--data', join(dir, 'nope')]).code).toBe(2);
    expect(cli(['--data', dir, '--from', '2026-02-30x']).stderr).toMatch(/--from must be a date/);
    expect(cli(['--data', dir, '--from', '2026-11-05', '--to', '2026-11-01']).stderr).toMatch(
      /is after --to/,
    );
    expect(cli(['--data', dir, '--frm', '2026-11-05']).code).toBe(2);
  });
});

/**
 * Bounds at the edges: real calendar dates only, ranges and rollups of at most 5 years (and cheap at that
 * size), the last representable month, settings files with a byte-order mark or unknown keys.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { monthsBetween } from '../../../main/services/journal/format';
import type { SettingsStoreOptions, StoredSettings } from '../../../main/services/settings/store';
import { openStorage, type Storage } from '../../../main/services/storage';
import { noticeSchema } from '../../../shared/i18n/notices';
import type { Notice } from '../../../shared/ipc';
import { invokeChannels } from '../../../shared/ipc';
import { localDate } from '../../../shared/summary';
import { addDays } from '../../../shared/time';

const openConf = (o: SettingsStoreOptions) =>
  new Conf<StoredSettings>({ cwd: o.cwd, configName: o.name, schema: o.schema, defaults: o.defaults });

let dir: string;
let notices: Notice[];
let storage: Storage | null;
const open = () => {
  storage = openStorage({
    dataDir: dir,
    openSettingsStore: openConf,
    now: () => Date.parse('2026-11-20T12:00:00Z'),
    timeZone: () => 'Europe/Berlin',
    notify: (n) => notices.push(n),
    chooseSavePath: async () => null,
  });
  return storage;
};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitwise-bounds-'));
  notices = [];
  storage = null;
});
afterEach(() => {
  storage?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(localDate.safeParse('2026-02-31').success).toBe(false);
    expect(localDate.safeParse('2027-02-29').success).toBe(false);
    expect(localDate.safeParse('2026-04-31').success).toBe(false);
    expect(localDate.safeParse('2028-02-29').success).toBe(true);
    expect(localDate.safeParse('2026-12-31').success).toBe(true);
    expect(() => addDays('2026-02-31', 1)).toThrow(RangeError);
    const day = invokeChannels['summary.day'].request.safeParse({ date: '2026-02-30' });
    expect(day.success).toBe(false);
  });

  it('counts months to 9999-12 without running past it', () => {
    expect(monthsBetween('9999-11', '9999-12')).toEqual(['9999-11', '9999-12']);
  });
});

describe('ranges', () => {
  it('refuses rollups and ranges over 5 years at the contract and in the service', () => {
    const rollup = invokeChannels['summary.rollup'].request.safeParse({
      from: '1990-01-01',
      to: '2109-12-31',
      by: 'week',
    });
    expect(rollup.success).toBe(false);
    if (!rollup.success) expect(rollup.error.issues[0]?.message).toBe('a range may span at most 5 years');
    expect(
      invokeChannels['summary.rollup'].request.safeParse({ from: '2026-12-01', to: '2026-11-01', by: 'week' })
        .success,
    ).toBe(false);
    expect(() => open().summaries.rollup('1990-01-01', '2109-12-31', 'week')).toThrow(/at most 5 years/);
  });

  it('rolls up 5 years by week quickly, and serves the last month there is', () => {
    const s = open();
    const started = performance.now();
    const weeks = s.summaries.rollup('2021-11-21', '2026-11-20', 'week');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(weeks.length).toBeGreaterThan(260);
    const last = s.summaries.range('9999-12-01', '9999-12-31');
    expect(last).toHaveLength(31);
    expect(last[30]?.date).toBe('9999-12-31');
    expect(s.summaries.rollup('9999-12-01', '9999-12-31', 'month')).toHaveLength(1);
  });
});

describe('settings file edges', () => {
  it('reads a settings file that starts with a byte-order mark', () => {
    writeFileSync(join(dir, 'settings.json'), `\uFEFF${JSON.stringify({ schemaVersion: 2, theme: 'dark' })}`);
    expect(open().settings.get().theme).toBe('dark');
    expect(notices.filter((n) => n.kind === 'settings-reset')).toEqual([]);
  });

  it('reports unknown keys, top-level and nested (constructor too), and keeps them in the backup', () => {
    const raw = {
      schemaVersion: 2,
      theme: 'dark',
      constructor: 1,
      snooze: { minutes: 10, limit: 2, colour: 'red' },
    };
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(raw));
    const s = open();
    expect(s.settings.get().theme).toBe('dark');
    expect(s.settings.get().snooze.minutes).toBe(10);
    const reason = notices.find((n) => n.kind === 'settings-reset')?.reason;
    expect(reason).toMatchObject({ cause: 'invalid', reset: ['snooze.colour', 'constructor'] });
    const backup = readdirSync(dir).find((f) => f.startsWith('settings.invalid-'));
    expect(JSON.parse(readFileSync(join(dir, backup ?? ''), 'utf8'))).toEqual(raw);
  });

  it('a file with hundreds of unknown, long keys still gives a notice the window accepts', () => {
    const raw: Record<string, unknown> = { schemaVersion: 2 };
    for (let i = 0; i < 150; i++) raw[`${'k'.repeat(300)}${i}`] = i;
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(raw));
    open();
    const notice = notices.find((n) => n.kind === 'settings-reset');
    // The window drops a notice that fails its schema, so main keeps within it.
    expect(noticeSchema.safeParse(notice).success).toBe(true);
    expect(notice?.reason).toMatchObject({ cause: 'invalid' });
    expect(notice?.reason.code === 'settingsRecovered' && notice.reason.reset).toHaveLength(100);
  });
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTINGS_VERSION } from '../../../main/services/settings/migrations';
import {
  openSettings,
  type SettingsBackend,
  type SettingsStoreOptions,
  SettingsUpdateError,
  type StoredSettings,
  settingsFilePath,
  settingsStoreOptions,
} from '../../../main/services/settings/store';
import type { Notice } from '../../../shared/ipc';
import { defaultSettings } from '../../../shared/settings';
import { noticeWords } from '../helpers/notice-words';

const openConf = (o: SettingsStoreOptions): SettingsBackend =>
  new Conf<StoredSettings>({
    cwd: o.cwd,
    configName: o.name,
    schema: o.schema,
    defaults: o.defaults,
    clearInvalidConfig: o.clearInvalidConfig,
    accessPropertiesByDotNotation: o.accessPropertiesByDotNotation,
  });

let dir: string;
let notices: Notice[];
const NOW = Date.UTC(2026, 10, 5, 10, 15, 0);

const open = () =>
  openSettings({ dataDir: dir, open: openConf, now: () => NOW, notify: (n) => notices.push(n) });
const fileJson = (): Record<string, unknown> => JSON.parse(readFileSync(settingsFilePath(dir), 'utf8'));
const backups = () => readdirSync(dir).filter((f) => f.startsWith('settings.') && f !== 'settings.json');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitwise-settings-'));
  notices = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('settings service on conf', () => {
  it('starts from the defaults and writes a versioned file', () => {
    const service = open();
    expect(service.get()).toEqual(defaultSettings);
    expect(fileJson().schemaVersion).toBe(SETTINGS_VERSION);
    expect(notices).toEqual([]);
  });

  it('saves a valid update, merging nested objects, and keeps it across restarts', () => {
    const service = open();
    const changes: number[] = [];
    service.onChange((s) => changes.push(s.snooze.minutes));
    const next = service.update({ snooze: { minutes: 10 }, theme: 'dark' });
    expect(next.snooze).toEqual({ minutes: 10, limit: defaultSettings.snooze.limit });
    expect(changes).toEqual([10]);
    const reopened = open();
    expect(reopened.get().snooze.minutes).toBe(10);
    expect(reopened.get().theme).toBe('dark');
    expect(notices).toEqual([]);
  });

  it('refuses an update that breaks a rule, names the key and the rule, and changes nothing', () => {
    const service = open();
    const before = readFileSync(settingsFilePath(dir), 'utf8');
    const attempt = () => service.update({ snooze: { limit: 9 }, theme: 'dark' });
    expect(attempt).toThrow(SettingsUpdateError);
    try {
      attempt();
    } catch (error) {
      if (!(error instanceof SettingsUpdateError)) throw error;
      expect(error.issues.map((i) => i.path)).toEqual(['snooze.limit']);
      expect(error.issues).toEqual([
        { code: 'tooBigNumber', path: 'snooze.limit', maximum: 5, inclusive: true },
      ]);
    }
    expect(service.get().theme).toBe(defaultSettings.theme);
    expect(readFileSync(settingsFilePath(dir), 'utf8')).toBe(before);
  });

  it('refuses unknown keys and cross-field rules by name', () => {
    const service = open();
    expect(() => service.update({ volume: 3 })).toThrow(/unknownField/);
    expect(() => service.update({ workingHours: { ranges: [{ start: '18:00', end: '09:00' }] } })).toThrow(
      /workingHours\.ranges\.0 startAfterEnd/,
    );
  });

  it('moves a corrupt file aside, uses the defaults and tells the user once', () => {
    const damaged = '{"theme": "dark", "snooze": {"minu';
    writeFileSync(settingsFilePath(dir), damaged);
    const service = open();
    expect(service.get()).toEqual(defaultSettings);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.kind).toBe('settings-reset');
    expect(notices[0]?.reason).toMatchObject({ code: 'settingsRecovered', cause: 'damaged', faults: [] });
    expect(noticeWords(notices[0])).toMatch(/^The settings file is damaged, so Sitwise is using its default/);
    const kept = backups();
    expect(kept).toEqual(['settings.corrupt-2026-11-05T10-15-00-000Z.json']);
    expect(readFileSync(join(dir, kept[0] ?? ''), 'utf8')).toBe(damaged);
    expect(noticeWords(notices[0])).toContain(kept[0]);
    open();
    expect(notices).toHaveLength(1);
  });

  it('keeps the valid keys of a file with a broken value and names the key it reset', () => {
    writeFileSync(
      settingsFilePath(dir),
      JSON.stringify({
        ...defaultSettings,
        schemaVersion: SETTINGS_VERSION,
        theme: 'dark',
        idleSampleSec: 1,
      }),
    );
    const service = open();
    expect(service.get().theme).toBe('dark');
    expect(service.get().idleSampleSec).toBe(defaultSettings.idleSampleSec);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.reason).toMatchObject({ cause: 'invalid', reset: ['idleSampleSec'] });
    expect(noticeWords(notices[0])).toContain('Set back to their defaults: idleSampleSec.');
    expect(backups()).toHaveLength(1);
  });

  it('migrates a version 1 file (schedule as a bare preset id) without a reset notice', () => {
    const v1 = {
      schedule: 'cornell',
      customSchedule: { sitMin: 40, standMin: 10, moveMin: 3 },
      theme: 'light',
    };
    writeFileSync(settingsFilePath(dir), JSON.stringify(v1));
    const service = open();
    expect(service.get().schedule).toEqual({
      preset: 'cornell',
      custom: { sitMin: 40, standMin: 10, moveMin: 3 },
    });
    expect(service.get().theme).toBe('light');
    expect(notices).toEqual([]);
    expect(fileJson().schemaVersion).toBe(SETTINGS_VERSION);
    expect(fileJson()).not.toHaveProperty('customSchedule');
    const kept = backups();
    expect(kept).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, kept[0] ?? ''), 'utf8'))).toEqual(v1);
  });

  it('keeps a copy of a file from a newer version and says so', () => {
    const newer = { ...defaultSettings, schemaVersion: SETTINGS_VERSION + 1, theme: 'dark', futureKey: 1 };
    writeFileSync(settingsFilePath(dir), JSON.stringify(newer));
    const service = open();
    expect(service.get().theme).toBe('dark');
    expect(noticeWords(notices[0])).toMatch(/newer version/);
    expect(JSON.parse(readFileSync(join(dir, backups()[0] ?? ''), 'utf8'))).toEqual(newer);
  });

  it('passes the JSON schema to the store, which refuses an invalid write on its own', () => {
    open();
    const backend = openConf(settingsStoreOptions(dir));
    expect(() => {
      backend.store = { ...defaultSettings, schemaVersion: SETTINGS_VERSION, idleSampleSec: 2 };
    }).toThrow(/idleSampleSec/);
    expect(open().get().idleSampleSec).toBe(defaultSettings.idleSampleSec);
  });

  it('refuses a store that opened another file than the one it checked', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'sitwise-other-'));
    try {
      const wrong = (o: SettingsStoreOptions) => openConf({ ...o, cwd: elsewhere });
      expect(() => openSettings({ dataDir: dir, open: wrong, now: () => NOW, notify: () => {} })).toThrow(
        /expected .*settings\.json/,
      );
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

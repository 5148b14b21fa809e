/**
 * Start-up never dies on file-system damage: the app starts with a clear notice and keeps tracking; the
 * summary command prints one line per problem and exits 2, never a stack trace.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../../main/app';
import { run as summaryCli } from '../../../main/cli/summary';
import type { Notice } from '../../../shared/ipc';
import { FakeClock } from '../../host/fake-clock';
import { createHostPlatform } from '../../host/platform';
import { noticeWords } from '../helpers/notice-words';
import { FaultyFs, under } from '../services/helpers/faulty-fs';

const START = Date.parse('2026-11-23T09:00:00Z');
const MIN = 60_000;
const dirs: string[] = [];

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitwise-damage-'));
  dirs.push(dir);
  return dir;
}

async function startOn(
  dir: string,
  fs?: FaultyFs,
): Promise<{ app: App; clock: FakeClock; notices: () => Promise<Notice[]> }> {
  const clock = new FakeClock(START);
  const host = createHostPlatform({ clock, dataDir: dir, version: '0.0.0-test', timeZone: 'Europe/London' });
  const errors: unknown[] = [];
  const app = createApp(host.platform, { onError: (e) => errors.push(e), ...(fs ? { fs } : {}) });
  await app.start();
  await clock.advance(20 * MIN);
  // Tracking goes on: the same timers are armed as on a healthy folder, and nothing escaped as an error.
  expect(clock.pendingTimers()).toBe(await healthyTimers());
  expect(errors).toEqual([]);
  const notices = async () => {
    const result = await app.dispatch('notices.get', undefined);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as Notice[];
  };
  return { app, clock, notices };
}

let healthy: number | null = null;
/** Timers an app on an empty, healthy folder has armed 20 minutes after start (engine, reminders). */
async function healthyTimers(): Promise<number> {
  if (healthy !== null) return healthy;
  const clock = new FakeClock(START);
  const host = createHostPlatform({
    clock,
    dataDir: folder(),
    version: '0.0.0-test',
    timeZone: 'Europe/London',
  });
  const app = createApp(host.platform);
  await app.start();
  await clock.advance(20 * MIN);
  healthy = clock.pendingTimers();
  await app.stop();
  return healthy;
}

const damagedMonth = (dir: string) => {
  mkdirSync(join(dir, 'journal'), { recursive: true });
  writeFileSync(join(dir, 'journal', '2026-11.jsonl'), 'this line is damaged\n');
};

describe('start-up on a damaged data folder', () => {
  it('starts when a month path is a folder, says so, and refuses to pretend it saved', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'journal', '2026-11.jsonl'), { recursive: true });
    const { app, notices } = await startOn(dir);
    const list = await notices();
    expect(list.map((n) => n.kind)).toContain('journal-unreadable');
    const unreadable = list.find((n) => n.kind === 'journal-unreadable');
    expect(unreadable?.reason).toEqual({ code: 'journalUnreadable', month: '2026-11', errno: 'EISDIR' });
    expect(noticeWords(unreadable)).toBe(
      'Your sitting and standing record for November 2026 could not be read (a folder is where a file should be); its days are left out until it can be.',
    );
    expect(noticeWords(list.find((n) => n.kind === 'save-failed'))).toMatch(
      new RegExp(`^Sitwise cannot save to ${dir}: `),
    );
    const act = await app.dispatch('state.act', { action: 'stand' });
    expect(act.ok).toBe(false);
    expect(app.cannotSave).toBeNull();
    await app.stop();
  });

  it('starts when a month file cannot be read', async () => {
    const dir = folder();
    damagedMonth(dir);
    const fs = new FaultyFs();
    fs.inject({
      code: 'EACCES',
      calls: ['read', 'open'],
      path: (p) => p.endsWith('2026-11.jsonl') && !p.includes('quarantine'),
    });
    const { app, notices } = await startOn(dir, fs);
    const unreadable = (await notices()).find((n) => n.kind === 'journal-unreadable');
    expect(noticeWords(unreadable)).toContain('(permission denied)');
    expect(noticeWords(unreadable, 'de')).toBe(
      'Deine Sitz- und Stehaufzeichnung für November 2026 ließ sich nicht lesen (keine Berechtigung); ihre Tage fehlen, bis sie wieder lesbar ist.',
    );
    await app.stop();
  });

  it('starts when quarantine/ cannot be written and a line is damaged; the line stays where it is', async () => {
    const dir = folder();
    damagedMonth(dir);
    const fs = new FaultyFs();
    fs.inject({
      code: 'EACCES',
      calls: ['mkdir', 'open', 'write'],
      path: under(join(dir, 'journal', 'quarantine')),
    });
    const { app, notices } = await startOn(dir, fs);
    expect((await notices()).map((n) => noticeWords(n)).join('\n')).toContain(
      '1 damaged line in your sitting and standing record for November 2026 could not be set aside (permission denied); it stays in the file',
    );
    await app.stop();
  });

  it('starts on corrupt settings in a read-only folder: defaults in memory, the file untouched, a dialog flag', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'settings.json'), '{ not json');
    const fs = new FaultyFs();
    fs.readOnlyFolder(dir);
    const { app, notices } = await startOn(dir, fs);
    const settingsNotice = (await notices()).find((n) => n.kind === 'settings-reset');
    expect(settingsNotice?.reason).toEqual({
      code: 'settingsRecovered',
      cause: 'damaged',
      reset: [],
      faults: [{ step: 'setAside', errno: 'EACCES' }],
      backup: null,
    });
    expect(noticeWords(settingsNotice)).toContain('The file could not be set aside (permission denied)');
    expect(app.cannotSave).toEqual({ folder: dir, errno: 'EACCES' });
    const update = await app.dispatch('settings.update', { snooze: { minutes: 7 } });
    expect(update.ok).toBe(false);
    // The refusal crosses as a code with the system's; the message is the English diagnostic.
    if (!update.ok) {
      expect(update.error.reason).toEqual({ code: 'cannotSave', folder: dir, errno: 'EACCES' });
      expect(update.error.message).toMatch(/^Sitwise cannot save to /);
    }
    await app.stop();
  });
});

describe('the summary command on a damaged folder', () => {
  it('prints one line per problem and exits 2, never a stack trace', () => {
    const dir = folder();
    mkdirSync(join(dir, 'journal', '2026-11.jsonl'), { recursive: true });
    mkdirSync(join(dir, 'journal'), { recursive: true });
    writeFileSync(join(dir, 'journal', '2026-10.jsonl'), 'damaged\n');
    // quarantine/ is a file: the damaged line cannot be set aside.
    writeFileSync(join(dir, 'journal', 'quarantine'), '');
    const err: string[] = [];
    const code = summaryCli(
      ['--data', dir],
      () => {},
      (t) => err.push(t),
    );
    expect(code).toBe(2);
    const text = err.join('');
    expect(text).toContain(
      'summary: the journal for 2026-11 could not be read: a folder is where a file should be (EISDIR)\n',
    );
    expect(text).toMatch(/summary: damaged lines in the journal for 2026-10 could not be set aside: /);
    expect(text).not.toMatch(/\n\s+at /);
  });
});

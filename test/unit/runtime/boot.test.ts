/**
 * Boots the built main bundle (out/main/index.js) under Node with `electron` resolved to a strict fake
 * (boot/fake-electron.ts, checked against electron.d.ts) and drives one run: start, protocol, IPC, tray,
 * second launch, a lunch with the lid closed, quit. The per-adapter tests mock Electron one adapter at a
 * time; this is the test that proves they fit together. What only a real desktop can show is listed in
 * docs/desktop.md.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { invokeChannelNames } from '../../../shared/ipc';
import { builtMain, projectRoot, readBuilt } from './built';

const HOUR = 3_600_000;

interface Observed {
  beforeReady: {
    switches: unknown[];
    privileged: unknown[];
    sandbox: boolean;
    lockAsked: boolean;
    windows: number;
  };
  protocolAnswers: Record<string, { status: number; csp: boolean; type: string | null }>;
  cspHeaderHook: boolean;
  channels: string[];
  senders: Record<string, string>;
  trayIds: (string | null)[];
  dashboard: { url: string; webPreferences: Record<string, unknown>; preloadExists: boolean } | null;
  afterSnack: { posture: string; windows: string[] };
  afterSecond: string;
  paused: boolean;
  resumed: boolean;
  shortcuts: { heldByDefault: number; status: unknown; afterShortcut: string; heldWhenOff: number };
  calendar: { status: string; requests: number };
  lunch: {
    suspendAt: number;
    presence: string;
    boutStartedAt: number;
    nextPromptDueAt: number;
    awayMin: number;
  };
  quit: { held: number; exited: unknown; trayDestroyed: boolean; journalAtTrayDestroyed: string[] | null };
  shutdownPrevented: boolean;
  journalTypes: string[];
  clockEvents: unknown[];
  mismatches: string[];
  errors: string[];
}

function boot(): Observed {
  readBuilt(builtMain);
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      './test/unit/runtime/boot/register.mjs',
      'test/unit/runtime/boot/drive.ts',
    ],
    { cwd: projectRoot, encoding: 'utf8', timeout: 90_000, env: { ...process.env, TZ: 'UTC' } },
  );
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !last.startsWith('{')) {
    throw new Error(`the boot run failed (exit ${run.status}):\n${run.stderr}\n${run.stdout}`);
  }
  return JSON.parse(last);
}

describe('the built main bundle on a strict fake of Electron', () => {
  const seen = boot();

  it('offers only members electron.d.ts declares, with the declared parameter counts, and logs no error', () => {
    expect(seen.mismatches).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  it('before ready: the chosen language for Chromium, single-instance lock, sandbox, privileged app:// scheme, no window', () => {
    expect(seen.beforeReady).toEqual({
      // Saved locale "de", an English system (the fake's getPreferredSystemLanguages): German's default region.
      switches: [['lang', 'de-DE']],
      privileged: [
        {
          scheme: 'app',
          privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
        },
      ],
      sandbox: true,
      lockAsked: true,
      windows: 0,
    });
  });

  it('serves the renderer with the CSP header and refuses traversal and other hosts', () => {
    expect(seen.protocolAnswers['app://sitwise/index.html']).toEqual({
      status: 200,
      csp: true,
      type: 'text/html; charset=utf-8',
    });
    expect(seen.protocolAnswers['app://sitwise/']?.status).toBe(200);
    for (const url of [
      'app://sitwise/..%2f..%2fpackage.json',
      'app://sitwise/%2e%2e%2f%2e%2e%2fpackage.json',
      'app://elsewhere/index.html',
    ]) {
      expect(seen.protocolAnswers[url], url).toEqual({ status: 403, csp: true, type: null });
    }
    expect(seen.protocolAnswers['app://sitwise/assets/../../../package.json']?.status).toBe(404);
    expect(seen.cspHeaderHook).toBe(true);
  });

  it('handles every invoke channel of the contract and no other; only the app main frame may call', () => {
    expect(seen.channels).toEqual([...invokeChannelNames].sort());
    expect(seen.senders).toEqual({
      app: 'ok',
      otherOrigin: 'forbidden-sender',
      subFrame: 'forbidden-sender',
      nullFrame: 'forbidden-sender',
    });
  });

  it('opens windows with secure web preferences and a preload that exists', () => {
    expect(seen.dashboard?.url).toBe('app://sitwise/index.html');
    expect(seen.dashboard?.preloadExists).toBe(true);
    expect(seen.dashboard?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('tray items do what they say; a second launch with --stand stands', () => {
    expect(seen.trayIds).toEqual(expect.arrayContaining(['open', 'snack', 'pause-30', 'resume', 'quit']));
    expect(seen.afterSnack).toEqual({
      posture: 'moving',
      windows: ['app://sitwise/index.html', 'app://sitwise/prompt.html'],
    });
    expect(seen.afterSecond).toBe('standing');
    expect(seen.paused).toBe(true);
    expect(seen.resumed).toBe(true);
  });

  it('global shortcuts: none by default; keys taken by another app are reported; a pressed shortcut acts', () => {
    expect(seen.shortcuts).toEqual({
      heldByDefault: 0,
      status: { stand: 'registered', sit: 'taken', snack: 'registered', pause: 'registered' },
      afterShortcut: 'standing',
      heldWhenOff: 0,
    });
  });

  it('the calendar is off by default and nothing goes over the network', () => {
    expect(seen.calendar).toEqual({ status: 'off', requests: 0 });
  });

  it('a lunch with the lid closed is an hour away: the bout starts at resume, the stand prompt 30 min later', () => {
    const { lunch } = seen;
    expect(lunch.presence).toBe('present');
    expect(lunch.boutStartedAt - lunch.suspendAt).toBeGreaterThanOrEqual(HOUR);
    expect(lunch.boutStartedAt - lunch.suspendAt).toBeLessThan(HOUR + 5_000);
    expect(lunch.nextPromptDueAt - lunch.boutStartedAt).toBe(HOUR / 2);
    expect(lunch.awayMin).toBe(60);
    expect(seen.clockEvents).toEqual([]);
  });

  it('quit holds before-quit until the journal is flushed and the tray is gone; OS shutdown is held too', () => {
    expect(seen.quit.held).toBe(1);
    expect(seen.quit.exited).toBe('quit');
    expect(seen.quit.trayDestroyed).toBe(true);
    // When the tray went, the journal already held the whole run, ending with the final observation.
    expect(seen.quit.journalAtTrayDestroyed).toEqual(seen.journalTypes);
    expect(seen.journalTypes).toEqual(
      expect.arrayContaining(['day', 'snack-start', 'pause', 'resume', 'away', 'natural-break', 'present']),
    );
    expect(seen.journalTypes.at(-1)).toBe('observed');
    expect(seen.shutdownPrevented).toBe(true);
  });
});

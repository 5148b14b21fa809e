/**
 * Boots the built main bundle (out/main/index.js) under Node with `electron` resolved to the strict fake,
 * drives one run of the app the way a user and the OS would, and prints what it observed as JSON on the
 * last line of stdout. Run by boot.test.ts as:
 *   node --import tsx --import ./test/unit/runtime/boot/register.mjs test/unit/runtime/boot/drive.ts
 * Time: Date.now and performance.now are shifted (a lunch with the lid closed moves the wall and boot
 * clocks by an hour, not the monotonic one, as on Linux and macOS); timers stay real.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serializeSettings, toStored } from '../../../../main/services/settings/recovery';
import { defaultSettings } from '../../../../shared/settings';
import { declaredMember } from './electron-dts';
import {
  control,
  type FakeMenuItem,
  globalShortcutState,
  isDestroyedFake,
  netRequests,
  registry,
  S,
  webRequestState,
} from './fake-electron';
import { bootShift } from './fake-os.mjs';

const START = Date.parse('2026-11-23T09:09:30Z');
const HOUR = 3_600_000;
const realNow = Date.now;
const realPerf = performance.now.bind(performance);
const shift = { wall: START - realNow(), mono: 0 };
Date.now = () => realNow() + shift.wall;
performance.now = () => realPerf() + shift.mono;

const errors: string[] = [];
console.error = (...args: unknown[]) => {
  errors.push(args.map(String).join(' '));
};
process.on('unhandledRejection', (reason) => errors.push(`unhandled: ${String(reason)}`));

const userData = mkdtempSync(join(tmpdir(), 'sitwise-boot-'));
control.userData = userData;
process.env.XDG_CONFIG_HOME = join(userData, 'xdg');
// German chosen in an earlier run: Chromium must start in its locale (time fields' clock), before ready.
writeFileSync(
  join(userData, 'settings.json'),
  serializeSettings(toStored({ ...defaultSettings, locale: 'de' })),
);
process.argv = [process.execPath];

const settle = async (until: () => boolean, what: string): Promise<void> => {
  const deadline = realNow() + 5000;
  while (!until()) {
    if (realNow() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};
const tick = () => new Promise((r) => setTimeout(r, 20));

const main = resolve('out/main/index.js');
await import(pathToFileURL(main).href);
const beforeReady = {
  switches: control.switches,
  privileged: control.privileged,
  sandbox: control.sandboxEnabled,
  lockAsked: control.singleInstanceLockAsked,
  windows: control.windows.length,
};

control.makeReady();
await settle(() => control.trays.length > 0 && control.invokeHandlers.size > 0, 'the app to start');
await tick();

// The app:// protocol.
const serve = control.protocolHandlers.get('app');
const protocolAnswers: Record<string, { status: number; csp: boolean; type: string | null }> = {};
for (const url of [
  'app://sitwise/index.html',
  'app://sitwise/',
  'app://sitwise/..%2f..%2fpackage.json',
  'app://sitwise/%2e%2e%2f%2e%2e%2fpackage.json',
  'app://sitwise/assets/../../../package.json',
  'app://elsewhere/index.html',
]) {
  const response = serve ? await serve(new Request(url)) : new Response(null, { status: 599 });
  protocolAnswers[url] = {
    status: response.status,
    csp:
      (response.headers.get('content-security-policy') ?? '').includes("default-src 'none'") ||
      (response.headers.get('content-security-policy') ?? '').includes('default-src'),
    type: response.headers.get('content-type'),
  };
}
const cspHeaderHook = webRequestState[S].headers !== null;

// IPC: one handler per channel; only the app's own main frame may call.
type Handler = (event: unknown, payload?: unknown) => Promise<unknown>;
const handler = (channel: string): Handler => {
  const h = control.invokeHandlers.get(channel);
  if (!h) throw new Error(`no handler for ${channel}`);
  return h;
};
const trusted = { url: 'app://sitwise/index.html' };
const asApp = { senderFrame: trusted, sender: { mainFrame: trusted } };
const invoke = async (channel: string, payload?: unknown) => {
  const result = (await handler(channel)(asApp, payload)) as {
    ok: boolean;
    value?: unknown;
    error?: unknown;
  };
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as Record<string, unknown>;
};
const code = async (event: unknown) => {
  const result = (await handler('app.getInfo')(event, undefined)) as {
    ok: boolean;
    error?: { code: string };
  };
  return result.ok ? 'ok' : (result.error?.code ?? 'error');
};
const other = { url: 'https://evil.example/' };
const senders = {
  app: await code(asApp),
  otherOrigin: await code({ senderFrame: other, sender: { mainFrame: other } }),
  subFrame: await code({ senderFrame: { url: 'app://sitwise/index.html' }, sender: { mainFrame: trusted } }),
  nullFrame: await code({ senderFrame: null, sender: { mainFrame: trusted } }),
};
const channels = [...control.invokeHandlers.keys()].sort();

// The tray.
const tray = control.trays[0];
const items = (): FakeMenuItem[] => {
  const flat: FakeMenuItem[] = [];
  const walk = (list: FakeMenuItem[]) => {
    for (const item of list) {
      flat.push(item);
      if (item.submenu) walk(item.submenu);
    }
  };
  walk(tray?.[S].menu?.items ?? []);
  return flat;
};
const click = async (id: string) => {
  const item = items().find((i) => i.id === id);
  if (!item?.click) throw new Error(`tray item ${id} has no action`);
  item.click();
  await tick();
};
const trayIds = items().map((i) => i.id);

await click('open');
const dashboard = control.windows[0];
const dashboardSeen = dashboard
  ? {
      url: dashboard[S].url,
      webPreferences: dashboard[S].options.webPreferences,
      preloadExists: existsSync(String(Reflect.get(Object(dashboard[S].options.webPreferences), 'preload'))),
      visible: dashboard[S].visible,
    }
  : null;

await click('snack');
const afterSnack = {
  posture: (await invoke('state.get')).posture,
  windows: control.windows.map((w) => w[S].url),
};
await invoke('state.act', { action: 'snack-stop' });

control.appEvents.emit(
  'second-instance',
  { preventDefault() {} },
  ['--stand', '/usr/bin/sitwise', '--no-sandbox'],
  '/',
  {},
);
await tick();
const afterSecond = (await invoke('state.get')).posture;

await click('pause-30');
const paused = (await invoke('state.get')).pausedUntil !== null;
await click('resume');
const resumed = (await invoke('state.get')).pausedUntil === null;
await invoke('state.act', { action: 'sit' });

// Global shortcuts: none held by default; turned on with the sit keys taken by another app, the stand
// keys stand; turned off, every key is released.
const heldByDefault = globalShortcutState[S].held.size;
globalShortcutState[S].taken.add('CommandOrControl+Alt+Down');
await invoke('settings.update', { shortcuts: { enabled: true } });
const shortcutStatus = await invoke('shortcuts.status');
globalShortcutState[S].held.get('CommandOrControl+Alt+Up')?.();
await tick();
const afterShortcut = (await invoke('state.get')).posture;
await invoke('settings.update', { shortcuts: { enabled: false } });
const shortcuts = {
  heldByDefault,
  status: shortcutStatus,
  afterShortcut,
  heldWhenOff: globalShortcutState[S].held.size,
};
await invoke('state.act', { action: 'sit' });
// The calendar is off by default: nothing is fetched.
const calendar = { status: (await invoke('calendar.status')).state, requests: netRequests.length };

// Lunch with the lid closed: an hour asleep, the monotonic clock stopped (Linux, macOS).
const suspendAt = Date.now();
control.powerEvents.emit('suspend');
await tick();
shift.wall += HOUR;
bootShift.ms += HOUR;
control.powerEvents.emit('resume');
await tick();
const lunchState = await invoke('state.get');
const lunchDay = await invoke('summary.day', { date: '2026-11-23' });
const lunch = {
  suspendAt,
  presence: lunchState.presence,
  boutStartedAt: lunchState.boutStartedAt,
  nextPromptDueAt: Reflect.get(Object(lunchState.nextPrompt), 'dueAt'),
  awayMin: lunchDay.awayMin,
};

// Quit from the tray: held until the journal is flushed and the tray is gone.
const journalDir = join(userData, 'journal');
const journalLines = () =>
  existsSync(journalDir)
    ? readdirSync(journalDir)
        .filter((f) => f.endsWith('.jsonl'))
        .flatMap((f) => readFileSync(join(journalDir, f), 'utf8').trim().split('\n'))
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l).rec as { type: string; final?: boolean })
    : [];
let atTrayDestroyed: { type: string; final?: boolean }[] | null = null;
control.onTrayDestroyed = () => {
  atTrayDestroyed = journalLines();
};
await click('quit');
await settle(() => control.exited !== false, 'the app to exit');
const shutdownEvent = {
  defaultPrevented: false,
  preventDefault() {
    shutdownEvent.defaultPrevented = true;
  },
};
control.powerEvents.emit('shutdown', shutdownEvent);

// Every member the fake offered, against electron.d.ts.
const mismatches: string[] = [];
for (const entry of registry) {
  for (const key of Reflect.ownKeys(entry.target)) {
    if (typeof key === 'symbol') continue;
    const declared = declaredMember(entry.typeName, key, entry.kind);
    if (!declared) {
      mismatches.push(`${entry.path}.${key}: not in electron.d.ts (${entry.typeName})`);
      continue;
    }
    const value = Reflect.get(entry.target, key);
    if (
      typeof value === 'function' &&
      key !== 'constructor' &&
      declared.length > 0 &&
      !declared.includes(value.length)
    )
      mismatches.push(
        `${entry.path}.${key}: ${value.length} parameters, electron.d.ts has ${declared.join('/')}`,
      );
    if (key === 'constructor' && typeof value === 'function' && !declared.includes(value.length))
      mismatches.push(
        `${entry.path} constructor: ${value.length} parameters, electron.d.ts has ${declared.join('/')}`,
      );
  }
  // Prototype methods (classes) are members too.
  const proto = Object.getPrototypeOf(entry.target);
  if (entry.kind === 'instance' && proto && proto !== Object.prototype) {
    for (let p = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
      for (const key of Object.getOwnPropertyNames(p)) {
        if (key === 'constructor') continue;
        const declared = declaredMember(entry.typeName, key, 'instance');
        const value = Reflect.get(p, key);
        if (!declared) mismatches.push(`${entry.path}.${key}: not in electron.d.ts (${entry.typeName})`);
        else if (typeof value === 'function' && declared.length > 0 && !declared.includes(value.length))
          mismatches.push(
            `${entry.path}.${key}: ${value.length} parameters, electron.d.ts has ${declared.join('/')}`,
          );
      }
    }
  }
}

const finalJournal = journalLines();
console.log(
  JSON.stringify({
    beforeReady,
    protocolAnswers,
    cspHeaderHook,
    channels,
    senders,
    trayIds,
    dashboard: dashboardSeen,
    afterSnack,
    afterSecond,
    paused,
    resumed,
    shortcuts,
    calendar,
    lunch,
    quit: {
      held: control.quitHeld,
      exited: control.exited,
      trayDestroyed: control.trays.length > 0 && control.trays.every((t) => isDestroyedFake(t)),
      journalAtTrayDestroyed:
        atTrayDestroyed === null ? null : (atTrayDestroyed as { type: string }[]).map((e) => e.type),
    },
    shutdownPrevented: shutdownEvent.defaultPrevented,
    journalTypes: finalJournal.map((e) => e.type),
    clockEvents: finalJournal.filter((e) => e.type === 'clock'),
    mismatches,
    errors,
  }),
);
process.exit(0);

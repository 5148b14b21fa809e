/**
 * The Electron bootstrap: one instance, secure defaults for every window and session, the renderer served
 * from `app://sitwise/`, the IPC contract behind a sender check, the tray, reminders, and a graceful quit
 * that flushes the journal. Everything else is `createApp` on the Electron platform.
 */
import { fileURLToPath } from 'node:url';
import { app, ipcMain, powerMonitor, protocol, session, shell } from 'electron';
import type { InvokeChannel, RequestOf } from '../shared/ipc';
import { settingsSchema } from '../shared/settings';
import { daySummarySchema } from '../shared/summary';
import { type App, createApp } from './app';
import { APP_ORIGIN } from './ipc/sender';
import { hardenSession, hardenWebContents, isExternalLink } from './platform/electron/hardening';
import { registerIpc } from './platform/electron/ipc';
import { createElectronPlatform, type ElectronPlatform, timeZone } from './platform/electron/platform';
import { appScheme, registerAppProtocol } from './platform/electron/protocol';
import { CSP, devCsp } from './shell/app-protocol';
import { argsOf, parseCli } from './shell/cli';
import type { ShellCommand } from './shell/commands';
import { createReminderScheduler, type ReminderScheduler } from './shell/reminders';

/** Windows groups notifications and taskbar entries by this id; electron-builder.yml uses the same appId. */
export const APP_ID = 'org.sitwise.app';

// electron-vite sets ELECTRON_RENDERER_URL in development only; a packaged app never trusts a dev server.
const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const trustedOrigins = devServer ? [APP_ORIGIN, new URL(devServer).origin] : [APP_ORIGIN];
const csp = devServer ? devCsp(new URL(devServer).origin) : CSP;
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const preload = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

const log = (error: unknown): void => {
  console.error('[sitwise]', error instanceof Error ? error.message : error);
};

// Must happen before `ready`: makes app:// a standard, secure origin (fetch, storage, CSP 'self').
protocol.registerSchemesAsPrivileged([appScheme]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // The running instance receives our arguments through 'second-instance'.
  app.quit();
} else {
  boot();
}

function boot(): void {
  let sitwise: App | null = null;
  let electron: ElectronPlatform | null = null;
  let reminders: ReminderScheduler | null = null;
  let quitting: 'no' | 'stopping' | 'done' = 'no';
  const queued: ShellCommand[] = [];

  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  // Packaged macOS builds set LSUIElement; this covers development runs.
  if (process.platform === 'darwin') app.dock?.hide();

  /** Calls the app through the same validated router the pages use; failures become errors. */
  async function call<C extends InvokeChannel>(channel: C, payload?: RequestOf<C>): Promise<unknown> {
    if (!sitwise) throw new Error('Sitwise is still starting.');
    const result = await sitwise.dispatch(channel, payload);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }
  const readSettings = async () => settingsSchema.parse(await call('settings.get'));

  async function run(command: ShellCommand): Promise<void> {
    if (!sitwise || !electron) {
      queued.push(command);
      return;
    }
    switch (command.kind) {
      case 'act':
        await call('state.act', command.action);
        // The movement-snack player lives in the prompt window.
        if (command.action.action === 'snack-start') electron.windows.openPrompt();
        return;
      case 'open':
        electron.windows.openDashboard(command.screen);
        return;
      case 'open-prompt':
        electron.windows.openPrompt();
        return;
      case 'flare':
        await call('pacing.flare', { on: command.on });
        return;
      case 'quit':
        app.quit();
        return;
    }
  }

  const openDashboard: ShellCommand = { kind: 'open' };
  function runAll(args: readonly string[], secondLaunch: boolean): void {
    const parsed = parseCli(args);
    for (const error of parsed.errors) log(new Error(`Command line: ${error}`));
    // A plain second launch opens the window: tray icons are hidden on some desktops.
    const commands =
      secondLaunch && parsed.commands.length === 0 && parsed.errors.length === 0
        ? [openDashboard]
        : parsed.commands;
    for (const command of commands) run(command).catch(log);
  }

  app.on('second-instance', (_event, argv) => runAll(argsOf(argv, process.defaultApp === true), true));
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (url) => {
      if (isExternalLink(url)) shell.openExternal(url).catch(log);
    });
  });
  // Closing the last window keeps Sitwise in the tray.
  app.on('window-all-closed', () => {});
  app.on('before-quit', (event) => {
    if (quitting === 'done') return;
    event.preventDefault();
    if (quitting === 'stopping') return;
    quitting = 'stopping';
    shutdown()
      .catch(log)
      .finally(() => {
        quitting = 'done';
        app.quit();
      });
  });
  process.on('SIGTERM', () => app.quit());

  async function shutdown(): Promise<void> {
    reminders?.stop();
    // Flushes the journal; the tray goes last so the app stays reachable until then.
    await sitwise?.stop();
    electron?.dispose();
  }

  async function start(): Promise<void> {
    hardenSession(session.defaultSession, csp);
    registerAppProtocol(protocol, rendererDir, csp);
    powerMonitor.on('shutdown', () => app.quit());

    electron = createElectronPlatform({
      preload,
      devServer,
      onCommand: (command) => {
        run(command).catch(log);
      },
      onSettings: () => {
        reminders?.reschedule().catch(log);
      },
      onError: log,
    });
    sitwise = createApp(electron.platform);
    registerIpc(ipcMain, sitwise.dispatch, trustedOrigins);
    await sitwise.start();
    electron.setSettings(await readSettings());

    reminders = createReminderScheduler({
      clock: electron.platform.clock,
      notifier: electron.platform.notifier,
      timeZone,
      settings: readSettings,
      summary: async (date) => daySummarySchema.parse(await call('summary.day', { date })),
      checkinPending: async () => {
        const status = await call('checkin.get');
        return typeof status === 'object' && status !== null && Reflect.get(status, 'done') === null;
      },
      open: (screen) => electron?.windows.openDashboard(screen),
      onError: log,
    });
    await reminders.reschedule();
    powerMonitor.on('resume', () => {
      reminders?.reschedule().catch(log);
    });

    for (const command of queued.splice(0)) await run(command);
  }

  runAll(argsOf(process.argv, process.defaultApp === true), false);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log(error);
      app.exit(1);
    });
}

/**
 * The Electron bootstrap, and only that: one instance, secure defaults for every window and session, the
 * renderer served from `app://sitwise/`, the IPC contract behind a sender check, and a graceful quit (and
 * OS shutdown) that holds until the journal is flushed. Everything else — commands from the tray,
 * notifications, the command line and a second launch, reminders — is `createApp` on the Electron platform.
 */
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, powerMonitor, protocol, session, shell } from 'electron';
import { settingsSchema } from '../shared/settings';
import { type App, createApp } from './app';
import { APP_ORIGIN } from './ipc/sender';
import { hardenSession, hardenWebContents, isExternalLink } from './platform/electron/hardening';
import { registerIpc } from './platform/electron/ipc';
import { createElectronPlatform, type ElectronPlatform } from './platform/electron/platform';
import { appScheme, registerAppProtocol } from './platform/electron/protocol';
import { applyUiLocale } from './platform/electron/ui-locale';
import { CSP, devCsp } from './shell/app-protocol';
import { argsOf } from './shell/cli';
import { cannotSaveDialog } from './shell/startup-dialog';

/** Windows groups notifications and taskbar entries by this id; electron-builder.yml uses the same appId. */
export const APP_ID = 'org.sitwise.app';

// electron-vite sets ELECTRON_RENDERER_URL in development only; a packaged app never trusts a dev server.
const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const trustedOrigins = devServer ? [APP_ORIGIN, new URL(devServer).origin] : [APP_ORIGIN];
const csp = devServer ? devCsp(new URL(devServer).origin) : CSP;
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const preload = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

const isPreventable = (value: unknown): value is { preventDefault(): void } =>
  typeof value === 'object' && value !== null && typeof Reflect.get(value, 'preventDefault') === 'function';

const log = (error: unknown): void => {
  console.error('[sitwise]', error instanceof Error ? error.message : error);
};

// Must happen before `ready`: makes app:// a standard, secure origin (fetch, storage, CSP 'self').
protocol.registerSchemesAsPrivileged([appScheme]);
app.enableSandbox();
// Also before `ready`: time fields draw the chosen language's clock (ui-locale.ts); on failure, the OS's.
try {
  applyUiLocale(app);
} catch (error) {
  log(error);
}

if (!app.requestSingleInstanceLock()) {
  // The running instance receives our arguments through 'second-instance'.
  app.quit();
} else {
  boot();
}

function boot(): void {
  let sitwise: App | null = null;
  let electron: ElectronPlatform | null = null;
  let quitting: 'no' | 'stopping' | 'done' = 'no';
  let stopped: Promise<void> | null = null;
  // Commands that arrive before the app is up (a second launch during start) wait for it.
  const waiting: ((app: App) => void)[] = [];
  const withApp = (use: (app: App) => void): void => {
    if (sitwise) use(sitwise);
    else waiting.push(use);
  };

  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  // Packaged macOS builds set LSUIElement; this covers development runs.
  if (process.platform === 'darwin') app.dock?.hide();

  app.on('second-instance', (_event, argv) => {
    withApp((a) => {
      a.commandLine(argsOf(argv), { secondLaunch: true }).catch(log);
    });
  });
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

  /** Flushes the journal; the tray goes last so the app stays reachable until then. Runs once. */
  function shutdown(): Promise<void> {
    stopped ??= (async () => {
      await sitwise?.stop();
      electron?.dispose();
    })();
    return stopped;
  }

  async function start(): Promise<void> {
    hardenSession(session.defaultSession, csp);
    registerAppProtocol(protocol, rendererDir, csp);
    // The OS is shutting down (Linux, macOS): the docs in electron.d.ts say preventDefault() on the event
    // delays it so the app can exit cleanly; the typings omit the event argument, hence the rest parameter.
    powerMonitor.on('shutdown', (...args: unknown[]) => {
      const event = args[0];
      if (isPreventable(event)) event.preventDefault();
      shutdown()
        .catch(log)
        .finally(() => app.quit());
    });

    electron = createElectronPlatform({
      preload,
      devServer,
      onCommand: (command) => {
        withApp((a) => {
          a.command(command).catch(log);
        });
      },
      onError: log,
    });
    const created = createApp(electron.platform, { onError: log });
    registerIpc(ipcMain, created.dispatch, trustedOrigins);
    await created.start();
    // Nothing at all can be saved (the data folder refuses writes): the tray notice alone is too quiet. The
    // words follow the person's language setting; when the settings file cannot be read, the app runs on
    // the defaults, whose language is the system's (the platform's languages), so the dialog still speaks it.
    if (created.cannotSave !== null) {
      const { title, body } = cannotSaveDialog(created.words(), created.cannotSave);
      dialog.showErrorBox(title, body);
    }
    const settings = await created.dispatch('settings.get', undefined);
    if (settings.ok) electron.setSettings(settingsSchema.parse(settings.value));
    sitwise = created;
    for (const use of waiting.splice(0)) use(created);
    await created.commandLine(argsOf(process.argv), { secondLaunch: false });
  }

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log(error);
      app.exit(1);
    });
}

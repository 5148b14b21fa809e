/**
 * The two windows, created on demand and destroyed when closed, so no renderer process stays alive while
 * Sitwise sits in the tray: the dashboard, and the small always-on-top prompt window that appears on the
 * display under the cursor without taking focus.
 */
import { BrowserWindow, type BrowserWindowConstructorOptions, screen } from 'electron';
import type { PayloadOf, PushChannel, Screen } from '../../../shared/ipc';
import type { Windows } from '../../ports';
import { pageUrl } from '../../shell/app-protocol';
import { promptBounds } from '../../shell/placement';

export interface WindowsOptions {
  preload: string;
  /** The electron-vite dev server (development only). */
  devServer?: string | undefined;
  icon?: string | undefined;
  isMac: boolean;
  onError: (error: unknown) => void;
}

export const PROMPT_SIZE = { width: 380, height: 280 } as const;
export const DASHBOARD_SIZE = { width: 1040, height: 740 } as const;

/**
 * Every window Sitwise opens goes through here. The web preferences are written out literally (not built
 * by a helper) so that reviewers and the electronegativity scan see them at the call site.
 */
export function secureWindow(
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  preload: string,
) {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click would ask for a new window; the open handler denies it anyway, this stops the event.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

export interface ElectronWindows extends Windows {
  /** Open windows (for tests and for quitting). */
  open(): BrowserWindow[];
}

export function createWindows(options: WindowsOptions): ElectronWindows {
  let dashboard: BrowserWindow | null = null;
  let prompt: BrowserWindow | null = null;
  const alive = (w: BrowserWindow | null): w is BrowserWindow => w !== null && !w.isDestroyed();

  function load(win: BrowserWindow, url: string): void {
    win.loadURL(url).catch(options.onError);
  }

  function openDashboard(target?: Screen): void {
    if (alive(dashboard)) {
      if (target) dashboard.webContents.send('navigate', { screen: target });
      if (dashboard.isMinimized()) dashboard.restore();
      dashboard.show();
      dashboard.focus();
      return;
    }
    const win = secureWindow(
      {
        ...DASHBOARD_SIZE,
        minWidth: 720,
        minHeight: 520,
        show: false,
        title: 'Sitwise',
        autoHideMenuBar: true,
        ...(options.icon ? { icon: options.icon } : {}),
      },
      options.preload,
    );
    dashboard = win;
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (dashboard === win) dashboard = null;
    });
    load(win, pageUrl('index', options.devServer, target));
  }

  function openPrompt(): void {
    if (alive(prompt)) {
      prompt.showInactive();
      return;
    }
    const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
    const win = secureWindow(
      {
        ...promptBounds(display.workArea, PROMPT_SIZE),
        show: false,
        frame: false,
        resizable: false,
        minimizable: false,
        maximizable: false,
        fullscreenable: false,
        skipTaskbar: true,
        alwaysOnTop: true,
        // The page sets its title in the person's language once it loads; until then, the product's name.
        title: 'Sitwise',
        ...(options.icon ? { icon: options.icon } : {}),
      },
      options.preload,
    );
    prompt = win;
    // Above ordinary windows (and, on macOS, over full-screen spaces) but below system alerts.
    win.setAlwaysOnTop(true, 'floating');
    if (options.isMac) win.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
    win.once('ready-to-show', () => win.showInactive());
    win.on('closed', () => {
      if (prompt === win) prompt = null;
    });
    load(win, pageUrl('prompt', options.devServer));
  }

  return {
    openDashboard,
    openPrompt,
    closePrompt() {
      if (alive(prompt)) prompt.close();
    },
    broadcast<C extends PushChannel>(channel: C, payload: PayloadOf<C>) {
      for (const win of [dashboard, prompt]) if (alive(win)) win.webContents.send(channel, payload);
    },
    open: () => [dashboard, prompt].filter(alive),
  };
}

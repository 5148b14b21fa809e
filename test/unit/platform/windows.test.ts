import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createWindows, PROMPT_SIZE } from '../../../main/platform/electron/windows';
import { BrowserWindow, resetFakes, screen } from './electron-fakes';

vi.mock('electron', () => import('./electron-fakes'));

const options = {
  preload: '/app/out/preload/index.cjs',
  isMac: false,
  onError: (e: unknown) => {
    throw e;
  },
};

function prefs(win: BrowserWindow | undefined): Record<string, unknown> {
  const p = win?.options.webPreferences;
  if (typeof p !== 'object' || p === null) throw new Error('no webPreferences');
  return { ...p };
}

describe('Electron windows adapter', () => {
  beforeEach(resetFakes);

  it('creates every window with the security flags and the preload', () => {
    const windows = createWindows(options);
    windows.openDashboard();
    windows.openPrompt();
    expect(BrowserWindow.created).toHaveLength(2);
    for (const win of BrowserWindow.created) {
      const p = prefs(win);
      // What each preference is when left out: the defaults electron.d.ts documents for WebPreferences.
      const documentedDefault: Record<string, unknown> = {
        contextIsolation: true,
        sandbox: true, // "Default is true since Electron 20"
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        plugins: false,
        navigateOnDragDrop: false,
        safeDialogs: false,
        spellcheck: true,
      };
      const effective = (key: string) => (key in p ? p[key] : documentedDefault[key]);
      // Electron's security checklist (docs/tutorial/security): isolated, sandboxed, no Node in the page,
      // its workers or frames, same-origin policy on, no mixed content, no experimental or extra Blink
      // features, no <webview>, no plugins.
      expect(effective('contextIsolation')).toBe(true);
      expect(effective('sandbox')).toBe(true);
      expect(effective('nodeIntegration')).toBe(false);
      expect(effective('nodeIntegrationInWorker')).toBe(false);
      expect(effective('nodeIntegrationInSubFrames')).toBe(false);
      expect(effective('webSecurity')).toBe(true);
      expect(effective('allowRunningInsecureContent')).toBe(false);
      expect(effective('experimentalFeatures')).toBe(false);
      expect(effective('webviewTag')).toBe(false);
      expect(effective('plugins')).toBe(false);
      expect(p.enableBlinkFeatures).toBeUndefined();
      // Sitwise's own choices: a dropped file never navigates the page away, a page cannot flood dialogs,
      // the spellchecker (which downloads dictionaries) stays off, middle-click cannot ask for a new window.
      expect(effective('navigateOnDragDrop')).toBe(false);
      expect(effective('safeDialogs')).toBe(true);
      expect(effective('spellcheck')).toBe(false);
      expect(p.disableBlinkFeatures).toBe('Auxclick');
      expect(p.preload).toBe('/app/out/preload/index.cjs');
    }
  });

  it('serves pages from app://sitwise, with the screen as a hash route', () => {
    const windows = createWindows(options);
    windows.openDashboard('history');
    windows.openPrompt();
    expect(BrowserWindow.created.map((w) => w.url)).toEqual([
      'app://sitwise/index.html#/history',
      'app://sitwise/prompt.html',
    ]);
  });

  it('uses the dev server only when given one', () => {
    const windows = createWindows({ ...options, devServer: 'http://localhost:5173/' });
    windows.openDashboard();
    expect(BrowserWindow.created[0]?.url).toBe('http://localhost:5173/index.html');
  });

  it('reuses an open dashboard: focuses it and pushes the screen instead of opening a second one', () => {
    const windows = createWindows(options);
    windows.openDashboard();
    windows.openDashboard('pacing');
    expect(BrowserWindow.created).toHaveLength(1);
    const win = BrowserWindow.created[0];
    expect(win?.webContents.sent).toEqual([{ channel: 'navigate', payload: { screen: 'pacing' } }]);
    expect(win?.focused).toBe(true);
  });

  it('destroys windows on close, so the next open creates a fresh one', () => {
    const windows = createWindows(options);
    windows.openDashboard();
    BrowserWindow.created[0]?.close();
    expect(windows.open()).toEqual([]);
    windows.openDashboard();
    expect(BrowserWindow.created).toHaveLength(2);
    expect(windows.open()).toEqual([BrowserWindow.created[1]]);
  });

  it('shows the prompt always on top, without focus, in the corner of the display under the cursor', () => {
    const windows = createWindows(options);
    windows.openPrompt();
    const win = BrowserWindow.created[0];
    expect(win?.options).toMatchObject({ alwaysOnTop: true, skipTaskbar: true, frame: false, show: false });
    expect(win?.alwaysOnTop).toEqual({ flag: true, level: 'floating' });
    win?.emit('ready-to-show');
    expect(win?.visible).toBe('inactive');
    expect(win?.focused).toBe(false);
    // Display 2's work area is x 1920..3200, y 24..1024.
    expect(win?.options).toMatchObject({
      x: 1920 + 1280 - PROMPT_SIZE.width - 16,
      y: 24 + 1000 - PROMPT_SIZE.height - 16,
      width: PROMPT_SIZE.width,
      height: PROMPT_SIZE.height,
    });
    screen.cursor = { x: 10, y: 10 };
    windows.closePrompt();
    windows.openPrompt();
    expect(BrowserWindow.created[1]?.options).toMatchObject({ x: 1920 - PROMPT_SIZE.width - 16 });
  });

  it('keeps the prompt over full-screen spaces on macOS only', () => {
    createWindows({ ...options, isMac: true }).openPrompt();
    createWindows(options).openPrompt();
    expect(BrowserWindow.created.map((w) => w.allWorkspaces)).toEqual([true, false]);
  });

  it('broadcasts to every open page and to none that closed', () => {
    const windows = createWindows(options);
    windows.openDashboard();
    windows.openPrompt();
    BrowserWindow.created[1]?.close();
    windows.broadcast('navigate', { screen: 'tips' });
    expect(BrowserWindow.created[0]?.webContents.sent).toEqual([
      { channel: 'navigate', payload: { screen: 'tips' } },
    ]);
    expect(BrowserWindow.created[1]?.webContents.sent).toEqual([]);
  });
});

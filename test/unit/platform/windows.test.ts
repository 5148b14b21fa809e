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
      expect(prefs(win)).toMatchObject({
        preload: '/app/out/preload/index.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
        disableBlinkFeatures: 'Auxclick',
      });
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

/** The boot test's fake of Electron is stricter than Electron: each rule here is one it enforces. */
import { describe, expect, it } from 'vitest';
import { declaredKeys, declaredMember } from './boot/electron-dts';
import { app, BrowserWindow, control, ipcMain, protocol, Tray } from './boot/fake-electron';

describe('strict fake of Electron', () => {
  it('refuses what Electron refuses before ready, and what it refuses after', () => {
    expect(() => new BrowserWindow({})).toThrow(/before the app is ready/);
    expect(() => new Tray(null)).toThrow(/before the app is ready/);
    expect(() => protocol.handle('app', async () => new Response(null))).toThrow(/before the app is ready/);
    control.makeReady();
    expect(() => protocol.registerSchemesAsPrivileged([])).toThrow(/before the app is ready/);
    expect(() => app.enableSandbox()).toThrow(/before app is ready/);
  });

  it('throws, naming the path, on a member it does not have', () => {
    expect(() => Reflect.get(app, 'relaunch')).toThrow('electron.app.relaunch is not in the fake');
  });

  it('refuses a second handler for one channel', () => {
    ipcMain.handle('x', async () => null);
    expect(() => ipcMain.handle('x', async () => null)).toThrow(/second handler/);
  });

  it('refuses calls on a destroyed window or tray', () => {
    const win = new BrowserWindow({ width: 10 });
    win.close();
    expect(() => win.show()).toThrow('Object has been destroyed');
    const tray = new Tray(null);
    tray.destroy();
    expect(() => tray.setToolTip('x')).toThrow('Object has been destroyed');
  });

  it('refuses window and webPreferences keys electron.d.ts does not declare', () => {
    expect(() => new BrowserWindow({ widht: 10 })).toThrow('Unknown BrowserWindow option(s): widht');
    expect(() => new BrowserWindow({ webPreferences: { contextIsolaton: true } })).toThrow(
      'webPreferences.contextIsolaton',
    );
  });

  it('reads electron.d.ts: members, overloads, inherited option keys', () => {
    expect(declaredMember('App', 'requestSingleInstanceLock', 'instance')).toEqual([1]);
    expect(declaredMember('Menu', 'buildFromTemplate', 'static')).toEqual([1]);
    expect(declaredMember('BrowserWindow', 'showInactive', 'instance')).toEqual([0]);
    expect(declaredMember('App', 'noSuchThing', 'instance')).toBeUndefined();
    expect(declaredKeys('BrowserWindowConstructorOptions').has('minWidth')).toBe(true);
    expect(declaredKeys('WebPreferences').has('sandbox')).toBe(true);
  });
});

/**
 * The Electron platform: every port of main/ports.ts built from its adapter. Settings the adapters need
 * (sound) are observed from the `settings.changed` broadcast, so the adapters never read the store.
 */

import { homedir } from 'node:os';
import dbus from 'dbus-next';
import { app, globalShortcut, net, powerMonitor, screen } from 'electron';
import ElectronStore from 'electron-store';
import { defaultSettings, type Settings, settingsSchema } from '../../../shared/settings';
import type { Platform } from '../../ports';
import type { StoredSettings } from '../../services/settings/store';
import type { ShellCommand } from '../../shell/commands';
import { createOsAvailability } from '../os/availability';
import { createActivitySource, type ElectronActivitySource, isWaylandSession } from './activity';
import { createAutostart } from './autostart';
import { createSystemClock } from './clock';
import { createPropertyBus } from './dbus-properties';
import { createDialogs } from './dialogs';
import { createFocusProbe } from './focus';
import { createMutterIdle } from './mutter-idle';
import { createNetwork } from './network';
import { createNotifier } from './notifier';
import { createPrinter } from './print';
import { createGlobalShortcuts } from './shortcuts';
import { createTrayView, type ElectronTrayView } from './tray';
import { createWindows, type ElectronWindows } from './windows';

export interface ElectronPlatformOptions {
  preload: string;
  devServer?: string | undefined;
  onCommand: (command: ShellCommand) => void;
  onError: (error: unknown) => void;
}

export interface ElectronPlatform {
  platform: Platform;
  tray: ElectronTrayView;
  windows: ElectronWindows;
  activity: ElectronActivitySource;
  settings(): Settings;
  /** The settings read at start (later changes arrive through the broadcast). */
  setSettings(settings: Settings): void;
  dispose(): void;
}

export const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function createElectronPlatform(options: ElectronPlatformOptions): ElectronPlatform {
  let settings: Settings = defaultSettings;
  const clock = createSystemClock();
  // Counts the sleep and re-arms timers as soon as the machine is back (readings would find it later).
  powerMonitor.on('resume', () => clock.resync());
  const wayland = isWaylandSession(process.env, process.platform);
  const waylandIdle = wayland ? createMutterIdle(() => dbus.sessionBus(), options.onError) : undefined;
  const activity = createActivitySource({ powerMonitor, wayland, ...(waylandIdle ? { waylandIdle } : {}) });
  const windows = createWindows({
    preload: options.preload,
    devServer: options.devServer,
    isMac: process.platform === 'darwin',
    onError: options.onError,
  });
  const tray = createTrayView({ clock, platform: process.platform, onCommand: options.onCommand });

  const platform: Platform = {
    clock,
    timeZone,
    // The OS's preferred languages (POSIX names on Linux: "de_AT.UTF-8"), then Chromium's app locale.
    languages: () => [...app.getPreferredSystemLanguages(), app.getLocale()],
    // electron-store names the file with `name`; the rest of the options are conf's and mean the same.
    openSettingsStore: (o) =>
      new ElectronStore<StoredSettings>({
        name: o.name,
        cwd: o.cwd,
        schema: o.schema,
        defaults: o.defaults,
        clearInvalidConfig: o.clearInvalidConfig,
        accessPropertiesByDotNotation: o.accessPropertiesByDotNotation,
      }),
    activity,
    focus: createFocusProbe(screen, options.onError),
    // Used only for the calendar address, and only when the user turned the calendar on.
    network: createNetwork(net),
    shortcuts: createGlobalShortcuts(globalShortcut, options.onError),
    availability: createOsAvailability({
      platform: process.platform,
      bus: process.platform === 'linux' ? createPropertyBus(() => dbus.sessionBus()) : null,
    }),
    notifier: createNotifier({
      platform: process.platform,
      soundEnabled: () => settings.sound.enabled,
      onError: options.onError,
    }),
    tray,
    windows: {
      ...windows,
      broadcast(channel, payload) {
        windows.broadcast(channel, payload);
        if (channel !== 'settings.changed') return;
        // The payload type does not narrow with the channel; parsing both narrows and checks it.
        const parsed = settingsSchema.safeParse(payload);
        if (parsed.success) settings = parsed.data;
      },
    },
    autostart: createAutostart({
      app,
      platform: process.platform,
      env: process.env,
      home: homedir(),
      target: {
        execPath: process.execPath,
        appImage: process.env.APPIMAGE,
        // Unpackaged (development) runs need the app folder as the first argument.
        args: app.isPackaged ? [] : [app.getAppPath()],
      },
    }),
    paths: { dataDir: app.getPath('userData') },
    dialogs: createDialogs(),
    printer: createPrinter({ preload: options.preload, devServer: options.devServer }),
    info: { version: app.getVersion(), platform: `${process.platform} ${process.arch}` },
    // 'before-quit' (main/index.ts) holds the exit until the app has stopped and flushed.
    quit: () => app.quit(),
  };

  return {
    platform,
    tray,
    windows,
    activity,
    settings: () => settings,
    setSettings(next: Settings) {
      settings = next;
    },
    dispose() {
      waylandIdle?.close();
      tray.destroy();
    },
  };
}

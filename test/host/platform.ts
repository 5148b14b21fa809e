/** The end-to-end host's platform: scripted OS, recorded side effects, real everything else. */

import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import Conf from 'conf';
import type { Clock, NotificationSpec, Platform, PowerEvent, SaveProblem } from '../../main/ports';
import type {
  SettingsBackend,
  SettingsStoreOptions,
  StoredSettings,
} from '../../main/services/settings/store';
import { type TrayModel, trayModel } from '../../main/shell/tray-model';
import type { PayloadOf, PushChannel, Screen } from '../../shared/ipc';
import type { EngineSnapshot } from '../../shared/snapshot';
import { createHostPrinter } from './printer';

export interface HostControl {
  /** Idle seconds the next sample reports (null = the OS cannot tell). */
  idle: number | null;
  busy: boolean;
  /** What the availability source and the fullscreen probe report (call = camera or microphone in use). */
  context: { call: boolean; dnd: boolean; fullscreen: boolean };
  notifications: NotificationSpec[];
  notificationActions: Map<string, (action: string) => void>;
  /** Ids of notifications the app withdrew, in order. */
  closedNotifications: string[];
  opened: { dashboard: (Screen | undefined)[]; prompt: number };
  promptOpen: boolean;
  tray: EngineSnapshot | null;
  /** What the tray adapter would show for the last update, in the words it was given. */
  trayModel: TrayModel | null;
  trayFlare: boolean;
  /** The tray menu's save-fault line, null when saving works. */
  traySaveProblem: SaveProblem | null;
  autostart: boolean;
  savePath: string | null;
  /** The folder the save dialog answers with (the file keeps its suggested name) when savePath is null. */
  exportDir: string | null;
  /** How many times the app asked to quit (the host keeps running; a test reads this). */
  quits: number;
  pushes: EventEmitter;
  power(event: PowerEvent): void;
}

export function createHostPlatform(options: {
  clock: Clock;
  dataDir: string;
  version: string;
  /** IANA zone for day boundaries; defaults to the process's (TZ). */
  timeZone?: string;
  /** The host's address once it listens (the printer loads pages from it). */
  baseUrl?: () => string;
  /** The system's preferred languages, best first; English (GB) when absent. */
  languages?: readonly string[];
}): {
  platform: Platform;
  control: HostControl;
} {
  const powerListeners = new Set<(event: PowerEvent) => void>();
  const control: HostControl = {
    idle: 0,
    busy: false,
    context: { call: false, dnd: false, fullscreen: false },
    notifications: [],
    notificationActions: new Map(),
    closedNotifications: [],
    opened: { dashboard: [], prompt: 0 },
    promptOpen: false,
    tray: null,
    trayModel: null,
    trayFlare: false,
    traySaveProblem: null,
    autostart: false,
    savePath: null,
    exportDir: null,
    quits: 0,
    pushes: new EventEmitter(),
    power(event) {
      for (const listener of powerListeners) listener(event);
    },
  };
  control.pushes.setMaxListeners(100);

  const platform: Platform = {
    clock: options.clock,
    activity: {
      idleSeconds: async () => control.idle,
      onPower(listener) {
        powerListeners.add(listener);
        return () => powerListeners.delete(listener);
      },
    },
    // "A meeting is in front" is a listed app; fullscreen is its own switch.
    focus: {
      isBusy: async (o) =>
        (control.busy && o.apps.length > 0) || (o.fullscreen && control.context.fullscreen),
    },
    availability: {
      read: async () => {
        const of = (on: boolean) => ({ state: on ? ('active' as const) : ('inactive' as const) });
        return {
          microphone: of(control.context.call),
          camera: { state: 'inactive' as const },
          dnd: of(control.context.dnd),
        };
      },
    },
    notifier: {
      show(spec, onAction) {
        control.notifications.push(spec);
        control.notificationActions.set(spec.id, onAction);
      },
      close(id) {
        control.notificationActions.delete(id);
        control.closedNotifications.push(id);
      },
    },
    tray: {
      update(snapshot, extras) {
        control.tray = snapshot;
        control.trayFlare = extras.flare;
        control.traySaveProblem = extras.saveProblem ?? null;
        control.trayModel = trayModel(
          snapshot,
          options.clock.now(),
          extras.words,
          extras.flare,
          control.traySaveProblem,
        );
      },
    },
    windows: {
      openDashboard(screen) {
        control.opened.dashboard.push(screen);
        if (screen) control.pushes.emit('push', 'navigate', { screen });
      },
      openPrompt() {
        control.opened.prompt += 1;
        control.promptOpen = true;
      },
      closePrompt() {
        control.promptOpen = false;
      },
      broadcast<C extends PushChannel>(channel: C, payload: PayloadOf<C>) {
        control.pushes.emit('push', channel, payload);
      },
    },
    autostart: {
      async set(enabled) {
        control.autostart = enabled;
      },
    },
    paths: { dataDir: options.dataDir },
    dialogs: {
      chooseSavePath: async (defaultName) =>
        control.savePath ?? (control.exportDir === null ? null : join(control.exportDir, defaultName)),
    },
    printer: createHostPrinter(
      options.baseUrl ??
        (() => {
          throw new Error('this host does not serve pages, so it cannot print');
        }),
    ),
    info: { version: options.version, platform: `${process.platform} (end-to-end host)` },
    timeZone: () => options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    // Models app.getPreferredSystemLanguages() (electron.d.ts): BCP 47 tags, best first; a test sets them.
    languages: () => options.languages ?? ['en-GB'],
    openSettingsStore: openConfStore,
    quit() {
      control.quits += 1;
    },
  };
  return { platform, control };
}

/** conf stands in for electron-store outside Electron: same API, `configName` instead of `name`. */
export function openConfStore(o: SettingsStoreOptions): SettingsBackend {
  return new Conf<StoredSettings>({
    cwd: o.cwd,
    configName: o.name,
    schema: o.schema,
    defaults: o.defaults,
    clearInvalidConfig: o.clearInvalidConfig,
    accessPropertiesByDotNotation: o.accessPropertiesByDotNotation,
  });
}

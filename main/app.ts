/**
 * The whole application minus Electron: engine, services and IPC handlers wired to the platform's ports.
 * main/index.ts gives it the Electron platform; test/host gives it a scripted one.
 */
import type { AppInfo } from '../shared/ipc';
import { defaultSettings, type Settings } from '../shared/settings';
import type { EngineSnapshot } from '../shared/snapshot';
import { createRouter, type Dispatch, type Handlers, UserFacingError } from './ipc/router';
import type { Platform } from './ports';

export interface App {
  /** Validated entry point for every IPC call (the adapter checks the sender first). */
  dispatch: Dispatch;
  start(): Promise<void>;
  /** Flushes the journal and cancels the timer; safe to call twice. */
  stop(): Promise<void>;
  snapshot(): EngineSnapshot;
}

export function createApp(platform: Platform): App {
  const settings: Settings = defaultSettings;
  let snapshot: EngineSnapshot = {
    at: platform.clock.now(),
    presence: 'present',
    awayReason: null,
    posture: 'sitting',
    boutStartedAt: platform.clock.now(),
    boutMin: 0,
    nextPrompt: null,
    activePrompt: null,
    pausedUntil: null,
    outsideWorkingHours: false,
    snack: null,
  };

  const info = (): AppInfo => ({
    name: 'Sitwise',
    version: platform.info.version,
    dataDir: platform.paths.dataDir,
    platform: platform.info.platform,
    idleDetection: 'ok',
  });

  const notYet = (): never => {
    throw new UserFacingError('This part of Sitwise is not available yet.');
  };

  const handlers: Handlers = {
    'app.getInfo': () => info(),
    'state.get': () => snapshot,
    'state.act': () => snapshot,
    'settings.get': () => settings,
    'settings.update': notYet,
    'summary.day': notYet,
    'summary.range': notYet,
    'summary.rollup': notYet,
    'timeline.day': notYet,
    'data.export': notYet,
    'data.delete': notYet,
    'notices.get': () => [],
    'notices.dismiss': () => [],
    'window.open': ({ screen }) => {
      platform.windows.openDashboard(screen);
      return null;
    },
  };

  return {
    dispatch: createRouter(handlers),
    async start() {
      snapshot = { ...snapshot, at: platform.clock.now() };
      platform.tray.update(snapshot);
    },
    async stop() {},
    snapshot: () => snapshot,
  };
}

/**
 * The whole application minus Electron: storage, the engine driver, pacing and the IPC handlers wired to
 * the platform's ports. main/index.ts gives it the Electron platform; test/host gives it a scripted one.
 */
import { suggestSnackRoutine } from '../shared/content';
import type { Notice } from '../shared/ipc';
import type { Settings } from '../shared/settings';
import type { EngineSnapshot } from '../shared/snapshot';
import { localDateOf } from '../shared/time';
import { createEngineDriver } from './app/engine-driver';
import { createHandlers } from './app/handlers';
import { createNoticeBoard } from './app/notices';
import { createPromptPresenter } from './app/prompt-presenter';
import { createRouter, type Dispatch } from './ipc/router';
import type { Platform } from './ports';
import { createPacing } from './services/pacing';
import { FilePacingStore } from './services/pacing-store';
import { createPlanService, PlanStore } from './services/plan';
import { createReportService } from './services/report';
import { openStorage } from './services/storage';
import type { ShellCommand } from './shell/commands';

export interface App {
  /** Validated entry point for every IPC call (the adapter checks the sender first). */
  dispatch: Dispatch;
  start(): Promise<void>;
  /** Records the last observation, flushes the journal and cancels the timer; safe to call twice. */
  stop(): Promise<void>;
  snapshot(): EngineSnapshot;
}

export function createApp(platform: Platform, options: { onError?: (error: unknown) => void } = {}): App {
  const { clock, windows } = platform;
  const onError = options.onError ?? ((error: unknown) => console.error('[sitwise]', error));
  const now = () => clock.now();
  const notices = createNoticeBoard((notice) => windows.broadcast('notice', notice));
  const notify = (notice: Notice) => notices.add(notice);

  const storage = openStorage({
    dataDir: platform.paths.dataDir,
    openSettingsStore: platform.openSettingsStore,
    now,
    timeZone: platform.timeZone,
    notify,
    chooseSavePath: (name) => platform.dialogs.chooseSavePath(name),
  });
  const pacingStore = new FilePacingStore({
    dataDir: platform.paths.dataDir,
    now,
    onQuarantine: (month, lines) =>
      notify({
        id: `pacing-quarantined-${month}`,
        kind: 'journal-quarantined',
        message: `${lines} damaged line(s) in the pacing log for ${month} were set aside; the rest loaded.`,
        at: now(),
      }),
  });
  const pacing = createPacing({
    store: pacingStore,
    now,
    dayOptions: storage.dayOptions,
    settings: storage.settings.get,
    range: (from, to) => storage.summaries.range(from, to),
    events: (month) => storage.journal.events(month),
  });
  const settings = (): Settings => storage.settings.get();
  const planStore = new PlanStore({
    dataDir: platform.paths.dataDir,
    now,
    onDamaged: (aside) =>
      notify({
        id: 'plan-damaged',
        kind: 'journal-quarantined',
        message: `The saved plan could not be read; it was set aside as ${aside} and My plan starts empty.`,
        at: now(),
      }),
  });
  const plan = createPlanService({ store: planStore, pacing });
  const report = createReportService({
    now,
    dayOptions: storage.dayOptions,
    range: (from, to, until) => storage.summaries.range(from, to, until),
    events: (month) => storage.journal.events(month),
    pacing,
    plan: planStore,
    printer: platform.printer,
    chooseSavePath: (name) => platform.dialogs.chooseSavePath(name),
  });

  const presenter = createPromptPresenter({ platform, settings, run: (command) => run(command) });
  const engine = createEngineDriver({
    platform,
    settings,
    restoreEvents: () => storage.journal.events(localDateOf(now(), storage.dayOptions()).slice(0, 7)),
    append: (event) => {
      storage.journal.append(event);
    },
    // Flare mode switches snacks to gentle movement and the user's staples.
    suggestRoutine: (kind, { catchUp }) => {
      const s = settings();
      const flare = flareOn();
      const seed = Math.floor(now() / 60_000);
      return suggestSnackRoutine(kind, { catchUp, staples: s.staples, flare, seed }).id;
    },
    onStep: (snapshot) => {
      platform.tray.update(snapshot, { flare: flareOn() });
      windows.broadcast('state.changed', snapshot);
      presenter.update(snapshot);
    },
    onIdleUnavailable: () =>
      notify({
        id: 'idle-unavailable',
        kind: 'idle-unavailable',
        message:
          'This computer does not report idle time, so Sitwise cannot notice breaks by itself. ' +
          'Tell it when you stand, sit or step away and it will count from your answers.',
        at: now(),
      }),
    onError,
  });

  function refreshTray(): void {
    platform.tray.update(engine.snapshot(), { flare: flareOn() });
  }

  // Read on every engine step (tray): the folded ledger state, not the full pacing view with its plans.
  function flareOn(): boolean {
    return pacing.ledger.state.activeFlare !== null;
  }

  function run(command: ShellCommand): void {
    if (command.kind === 'act') engine.act(command.action);
    else if (command.kind === 'flare') {
      pacing.goals.setFlare(command.on ? { on: true } : { on: false });
      refreshTray();
    } else if (command.kind === 'open') windows.openDashboard(command.screen);
    else if (command.kind === 'open-prompt') windows.openPrompt();
  }

  const handlers = createHandlers({
    platform,
    storage,
    pacing,
    plan,
    report,
    engine,
    notices,
    flareChanged: refreshTray,
    settingsSaved(before, after) {
      engine.settingsChanged(after);
      windows.broadcast('settings.changed', after);
      if (before.startAtLogin !== after.startAtLogin)
        platform.autostart.set(after.startAtLogin).catch(onError);
    },
    dataDeleted() {
      pacingStore.deleteAll();
      pacing.ledger.reload();
      planStore.clear();
      engine.reset();
      windows.broadcast('settings.changed', settings());
    },
  });

  let stopped = false;
  return {
    dispatch: createRouter(handlers, (_channel, error) => onError(error)),
    async start() {
      engine.start();
      await platform.autostart.set(settings().startAtLogin).catch(onError);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      engine.stop();
      storage.close();
      pacingStore.close();
    },
    snapshot: () => engine.snapshot(),
  };
}

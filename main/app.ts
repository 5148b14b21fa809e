/**
 * The whole application minus Electron: storage, the engine driver, pacing and the IPC handlers wired to
 * the platform's ports. main/index.ts gives it the Electron platform; test/host gives it a scripted one.
 */
import { routines, suggestSnackRoutine } from '../shared/content';
import { localizedContent } from '../shared/content/i18n/catalogues';
import { asPlayable } from '../shared/content/own-routines';
import type { Formatter } from '../shared/i18n/format';
import type { Notice } from '../shared/ipc';
import type { Settings } from '../shared/settings';
import type { EngineSnapshot } from '../shared/snapshot';
import { localDateOf } from '../shared/time';
import { createCalendarAndKeys } from './app/calendar-and-keys';
import { createCommandRunner } from './app/commands';
import { createEngineDriver } from './app/engine-driver';
import { createHandlers } from './app/handlers';
import { createNoticeBoard } from './app/notices';
import { createPromptPresenter } from './app/prompt-presenter';
import { createSaveQueue } from './app/save-queue';
import { createRouter, type Dispatch } from './ipc/router';
import type { Platform, TrayExtras } from './ports';
import { describeFsError, type FileSystem } from './services/fs';
import { createPacing } from './services/pacing';
import { FilePacingStore } from './services/pacing/pacing-store';
import { pacingSection } from './services/pacing/section';
import { createPlanService, PlanStore } from './services/plan';
import { planSection } from './services/plan/section';
import { createReportService } from './services/report';
import { createOwnRoutineHandlers } from './services/routines/handlers';
import { routineForPrompt } from './services/routines/prompt-routine';
import { routinesSection } from './services/routines/section';
import { FileRoutineStore } from './services/routines/store';
import { openStorage } from './services/storage';
import { createReminderScheduler } from './shell/reminders';
import { wordsFor } from './shell/words';

export interface App {
  /** Validated entry point for every IPC call (the adapter checks the sender first). */
  dispatch: Dispatch;
  start(): Promise<void>;
  /** Records the last observation, flushes the journal and cancels the timer; safe to call twice. */
  stop(): Promise<void>;
  snapshot(): EngineSnapshot;
  /**
   * Set when nothing can be saved in the data folder at all (checked once when the app is created): the
   * message for a start-up dialog ("Sitwise cannot save to FOLDER: reason ..."); null when saving works.
   * Lesser damage is told in the dashboard's notices and the tray menu instead.
   */
  readonly cannotSave: string | null;
  /**
   * The one entry for shell commands (tray, notification buttons, command line, second launch): checked
   * against the command schema, user actions through the router; rejects with a sentence on failure.
   */
  command(command: unknown): Promise<void>;
  /** Acts on command-line arguments (the first launch's, or a second launch's passed along). */
  commandLine(args: readonly string[], options: { secondLaunch: boolean }): Promise<void>;
}

export interface AppOptions {
  onError?: (error: unknown) => void;
  /** The file system behind storage (a fault-injecting one in tests); node:fs by default. */
  fs?: FileSystem;
}

export function createApp(platform: Platform, options: AppOptions = {}): App {
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
    ...(options.fs ? { fs: options.fs } : {}),
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
    onUnreadable: (month, reason) =>
      notify({
        id: `pacing-unreadable-${month ?? 'folder'}`,
        kind: 'journal-unreadable',
        message: `The pacing log${month === null ? '' : ` for ${month}`} could not be read (${describeFsError(reason)}); it is left out until it can be.`,
        at: now(),
      }),
    ...(options.fs ? { fs: options.fs } : {}),
  });
  // The pacing log and the check-ins are exported, imported and deleted with the rest of the data.
  storage.addSection(pacingSection(pacingStore, now));
  const pacing = createPacing({
    store: pacingStore,
    now,
    dayOptions: storage.dayOptions,
    settings: storage.settings.get,
    range: (from, to) => storage.summaries.range(from, to),
    events: (month) => storage.journal.events(month),
    flareChanged: () => refreshTray(),
  });
  const settings = (): Settings => storage.settings.get();
  const routineStore = new FileRoutineStore({
    dataDir: platform.paths.dataDir,
    now,
    onSetAside: (path) =>
      notify({
        id: 'routines-set-aside',
        kind: 'journal-quarantined',
        message: `Your routines file could not be read, so it was kept aside as ${path}. Sitwise starts with no routines of your own.`,
        at: now(),
      }),
  });
  // A person's own routines are exported, imported and deleted with the rest of the data.
  storage.addSection(routinesSection(routineStore));
  // A person's own snack-sized routines join the built-in ones when a prompt picks a snack.
  const snackPool = () => [...routines, ...routineStore.list().map(asPlayable)];
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
  storage.addSection(planSection(planStore));
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

  const saves = createSaveQueue({
    write: (events) => storage.journal.appendAll(events),
    folder: platform.paths.dataDir,
    now,
    onFault(message) {
      // One notice for the fault, replaced (not added again) when it changes or clears.
      notices.put({
        id: 'save-failed',
        kind: 'save-failed',
        message:
          message ??
          `Sitwise can save to ${platform.paths.dataDir} again; what was recorded meanwhile has been written.`,
        at: now(),
      });
      refreshTray();
    },
  });
  const presenter = createPromptPresenter({
    platform,
    settings,
    words,
    run: (command) => {
      commands.run(command).catch(onError);
    },
  });
  const engine = createEngineDriver({
    platform,
    settings,
    restoreEvents: () => storage.journal.events(localDateOf(now(), storage.dayOptions()).slice(0, 7)),
    saves,
    // Flare mode switches snacks to gentle movement and the user's staples.
    suggestRoutine: (kind, { catchUp }) => {
      const s = settings();
      const flare = flareOn();
      const seed = Math.floor(now() / 60_000);
      return suggestSnackRoutine(kind, { catchUp, staples: s.staples, flare, seed }, snackPool()).id;
    },
    onStep: (snapshot) => {
      platform.tray.update(snapshot, trayExtras());
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

  const outside = createCalendarAndKeys({
    platform,
    settings,
    engine,
    run: (command) => {
      commands.run(command).catch(onError);
    },
    onError,
  });

  function refreshTray(): void {
    platform.tray.update(engine.snapshot(), trayExtras());
  }

  function trayExtras(): TrayExtras {
    return { flare: flareOn(), saveProblem: saves.fault(), words: words() };
  }

  /** The chosen language's words, asked each time: the setting, the system's languages and zone can change. */
  function words(): Formatter {
    return wordsFor(settings().locale, platform.languages(), platform.timeZone());
  }

  // Read on every engine step (tray): the folded ledger state, not the full pacing view with its plans.
  function flareOn(): boolean {
    return pacing.ledger.state.activeFlare !== null;
  }

  function settingsSaved(before: Settings, after: Settings): void {
    engine.settingsChanged(after);
    outside.settingsChanged(after);
    windows.broadcast('settings.changed', after);
    reminders.reschedule().catch(onError);
    // The tray speaks the new language at once (the engine's snapshot may not change).
    if (before.locale !== after.locale) refreshTray();
    if (before.startAtLogin !== after.startAtLogin) platform.autostart.set(after.startAtLogin).catch(onError);
  }

  const handlers = createHandlers({
    platform,
    storage,
    pacing,
    plan,
    report,
    engine,
    notices,
    calendar: outside.calendar,
    shortcuts: outside.shortcuts,
    ownRoutines: createOwnRoutineHandlers({
      store: routineStore,
      chooseSavePath: (name) => platform.dialogs.chooseSavePath(name),
      forgetStaple(id) {
        const before = settings();
        if (!before.staples.includes(id)) return;
        settingsSaved(before, storage.settings.update({ staples: before.staples.filter((s) => s !== id) }));
      },
    }),
    routineForPrompt: (request) =>
      routineForPrompt(
        {
          content: (locale) => {
            const { catalog, poses } = localizedContent(locale);
            return { routines: catalog.routines, poses };
          },
          own: () => routineStore.list().map(asPlayable),
        },
        request,
      ),
    settingsSaved,
    dataDeleted() {
      // The pacing log, own routines and My plan were deleted with the other data sections.
      pacing.ledger.reload();
      engine.reset();
      outside.settingsChanged(settings());
      windows.broadcast('settings.changed', settings());
    },
    dataImported() {
      // Imported history is past days; today's tracking was kept as it was, so the engine goes on, with the
      // imported settings.
      pacing.ledger.reload();
      engine.settingsChanged(settings());
      outside.settingsChanged(settings());
      windows.broadcast('settings.changed', settings());
    },
  });

  const probe = storage.probeWrite();
  const cannotSave =
    probe === null
      ? null
      : `Sitwise cannot save to ${platform.paths.dataDir}: ${probe}. It keeps time, but nothing is recorded until the folder can be written.`;
  if (cannotSave !== null)
    notify({ id: 'save-failed-at-start', kind: 'save-failed', message: cannotSave, at: now() });

  const dispatch = createRouter(handlers, (_channel, error) => onError(error));
  const commands = createCommandRunner({ dispatch, windows, quit: () => platform.quit(), onError });

  // End-of-day summary and weekly check-in: one timer for the earlier, recomputed when settings change
  // and when the clock says time jumped (a sleep, a manual change), since both are keyed to wall time.
  const reminders = createReminderScheduler({
    clock,
    notifier: platform.notifier,
    timeZone: platform.timeZone,
    settings: async () => settings(),
    words,
    summary: async (date) => storage.summaries.day(date, now()),
    checkinPending: async () => pacing.checkins.status().done === null,
    open: (screen) => windows.openDashboard(screen),
    onError,
  });
  let stopClockWatch: (() => void) | undefined;

  let stopped = false;
  return {
    cannotSave,
    dispatch,
    async start() {
      engine.start();
      outside.start();
      stopClockWatch = clock.onChange?.(() => {
        reminders.reschedule().catch(onError);
      });
      await reminders.reschedule().catch(onError);
      await platform.autostart.set(settings().startAtLogin).catch(onError);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      stopClockWatch?.();
      reminders.stop();
      outside.stop();
      engine.stop();
      storage.close();
      pacingStore.close();
    },
    snapshot: () => engine.snapshot(),
    command: (command) => commands.run(command),
    commandLine: (args, options) => commands.commandLine(args, options),
  };
}

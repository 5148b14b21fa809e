/** The IPC handler table: each channel of the contract mapped to the service that answers it. */
import type { AppInfo, ImportResult, Notice } from '../../shared/ipc';
import type { Settings } from '../../shared/settings';
import type { CalendarFeed } from '../calendar/calendar-feed';
import { UserFacingError } from '../errors';
import type { Handlers } from '../ipc/router';
import type { Platform } from '../ports';
import { DeleteError } from '../services/data/delete-data';
import { ExportError } from '../services/data/export';
import { ImportError } from '../services/data/sections';
import type { PacingFeature } from '../services/pacing';
import type { PlanService } from '../services/plan';
import type { ReportService } from '../services/report';
import type { OwnRoutineChannel } from '../services/routines/handlers';
import { SettingsSaveError, SettingsUpdateError } from '../services/settings/store';
import type { Storage } from '../services/storage';
import type { ShortcutKeys } from '../shell/shortcut-keys';
import type { EngineDriver } from './engine-driver';
import type { NoticeBoard } from './notices';

export interface HandlerDeps {
  platform: Platform;
  storage: Storage;
  pacing: PacingFeature;
  plan: PlanService;
  report: ReportService;
  engine: EngineDriver;
  notices: NoticeBoard;
  calendar: CalendarFeed;
  shortcuts: ShortcutKeys;
  /** Applied after every saved settings change (engine, pushes, autostart). */
  settingsSaved: (before: Settings, after: Settings) => void;
  /** Called after "delete all my data". */
  dataDeleted: () => void;
  /** A person's own routines (main/services/routines). */
  ownRoutines: Pick<Handlers, OwnRoutineChannel>;
  /** The prompt window's routine, in the person's language (main/services/routines/prompt-routine.ts). */
  routineForPrompt: Handlers['routines.forPrompt'];
  /** Called after an import restored data. */
  dataImported: () => void;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { platform, storage, pacing, plan, report, engine, notices } = deps;
  const now = () => platform.clock.now();
  const info = (): AppInfo => ({
    name: 'Sitwise',
    version: platform.info.version,
    dataDir: platform.paths.dataDir,
    platform: platform.info.platform,
    idleDetection: engine.idleDetection(),
  });

  return {
    'app.getInfo': info,
    'state.get': () => engine.snapshot(),
    'interruptions.status': async () => {
      const none = { state: 'unavailable' as const, why: 'this host has no detectors' };
      return platform.availability
        ? platform.availability.read()
        : { microphone: none, camera: none, dnd: none };
    },
    'calendar.status': () => deps.calendar.status(),
    'calendar.refresh': () => deps.calendar.refresh(),
    'shortcuts.status': () => deps.shortcuts.status(),
    'state.act': (action) => engine.act(action),
    'routines.forPrompt': (request) => deps.routineForPrompt(request),
    'settings.get': () => storage.settings.get(),
    'settings.update': (patch) => {
      const before = storage.settings.get();
      let after: Settings;
      try {
        after = storage.settings.update(patch);
      } catch (error) {
        if (error instanceof SettingsUpdateError) throw new UserFacingError(error.message, error.issues);
        if (error instanceof SettingsSaveError) throw new UserFacingError(error.message);
        throw error;
      }
      deps.settingsSaved(before, after);
      return after;
    },
    'summary.day': ({ date }) => storage.summaries.day(date, now()),
    'summary.range': ({ from, to }) => storage.summaries.range(from, to, now()),
    'summary.rollup': ({ from, to, by }) => storage.summaries.rollup(from, to, by, now()),
    'timeline.day': ({ date }) => storage.summaries.timeline(date, now()),
    'data.export': async (request) => {
      try {
        return await storage.exportData(request);
      } catch (error) {
        if (error instanceof ExportError) throw new UserFacingError(error.message);
        throw error;
      }
    },
    'data.delete': (request) => {
      let result: { deleted: true };
      try {
        result = storage.deleteAllData(request);
      } catch (error) {
        if (error instanceof DeleteError) throw new UserFacingError(error.message);
        throw error;
      }
      deps.dataDeleted();
      return result;
    },
    'data.import': (request) => {
      let result: ImportResult;
      try {
        result = storage.importData(request);
      } catch (error) {
        // Part written on a disk fault: that part is what the app shows from now on.
        if (error instanceof ImportError && error.partial) deps.dataImported();
        if (error instanceof ImportError) throw new UserFacingError(error.message);
        throw error;
      }
      deps.dataImported();
      return result;
    },
    'notices.get': (): Notice[] => notices.list(),
    'notices.dismiss': ({ id }) => notices.dismiss(id),
    'window.open': ({ screen }) => {
      platform.windows.openDashboard(screen);
      return null;
    },
    ...pacing.handlers,
    ...deps.ownRoutines,
    'plan.get': () => plan.view(),
    'plan.update': (patch) => plan.update(patch),
    'report.get': (request) => report.get(request),
    'report.savePdf': ({ report: request, paper }) => report.savePdf(request, paper),
  };
}

/**
 * Sitwise's storage, assembled: settings, the engine journal, summaries, export and delete. This is what
 * the app's IPC handlers call (`summary.day`, `summary.range`, `summary.rollup`, `timeline.day`,
 * `settings.get`, `settings.update`, `data.export`, `data.delete`), with already validated requests.
 */
import type { ExportFormat, ExportResult, Notice } from '../../shared/ipc';
import type { DayOptions } from '../../shared/time';
import { type DELETE_CONFIRMATION, type DeleteDeps, deleteAllData } from './data/delete-data';
import { exportData } from './data/export';
import { describeFsError, type FileSystem } from './fs';
import { EventJournal } from './journal/event-journal';
import {
  openSettings,
  type SettingsBackend,
  type SettingsService,
  type SettingsStoreOptions,
} from './settings/store';
import { SummaryService } from './summaries/summaries';
import { SummaryCache } from './summaries/summary-cache';

export interface StorageOptions {
  /** The user-data folder. */
  dataDir: string;
  /** conf in tests and tools, electron-store in the app (see settings-store.ts for the options mapping). */
  openSettingsStore: (options: SettingsStoreOptions) => SettingsBackend;
  now: () => number;
  /** The system time zone (defaults to the runtime's). */
  timeZone?: () => string;
  notify: (notice: Notice) => void;
  chooseSavePath: (defaultName: string) => Promise<string | null>;
  /** Longest time a journal line may stay unsynced (ms); default 1000. */
  syncIntervalMs?: number;
  /** The file system behind every service (a fault-injecting one in tests); node:fs by default. */
  fs?: FileSystem;
}

export interface Storage {
  settings: SettingsService;
  journal: EventJournal;
  summaries: SummaryService;
  /** Fallback day options: system time zone and the settings' day start. */
  dayOptions(): DayOptions;
  exportData(request: { format: ExportFormat }): Promise<ExportResult>;
  deleteAllData(request: { confirm: typeof DELETE_CONFIRMATION }): { deleted: true };
  /** Flushes and closes the journal; safe to call twice. */
  close(): void;
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function openStorage(options: StorageOptions): Storage {
  const fsOption = options.fs ? { fs: options.fs } : {};
  const settings = openSettings({
    dataDir: options.dataDir,
    open: options.openSettingsStore,
    now: options.now,
    notify: options.notify,
    ...fsOption,
  });
  const timeZone = options.timeZone ?? systemTimeZone;
  const dayOptions = (): DayOptions => ({ timeZone: timeZone(), dayStart: settings.get().dayStart });
  const journal = EventJournal.open({
    dataDir: options.dataDir,
    now: options.now,
    dayOptions,
    notify: options.notify,
    ...(options.syncIntervalMs === undefined ? {} : { syncIntervalMs: options.syncIntervalMs }),
    // A batched fsync that fails: the lines are written but maybe not on the disk yet; the user is told.
    onSyncError: (error) =>
      options.notify({
        id: 'journal-sync-failed',
        kind: 'save-failed',
        message: `Sitwise cannot save to ${options.dataDir}: ${describeFsError(error)} (syncing the journal to disk; retrying)`,
        at: options.now(),
      }),
    ...fsOption,
  });
  const cache = SummaryCache.at(options.dataDir, dayOptions(), options.fs);
  settings.onChange(() => cache.setFallback(dayOptions()));
  const summaries = new SummaryService(journal, cache, { now: options.now, dayOptions });
  const deleteDeps: DeleteDeps = { dataDir: options.dataDir, journal, cache, settings, ...fsOption };

  return {
    settings,
    journal,
    summaries,
    dayOptions,
    exportData: ({ format }) =>
      exportData(format, {
        journal,
        summaries,
        settings: settings.get,
        chooseSavePath: options.chooseSavePath,
        now: options.now,
        ...fsOption,
      }),
    deleteAllData: ({ confirm }) => deleteAllData(confirm, deleteDeps),
    close: () => journal.close(),
  };
}

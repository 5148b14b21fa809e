/**
 * Sitwise's storage, assembled: settings, the engine journal, summaries, export and delete. This is what
 * the app's IPC handlers call (`summary.day`, `summary.range`, `summary.rollup`, `timeline.day`,
 * `settings.get`, `settings.update`, `data.export`, `data.delete`), with already validated requests.
 */
import { join } from 'node:path';
import type { ExportFormat, ExportResult, ImportResult, Notice } from '../../shared/ipc';
import { type DayOptions, localDateOf } from '../../shared/time';
import { writeFileAtomic } from './data/atomic-write';
import { type DELETE_CONFIRMATION, type DeleteDeps, deleteAllData } from './data/delete-data';
import { exportData } from './data/export';
import { importData } from './data/import';
import { type DataSection, journalSection } from './data/sections';
import { errnoOf, type FileSystem, nodeFileSystem } from './fs';
import { EventJournal } from './journal/event-journal';
import { settingsSection } from './settings/section';
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
  /** Restores a JSON export into an empty data folder; throws ImportError (writing nothing) when it cannot. */
  importData(request: { text: string }): ImportResult;
  /**
   * Adds a data section (the pacing log, user routines, ...): from then on it is exported, imported and
   * deleted with the rest. The built-in ones are the settings and the engine journal.
   */
  addSection(section: DataSection): void;
  /**
   * Tries a small write in the data folder (a temp file, removed again): the system's code for the failure
   * (EACCES, EROFS, …) when nothing can be saved there at all, else null. The app asks once at start to
   * decide whether a dialog is needed.
   */
  probeWrite(): string | null;
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
        // The lines are written but maybe not on the disk yet; the sync is retried.
        reason: { code: 'syncFailed', folder: options.dataDir, errno: errnoOf(error) },
        at: options.now(),
      }),
    ...fsOption,
  });
  const cache = SummaryCache.at(options.dataDir, dayOptions(), options.fs);
  settings.onChange(() => cache.setFallback(dayOptions()));
  const summaries = new SummaryService(journal, cache, { now: options.now, dayOptions });
  const sections: DataSection[] = [
    settingsSection(settings, options.dataDir, options.fs),
    journalSection('journal', journal, {
      now: options.now,
      fresh: {
        // Only today's tracking (since the app started here): a new computer, or just after a delete.
        isFresh: (events) => {
          const today = localDateOf(options.now(), dayOptions());
          return events.every((e) => e.type !== 'day' || e.date >= today);
        },
        records: () => [...journal.events(journal.liveMonth)],
        append: (events) => journal.appendAll(events),
      },
    }),
  ];
  const listSections = (): readonly DataSection[] => sections;
  const deleteDeps: DeleteDeps = { dataDir: options.dataDir, sections: listSections, cache, ...fsOption };

  return {
    settings,
    journal,
    summaries,
    dayOptions,
    exportData: ({ format }) =>
      exportData(format, {
        journal,
        summaries,
        sections: listSections,
        chooseSavePath: options.chooseSavePath,
        now: options.now,
        ...fsOption,
      }),
    deleteAllData: ({ confirm }) => deleteAllData(confirm, deleteDeps),
    importData: ({ text }) => {
      const result = importData(text, { sections: listSections, folder: options.dataDir });
      // Imported days replace whatever the cache knew.
      cache.clear();
      return result;
    },
    addSection(section) {
      if (sections.some((s) => s.name === section.name))
        throw new Error(`a data section named "${section.name}" is already there`);
      sections.push(section);
    },
    probeWrite() {
      const fs = options.fs ?? nodeFileSystem;
      const probe = join(options.dataDir, '.write-check');
      try {
        writeFileAtomic(probe, 'ok', fs);
        fs.rmSync(probe);
        return null;
      } catch (error) {
        return errnoOf(error);
      }
    },
    close: () => journal.close(),
  };
}

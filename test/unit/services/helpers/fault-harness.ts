/**
 * Storage, the save queue and the engine driver on a temp folder behind a FaultyFs, wired as main/app.ts
 * wires them, with a fake clock. The save queue is wrapped to record which events were offered for saving
 * and which user actions were acknowledged or refused, so a test can compare that with the disk.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngineDriver, type EngineDriver } from '../../../../main/app/engine-driver';
import { createSaveQueue, type SaveFault, type SaveQueue } from '../../../../main/app/save-queue';
import { writeFileAtomic } from '../../../../main/services/data/atomic-write';
import type { FileSystem } from '../../../../main/services/fs';
import { engineJournalSpec } from '../../../../main/services/journal/event-journal';
import { listMonths, readMonth } from '../../../../main/services/journal/reader';
import type {
  SettingsBackend,
  SettingsStoreOptions,
  StoredSettings,
} from '../../../../main/services/settings/store';
import { openStorage, type Storage } from '../../../../main/services/storage';
import type { EngineEvent } from '../../../../shared/events';
import type { Notice } from '../../../../shared/ipc';
import { localDateOf } from '../../../../shared/time';
import { FakeClock } from '../../../host/fake-clock';
import { createHostPlatform, type HostControl } from '../../../host/platform';
import { FaultyFs } from './faulty-fs';

/**
 * A settings backend over the file-system port, modelled on conf's documented behaviour (conf README:
 * `.store` "get all the data as an object or replace the current data with an object"; the file is
 * `<cwd>/<configName>.json`, written whole and atomically on every change, JSON with tab indentation;
 * a missing file reads as the defaults). Stricter than conf: a failed write throws and keeps nothing.
 */
export function fsSettingsBackend(fs: FileSystem) {
  return (options: SettingsStoreOptions): SettingsBackend => {
    const path = join(options.cwd, `${options.name}.json`);
    let value: StoredSettings = options.defaults;
    if (fs.existsSync(path)) value = JSON.parse(fs.readFileSync(path).toString('utf8'));
    return {
      path,
      get store() {
        return value;
      },
      set store(next: StoredSettings) {
        writeFileAtomic(path, JSON.stringify(next, undefined, '\t'), fs);
        value = next;
      },
    };
  };
}

export interface Harness {
  dir: string;
  exportDir: string;
  fs: FaultyFs;
  clock: FakeClock;
  control: HostControl;
  storage: Storage;
  driver: EngineDriver;
  saves: SaveQueue;
  /** Events offered for saving (observations) and user actions' events once acknowledged, in order. */
  expected: EngineEvent[];
  refused: EngineEvent[];
  /** Faults the save queue told the user (null = saving works again). */
  faults: (SaveFault | null)[];
  notices: Notice[];
  errors: unknown[];
  /** Every engine event on disk, in sequence order (read with the real file system). */
  onDisk(): EngineEvent[];
  close(): void;
}

export function openHarness(options: {
  start: number;
  timeZone?: string;
  /** Runs on the empty folder before storage opens (seed damage, inject faults present at start). */
  before?: (h: { dir: string; fs: FaultyFs }) => void;
  capacity?: number;
}): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'sitwise-faults-'));
  const exportDir = mkdtempSync(join(tmpdir(), 'sitwise-export-'));
  const fs = new FaultyFs();
  options.before?.({ dir, fs });
  const clock = new FakeClock(options.start);
  const timeZone = options.timeZone ?? 'Europe/London';
  const host = createHostPlatform({ clock, dataDir: dir, version: '0.0.0-test', timeZone });
  const notices: Notice[] = [];
  const errors: unknown[] = [];
  const faults: (SaveFault | null)[] = [];
  const now = () => clock.now();
  const storage = openStorage({
    dataDir: dir,
    openSettingsStore: fsSettingsBackend(fs),
    now,
    timeZone: () => timeZone,
    notify: (n) => notices.push(n),
    chooseSavePath: async (name) => join(exportDir, name),
    syncIntervalMs: 0,
    fs,
  });
  const inner = createSaveQueue({
    write: (events) => storage.journal.appendAll(events),
    folder: dir,
    now,
    onFault: (m) => faults.push(m),
    ...(options.capacity === undefined ? {} : { capacity: options.capacity }),
  });
  const expected: EngineEvent[] = [];
  const refused: EngineEvent[] = [];
  const saves: SaveQueue = {
    ...inner,
    save(events) {
      expected.push(...events);
      inner.save(events);
    },
    saveNow(events) {
      try {
        inner.saveNow(events);
      } catch (error) {
        refused.push(...events);
        throw error;
      }
      expected.push(...events);
    },
  };
  const driver = createEngineDriver({
    platform: host.platform,
    settings: () => storage.settings.get(),
    restoreEvents: () => storage.journal.events(localDateOf(now(), storage.dayOptions()).slice(0, 7)),
    saves,
    suggestRoutine: () => null,
    onStep: () => {},
    onIdleUnavailable: () => {},
    onError: (e) => errors.push(e),
  });
  let closed = false;
  return {
    dir,
    exportDir,
    fs,
    clock,
    control: host.control,
    storage,
    driver,
    saves,
    expected,
    refused,
    faults,
    notices,
    errors,
    onDisk() {
      const spec = engineJournalSpec(dir);
      const entries = listMonths(spec.dir).flatMap(
        (m) => readMonth(spec, m, { now: 0, quarantine: false }).entries,
      );
      return entries.sort((a, b) => a.seq - b.seq).map((e) => e.rec);
    },
    close() {
      if (closed) return;
      closed = true;
      driver.stop();
      storage.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(exportDir, { recursive: true, force: true });
    },
  };
}

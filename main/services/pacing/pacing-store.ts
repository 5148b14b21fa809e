/**
 * Pacing and check-in records on disk: the journal's own month-file format, writer and reader (JSON Lines,
 * one write per append, torn-tail repair, quarantine of bad lines), in the `pacing/` folder of the data
 * folder with its own line schema. They are kept apart from the engine's `journal/` so neither schema
 * meets the other's lines. The records are few (a handful a day), so all of them are read once at start.
 */
import { join } from 'node:path';
import { type PacingRecord, pacingRecordSchema } from '../../../shared/pacing/records';
import { errnoOf, type FileSystem, nodeFileSystem } from '../fs';
import { monthOfDate } from '../journal/format';
import { type JournalSpec, listMonths, readMonth } from '../journal/reader';
import { JournalWriter } from '../journal/writer';
import type { PacingRecordStore } from './ledger';

/** Version of the pacing line format this build writes. */
export const PACING_JOURNAL_VERSION = 1;

export function pacingJournalDir(dataDir: string): string {
  return join(dataDir, 'pacing');
}

export interface PacingStoreOptions {
  dataDir: string;
  now: () => number;
  /** Told how many damaged lines were set aside in a month, when any were. */
  onQuarantine?: (month: string, lines: number) => void;
  /** Told when a month file (or, with null, the folder) could not be read, with the system's code: its records are left out. */
  onUnreadable?: (month: string | null, errno: string) => void;
  syncIntervalMs?: number;
  fs?: FileSystem;
}

export class FilePacingStore implements PacingRecordStore {
  readonly spec: JournalSpec<PacingRecord>;
  private writer: JournalWriter<PacingRecord>;
  private lines: PacingRecord[];

  constructor(private readonly options: PacingStoreOptions) {
    this.spec = {
      dir: pacingJournalDir(options.dataDir),
      version: PACING_JOURNAL_VERSION,
      schema: pacingRecordSchema,
      ...(options.fs ? { fs: options.fs } : {}),
    };
    this.writer = this.openWriter();
    this.lines = this.readAll();
  }

  records(): readonly PacingRecord[] {
    return this.lines;
  }

  /** Files a record under the month of its local date; throws (writing nothing) when it cannot. */
  append(record: PacingRecord): void {
    this.writer.append(monthOfDate(record.date), record);
    this.lines.push(record);
  }

  flush(): void {
    this.writer.flush();
  }

  close(): void {
    this.writer.close();
  }

  /** Reads the files again (after an import wrote them). */
  reload(): void {
    this.writer.close();
    this.writer = this.openWriter();
    this.lines = this.readAll();
  }

  /** "Delete all my data": removes the folder; the store starts empty. */
  deleteAll(): void {
    this.writer.close();
    try {
      (this.options.fs ?? nodeFileSystem).rmSync(this.spec.dir);
    } catch (error) {
      // Whatever is left stays usable (and is what the ledger shows).
      this.writer = this.openWriter();
      this.lines = this.readAll();
      throw error;
    }
    this.writer = this.openWriter();
    this.lines = [];
  }

  private openWriter(): JournalWriter<PacingRecord> {
    return JournalWriter.open({
      ...this.spec,
      now: this.options.now,
      ...(this.options.syncIntervalMs === undefined ? {} : { syncIntervalMs: this.options.syncIntervalMs }),
    });
  }

  private readAll(): PacingRecord[] {
    const out: { seq: number; rec: PacingRecord }[] = [];
    let months: string[] = [];
    try {
      months = listMonths(this.spec.dir, this.options.fs);
    } catch (error) {
      this.options.onUnreadable?.(null, errnoOf(error));
    }
    for (const month of months) {
      const read = readMonth(this.spec, month, { now: this.options.now() });
      if (read.unreadable !== null) this.options.onUnreadable?.(month, read.unreadableErrno ?? 'UNKNOWN');
      if (read.newlyQuarantined > 0) this.options.onQuarantine?.(month, read.newlyQuarantined);
      for (const e of read.entries) out.push({ seq: e.seq, rec: e.rec });
    }
    // A record back-dated into an earlier month still folds in the order it was written.
    return out.sort((a, b) => a.seq - b.seq).map((e) => e.rec);
  }
}

/**
 * The engine's journal: EngineEvents in `journal/` of the data folder, one file per month of the Sitwise
 * day they belong to (so a day never spans two files and a day's summary reads one file). The live month
 * is kept in memory: start-up reads the current month alone, and each append is added to it, so today's
 * figures never need the disk again.
 */
import { join } from 'node:path';
import { DayTracker } from '../../../shared/day-groups';
import { type EngineEvent, engineEventSchema } from '../../../shared/events';
import type { Notice } from '../../../shared/ipc';
import { type DayOptions, localDateOf } from '../../../shared/time';
import { type FileSystem, nodeFileSystem } from '../fs';
import { monthOfDate } from './format';
import { type JournalSpec, type MonthRead, readMonth } from './reader';
import { JournalReadOnlyError, JournalWriter } from './writer';

/** Version of the engine-event line format this build writes. */
export const ENGINE_JOURNAL_VERSION = 1;

export function journalDir(dataDir: string): string {
  return join(dataDir, 'journal');
}

export function engineJournalSpec(dataDir: string, fs?: FileSystem): JournalSpec<EngineEvent> {
  const spec = { dir: journalDir(dataDir), version: ENGINE_JOURNAL_VERSION, schema: engineEventSchema };
  return fs ? { ...spec, fs } : spec;
}

/** Some of a step's events could not be written: the first `appended` were, the rest were not. */
export class JournalAppendError extends Error {
  constructor(
    readonly appended: number,
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'JournalAppendError';
  }
}

export interface EventJournalOptions {
  dataDir: string;
  now: () => number;
  /** Time zone and day start for events not preceded by a `day` event (system zone, settings' day start). */
  dayOptions: () => DayOptions;
  notify: (notice: Notice) => void;
  syncIntervalMs?: number;
  /** A batched fsync failed (retried at the next interval). */
  onSyncError?: (error: unknown) => void;
  fs?: FileSystem;
}

interface LiveMonth {
  month: string;
  events: EngineEvent[];
}

export class EventJournal {
  readonly spec: JournalSpec<EngineEvent>;
  private writer: JournalWriter<EngineEvent>;
  private live: LiveMonth;
  /** Which day each new event belongs to, by the same rules the summaries group by (shared/day-groups.ts). */
  private days: DayTracker;
  private readonly toldReadOnly = new Set<string>();
  /** Months whose damaged lines could not be copied to the quarantine yet: tried again after a good write. */
  private readonly quarantineDue = new Set<string>();

  private constructor(private readonly options: EventJournalOptions) {
    this.spec = engineJournalSpec(options.dataDir, options.fs);
    this.writer = this.openWriter();
    this.live = this.load(monthOfDate(localDateOf(options.now(), options.dayOptions())));
    this.days = this.trackLive();
  }

  static open(options: EventJournalOptions): EventJournal {
    return new EventJournal(options);
  }

  /** The month held in memory (the current one, or the last one appended to). */
  get liveMonth(): string {
    return this.live.month;
  }

  /**
   * Journals one event; returns its sequence number, or null when its month was written by a newer
   * Sitwise and is read-only (the user is told once; see docs/storage.md).
   */
  append(event: EngineEvent): number | null {
    const month = this.monthOf(event);
    let seq: number;
    try {
      seq = this.writer.append(month, event);
    } catch (error) {
      if (error instanceof JournalReadOnlyError) {
        this.tellReadOnly(month, 0);
        return null;
      }
      throw error;
    }
    this.keep(month, [event]);
    return seq;
  }

  /**
   * Journals a step's events in order, one write per month they fall in (one write in all, except across a
   * month boundary). Events for a read-only month are left out (the user is told). On a failure throws
   * JournalAppendError saying how many of the events were written; the rest were not.
   */
  appendAll(events: readonly EngineEvent[]): void {
    // monthOf follows `day` events; on a failure it is set back to the events written (see below).
    const months = events.map((event) => ({ event, month: this.monthOf(event) }));
    let done = 0;
    while (done < months.length) {
      const month = months[done]?.month ?? '';
      let end = done;
      while (end < months.length && months[end]?.month === month) end++;
      const group = months.slice(done, end).map((m) => m.event);
      try {
        this.writer.appendMany(month, group);
      } catch (error) {
        if (error instanceof JournalReadOnlyError) {
          this.tellReadOnly(month, 0);
          done = end;
          continue;
        }
        this.days = this.trackLive();
        throw new JournalAppendError(done, error);
      }
      this.keep(month, group);
      done = end;
    }
  }

  /** A month's events in journal order: from memory for the live month, else read from disk (not kept). */
  events(month: string): EngineEvent[] {
    if (month === this.live.month) return this.live.events;
    return this.read(month).entries.map((e) => e.rec);
  }

  /** Reads a month file, telling the user about newly damaged lines and read-only months. */
  read(month: string): MonthRead<EngineEvent> {
    const result = readMonth(this.spec, month, { now: this.options.now() });
    if (result.unreadable !== null) {
      this.options.notify({
        id: `journal-unreadable-${month}`,
        kind: 'journal-unreadable',
        // Its days are left out until it can be read.
        reason: { code: 'journalUnreadable', month, errno: result.unreadableErrno ?? 'UNKNOWN' },
        at: this.options.now(),
      });
    }
    if (result.quarantineFailed === null) this.quarantineDue.delete(month);
    if (result.quarantineFailed !== null && !this.quarantineDue.has(month)) {
      this.quarantineDue.add(month);
      const n = result.quarantined.length;
      this.options.notify({
        id: `journal-quarantine-failed-${month}`,
        kind: 'journal-quarantined',
        // The lines stay in the month file; the rest of the month loaded.
        reason: {
          code: 'journalQuarantineFailed',
          month,
          lines: n,
          errno: result.quarantineFailedErrno ?? 'UNKNOWN',
        },
        at: this.options.now(),
      });
    }
    if (result.newlyQuarantined > 0 && result.quarantineFailed === null) {
      const n = result.newlyQuarantined;
      this.options.notify({
        id: `journal-quarantined-${month}-${this.options.now()}`,
        kind: 'journal-quarantined',
        // Kept in journal/quarantine/<month>.jsonl; the rest of the month loaded.
        reason: { code: 'journalQuarantined', month, lines: n },
        at: this.options.now(),
      });
    }
    if (result.maxVersion > this.spec.version) {
      this.tellReadOnly(month, result.unreadableNewer);
    }
    return result;
  }

  flush(): void {
    this.writer.flush();
  }

  /** Adds written events to the live month; a new month becomes the live one, an earlier one stays on disk only. */
  private keep(month: string, events: EngineEvent[]): void {
    // The disk takes writes again: copy the damaged lines it could not take before (the user is told).
    if (this.quarantineDue.has(month)) this.read(month);
    if (month === this.live.month) this.live.events.push(...events);
    else if (month > this.live.month) this.live = this.load(month);
  }

  close(): void {
    this.writer.close();
  }

  /** Reads the files again (after an import wrote them): a new writer, the live month from disk. */
  reload(): void {
    this.writer.close();
    this.writer = this.openWriter();
    this.live = this.load(this.live.month);
    this.days = this.trackLive();
  }

  /** "Delete all my data": removes every month file and set-aside line; sequence numbers restart. */
  deleteAll(): void {
    this.writer.close();
    try {
      (this.options.fs ?? nodeFileSystem).rmSync(this.spec.dir);
    } catch (error) {
      // Whatever is left stays usable: the writer reopens on it and the live month is read again.
      this.writer = this.openWriter();
      this.live = this.load(this.live.month);
      throw error;
    }
    this.writer = this.openWriter();
    this.live = { month: this.live.month, events: [] };
    this.days = this.trackLive();
  }

  private openWriter(): JournalWriter<EngineEvent> {
    return JournalWriter.open({
      ...this.spec,
      now: this.options.now,
      ...(this.options.syncIntervalMs === undefined ? {} : { syncIntervalMs: this.options.syncIntervalMs }),
      ...(this.options.onSyncError ? { onSyncError: this.options.onSyncError } : {}),
    });
  }

  private load(month: string): LiveMonth {
    return { month, events: this.read(month).entries.map((e) => e.rec) };
  }

  /** A day tracker that has seen the live month's events (a day never spans two month files). */
  private trackLive(): DayTracker {
    const tracker = new DayTracker(this.options.dayOptions);
    for (const e of this.live.events) tracker.place(e);
    return tracker;
  }

  /** The month of the event's Sitwise day; an event outside its day (clock-skewed) goes by its own time. */
  private monthOf(event: EngineEvent): string {
    const placed = this.days.place(event);
    return monthOfDate(placed?.date ?? localDateOf(event.at, this.options.dayOptions()));
  }

  /** A month written by a newer version: shown, never added to; `unreadable` lines this build cannot read. */
  private tellReadOnly(month: string, unreadable: number): void {
    if (this.toldReadOnly.has(month)) return;
    this.toldReadOnly.add(month);
    const at = this.options.now();
    const reason = { code: 'journalNewer', month, unreadable } as const;
    this.options.notify({ id: `journal-read-only-${month}`, kind: 'journal-read-only', reason, at });
  }
}

/**
 * The engine's journal: EngineEvents in `journal/` of the data folder, one file per month of the Sitwise
 * day they belong to (so a day never spans two files and a day's summary reads one file). The live month
 * is kept in memory: start-up reads the current month alone, and each append is added to it, so today's
 * figures never need the disk again.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type EngineEvent, engineEventSchema } from '../../../shared/events';
import type { Notice } from '../../../shared/ipc';
import { type DayOptions, dayBounds, localDateOf } from '../../../shared/time';
import { monthOfDate } from './format';
import { type JournalSpec, type MonthRead, readMonth } from './reader';
import { JournalReadOnlyError, JournalWriter } from './writer';

/** Version of the engine-event line format this build writes. */
export const ENGINE_JOURNAL_VERSION = 1;

export function journalDir(dataDir: string): string {
  return join(dataDir, 'journal');
}

export function engineJournalSpec(dataDir: string): JournalSpec<EngineEvent> {
  return { dir: journalDir(dataDir), version: ENGINE_JOURNAL_VERSION, schema: engineEventSchema };
}

export interface EventJournalOptions {
  dataDir: string;
  now: () => number;
  /** Time zone and day start for events not preceded by a `day` event (system zone, settings' day start). */
  dayOptions: () => DayOptions;
  notify: (notice: Notice) => void;
  syncIntervalMs?: number;
}

interface LiveMonth {
  month: string;
  events: EngineEvent[];
}

export class EventJournal {
  readonly spec: JournalSpec<EngineEvent>;
  private writer: JournalWriter<EngineEvent>;
  private live: LiveMonth;
  private liveDay: { date: string; start: number; end: number } | null = null;
  private readonly toldReadOnly = new Set<string>();

  private constructor(private readonly options: EventJournalOptions) {
    this.spec = engineJournalSpec(options.dataDir);
    this.writer = this.openWriter();
    this.live = this.load(monthOfDate(localDateOf(options.now(), options.dayOptions())));
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
        this.tellReadOnly(month, error.message);
        return null;
      }
      throw error;
    }
    if (month === this.live.month) this.live.events.push(event);
    // A new month becomes the live one; a line for an earlier month (clock set back) stays on disk only.
    else if (month > this.live.month) this.live = this.load(month);
    return seq;
  }

  /** A month's events in journal order: from memory for the live month, else read from disk (not kept). */
  events(month: string): EngineEvent[] {
    if (month === this.live.month) return this.live.events;
    return this.read(month).entries.map((e) => e.rec);
  }

  /** Reads a month file, telling the user about newly damaged lines and read-only months. */
  read(month: string): MonthRead<EngineEvent> {
    const result = readMonth(this.spec, month, { now: this.options.now() });
    if (result.newlyQuarantined > 0) {
      const n = result.newlyQuarantined;
      this.options.notify({
        id: `journal-quarantined-${month}-${this.options.now()}`,
        kind: 'journal-quarantined',
        message:
          `${n} damaged line${n === 1 ? '' : 's'} in the journal for ${month} ${n === 1 ? 'was' : 'were'} set aside ` +
          `(kept in journal/quarantine/${month}.jsonl); the rest of the month loaded.`,
        at: this.options.now(),
      });
    }
    if (result.maxVersion > this.spec.version) {
      this.tellReadOnly(
        month,
        `The journal for ${month} was written by a newer version of Sitwise; this version shows it but will not add to it` +
          (result.unreadableNewer > 0
            ? ` (${result.unreadableNewer} lines it cannot read were left out).`
            : '.'),
      );
    }
    return result;
  }

  flush(): void {
    this.writer.flush();
  }

  close(): void {
    this.writer.close();
  }

  /** "Delete all my data": removes every month file and set-aside line; sequence numbers restart. */
  deleteAll(): void {
    this.writer.close();
    rmSync(this.spec.dir, { recursive: true, force: true });
    this.writer = this.openWriter();
    this.liveDay = null;
    this.live = { month: this.live.month, events: [] };
  }

  private openWriter(): JournalWriter<EngineEvent> {
    return JournalWriter.open({
      ...this.spec,
      now: this.options.now,
      ...(this.options.syncIntervalMs === undefined ? {} : { syncIntervalMs: this.options.syncIntervalMs }),
    });
  }

  private load(month: string): LiveMonth {
    return { month, events: this.read(month).entries.map((e) => e.rec) };
  }

  /** The month of the event's Sitwise day: a `day` event names it; others fall in the current day when inside it. */
  private monthOf(event: EngineEvent): string {
    if (event.type === 'day') {
      const bounds = dayBounds(event.date, { timeZone: event.timeZone, dayStart: event.dayStart });
      this.liveDay = { date: event.date, ...bounds };
      return monthOfDate(event.date);
    }
    const day = this.liveDay;
    if (day && event.at >= day.start && event.at < day.end) return monthOfDate(day.date);
    return monthOfDate(localDateOf(event.at, this.options.dayOptions()));
  }

  private tellReadOnly(month: string, message: string): void {
    if (this.toldReadOnly.has(month)) return;
    this.toldReadOnly.add(month);
    const at = this.options.now();
    this.options.notify({ id: `journal-read-only-${month}`, kind: 'journal-read-only', message, at });
  }
}

/**
 * A read-only view of a journal folder for tools (the summary command line): reads months on request,
 * never opens a writer, so it neither repairs nor appends. Damaged lines are still quarantined and counted.
 */
import type { EngineEvent } from '../../../shared/events';
import type { EventSource } from '../summaries/summaries';
import { type JournalSpec, readMonth } from './reader';

export class DiskEvents implements EventSource {
  readonly liveMonth = null;
  /** Damaged lines found across all reads. */
  quarantined = 0;
  /** Lines from a newer journal version that could not be read. */
  unreadableNewer = 0;
  /** Months written by a newer version (read-only). */
  readonly newerMonths = new Set<string>();
  /** File-system damage met on the way, one line each (a month that could not be read, a quarantine not written). */
  readonly problems: string[] = [];

  constructor(
    readonly spec: JournalSpec<EngineEvent>,
    private readonly now: () => number,
  ) {}

  events(month: string): EngineEvent[] {
    const read = readMonth(this.spec, month, { now: this.now() });
    this.quarantined += read.quarantined.length;
    this.unreadableNewer += read.unreadableNewer;
    if (read.maxVersion > this.spec.version) this.newerMonths.add(month);
    if (read.unreadable !== null)
      this.problems.push(`the journal for ${month} could not be read: ${read.unreadable}`);
    if (read.quarantineFailed !== null)
      this.problems.push(
        `damaged lines in the journal for ${month} could not be set aside: ${read.quarantineFailed}`,
      );
    return read.entries.map((e) => e.rec);
  }
}

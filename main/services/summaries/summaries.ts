/**
 * Day summaries, timelines and rollups: the fold of the journal (shared/fold.ts, the same path
 * `npm run replay` takes: days split by shared/day-groups.ts, each folded on its own) per Sitwise day. Past
 * months come from the summary cache while their files are unchanged; the live month is folded from
 * memory. Only the months a request covers are touched.
 */

import { type DayEvents, groupByDay } from '../../../shared/day-groups';
import type { EngineEvent } from '../../../shared/events';
import { dayTimeline, foldDay } from '../../../shared/fold';
import { MAX_RANGE_DAYS } from '../../../shared/ipc';
import { type DaySummary, emptyDay, type Rollup, type Segment } from '../../../shared/summary';
import { addDays, type DayOptions, daysBetween, localDateOf } from '../../../shared/time';
import { monthFile, monthOfDate, monthsBetween } from '../journal/format';
import { periods, rollupOf } from './rollup';
import { type SummaryCache, stampOf } from './summary-cache';

/** Where the engine's events come from: the app's EventJournal, or a read-only view of a folder (the CLI). */
export interface EventSource {
  readonly spec: { dir: string };
  /** The month held in memory and still growing (null when none). */
  readonly liveMonth: string | null;
  /** A month's events in journal order. */
  events(month: string): EngineEvent[];
}

export interface SummaryOptions {
  now: () => number;
  /** Fallback time zone and day start (system zone, settings' day start). */
  dayOptions: () => DayOptions;
}

export interface SummaryStats {
  /** Events left out as clock-skewed in the months summarised so far. */
  skewed: number;
}

export class SummaryService {
  readonly stats: SummaryStats = { skewed: 0 };

  constructor(
    private readonly journal: EventSource,
    private readonly cache: SummaryCache,
    private readonly options: SummaryOptions,
  ) {}

  /** Today's Sitwise date. */
  today(): string {
    return localDateOf(this.options.now(), this.options.dayOptions());
  }

  /**
   * One day's figures; `until` extends an open present stretch to that instant when `date` is the day
   * `until` falls in (live figures for today). A past day keeps its own end.
   */
  day(date: string, until?: number): DaySummary {
    if (until !== undefined && this.isDayOf(date, until)) {
      const day = this.dayEvents(date);
      return day ? foldDay(day, until) : emptyDay(date);
    }
    const found = this.monthDays(monthOfDate(date)).get(date) ?? emptyDay(date);
    this.cache.save();
    return found;
  }

  /**
   * Every date from `from` to `to` (inclusive), empty days included. With `until` (the app passes now),
   * today's figures run to that instant, as `day(today, until)` does, so History and Today agree.
   */
  range(from: string, to: string, until?: number): DaySummary[] {
    if (from > to) throw new RangeError(`"from" (${from}) is after "to" (${to})`);
    // Bounded work on the main process: a request over decades would block it (and the engine) for long.
    const span = daysBetween(from, to);
    if (span > MAX_RANGE_DAYS) throw new RangeError(`a range may span at most 5 years (${from} to ${to})`);
    const found = new Map<string, DaySummary>();
    for (const month of monthsBetween(monthOfDate(from), monthOfDate(to))) {
      for (const [date, summary] of this.monthDays(month))
        if (date >= from && date <= to) found.set(date, summary);
    }
    // One cache write per request, however many months were folded.
    this.cache.save();
    const out: DaySummary[] = [];
    const today = until === undefined ? null : localDateOf(until, this.options.dayOptions());
    for (let i = 0; i <= span; i++) {
      const date = addDays(from, i);
      out.push(date === today ? this.day(date, until) : (found.get(date) ?? emptyDay(date)));
    }
    return out;
  }

  /** The day's sitting / standing / moving / away stretches, for its chart; `until` as for `day`. */
  timeline(date: string, until?: number): Segment[] {
    const day = this.dayEvents(date);
    if (!day) return [];
    const live = until !== undefined && this.isDayOf(date, until);
    return dayTimeline(day, live ? until : undefined);
  }

  private isDayOf(date: string, at: number): boolean {
    return localDateOf(at, this.options.dayOptions()) === date;
  }

  /** Week or month rollups over [from, to], each period clipped to the range. */
  rollup(from: string, to: string, by: 'week' | 'month', until?: number): Rollup[] {
    const days = new Map(this.range(from, to, until).map((d) => [d.date, d]));
    return periods(from, to, by).map((p) => rollupOf(days, p.from, p.to));
  }

  /** Dates with any events in the months given (for exports and the command line). */
  datesWithEvents(months: string[]): string[] {
    const dates: string[] = [];
    for (const month of months) dates.push(...[...this.monthDays(month).keys()]);
    this.cache.save();
    return dates.sort();
  }

  private dayEvents(date: string): DayEvents | null {
    const grouped = groupByDay(this.journal.events(monthOfDate(date)), this.options.dayOptions());
    return grouped.days.find((d) => d.date === date) ?? null;
  }

  /** Summaries of the month's days that have events, by date. */
  private monthDays(month: string): Map<string, DaySummary> {
    if (month === this.journal.liveMonth) return this.fold(month, this.journal.events(month)).days;
    const stamp = stampOf(monthFile(this.journal.spec.dir, month));
    if (!stamp) return new Map();
    const today = this.today();
    const cached = this.cache.get(month, stamp);
    // Days not finished yet when the entry was written were left out of it; a cached month is wholly past.
    if (cached?.days.every((d) => d.date < today)) return new Map(cached.days.map((d) => [d.date, d]));
    const { days, skewed } = this.fold(month, this.journal.events(month));
    const finished = [...days.values()].filter((d) => d.date < today);
    if (finished.length === days.size) {
      this.cache.put(month, { ...stamp, days: finished, skewed });
    } else {
      this.cache.drop(month);
    }
    return days;
  }

  private fold(month: string, events: EngineEvent[]): { days: Map<string, DaySummary>; skewed: number } {
    const grouped = groupByDay(events, this.options.dayOptions());
    this.stats.skewed += grouped.skewed;
    const days = new Map<string, DaySummary>();
    for (const day of grouped.days) {
      // The writer files a day under its own month; a day found in another month's file (a hand edit or
      // a moved file) is left out, as requests for it read its own month only.
      if (monthOfDate(day.date) !== month) continue;
      days.set(day.date, foldDay(day));
    }
    return { days, skewed: grouped.skewed };
  }
}

/**
 * Splits engine events (in journal order) into the events of each Sitwise day, ready for the fold. The
 * app's summaries and `npm run replay` both go through here (see fold.ts), so their figures agree.
 *
 * A day follows its own zone, day start and wall offset as the engine did when it wrote them:
 * - An event belongs to the day of the `day` event before it in journal order. Events before any `day`
 *   event (a journal cut mid-day) belong to the day their own time falls in (by the fallback options).
 * - A day's bounds come from its `day` event's zone, day start and wall offset. A later `zone` event (travel),
 *   `settings` event carrying a new `dayStart`, or `clock` event (the wall clock set) moves the day's end as
 *   the engine moved it: to the end of that date under the new values, or to the change itself when that end
 *   has already passed (the engine then starts the next day at once). A westward flight or a later day
 *   start therefore lengthens the day instead of dropping its last hours.
 * - An event whose time lies outside its day's bounds is clock-skewed: it is left out and counted, because
 *   folding it would stretch the day (an `observed` line dated next year would add a year of sitting). The
 *   engine never writes such events; they come from hand edits, merged files or a clock bug.
 * - A `settings` event that names `dayStart` without its value (written before the value was recorded)
 *   leaves the day's end open until the next day begins: nothing is dropped for want of it.
 * - Within a day, events are ordered by time; equal times keep journal order. The fold requires it.
 * - Several `day` events with the same date (a restart, an import) form one day.
 */
import type { EngineEvent, EventOf } from './events';
import { type DayOptions, dayBounds, localDateOf } from './time';

export interface DayEvents {
  date: string;
  /** The day's time zone and day start (from its first `day` event, else the fallback). */
  opts: DayOptions;
  events: EngineEvent[];
}

export interface GroupedDays {
  /** In date order. */
  days: DayEvents[];
  /** Events left out because their time lies outside their day. */
  skewed: number;
}

interface DaySpan {
  date: string;
  opts: DayOptions;
  /** The values the day's end follows now (they change with zone, day-start and clock events). */
  now: DayOptions & { wallOffsetMs: number };
  start: number;
  end: number;
}

/**
 * Places events, one at a time in journal order, in their Sitwise day by the rules above. The journal's
 * writer uses it to file each event under its day's month, and `groupByDay` to split a month's events.
 */
export class DayTracker {
  private readonly spans = new Map<string, DaySpan>();
  private current: DaySpan | null = null;

  constructor(private readonly fallback: () => DayOptions) {}

  /** The day the event belongs to, or null when its time lies outside that day (clock-skewed). */
  place(e: EngineEvent): { date: string; opts: DayOptions } | null {
    if (e.type === 'day') this.current = this.spanFor(e.date, optsOf(e), e.wallOffsetMs ?? 0);
    const span = this.current ?? this.spanFor(localDateOf(e.at, this.fallback()), this.fallback(), 0);
    // The engine applies a change of zone, day start or clock before it looks for the day's end, so the
    // change itself is inside when it falls before either end. The end is inclusive: the engine files the
    // old day's last observation at the very start of the next.
    const moved = endAfter(span, e);
    const end = moved === null ? span.end : Math.max(span.end, moved.end);
    if (e.at < span.start || e.at > end) return null;
    if (moved !== null) {
      span.now = moved.now;
      // An end already passed: the engine began the next day at this very event.
      span.end = Math.max(moved.end, e.at);
    }
    return { date: span.date, opts: span.opts };
  }

  private spanFor(date: string, opts: DayOptions, wallOffsetMs: number): DaySpan {
    let span = this.spans.get(date);
    if (!span) {
      const wall = dayBounds(date, opts);
      span = {
        date,
        opts,
        now: { ...opts, wallOffsetMs },
        start: wall.start - wallOffsetMs,
        end: wall.end - wallOffsetMs,
      };
      this.spans.set(date, span);
    }
    return span;
  }
}

export function groupByDay(events: Iterable<EngineEvent>, fallback: DayOptions): GroupedDays {
  const tracker = new DayTracker(() => fallback);
  const byDate = new Map<string, DayEvents>();
  let skewed = 0;
  for (const e of events) {
    const placed = tracker.place(e);
    if (placed === null) {
      skewed++;
      continue;
    }
    let day = byDate.get(placed.date);
    if (!day) {
      day = { date: placed.date, opts: placed.opts, events: [] };
      byDate.set(placed.date, day);
    }
    day.events.push(e);
  }

  const days = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const day of days) {
    if (!isSortedByTime(day.events)) {
      // Array.prototype.sort is stable, so equal times keep journal order.
      day.events.sort((a, b) => a.at - b.at);
    }
  }
  return { days, skewed };
}

/** Where the day ends after an event that changes what the engine takes as its end; null for other events. */
function endAfter(span: DaySpan, e: EngineEvent): { now: DaySpan['now']; end: number } | null {
  let now: DaySpan['now'];
  if (e.type === 'zone') now = { ...span.now, timeZone: e.timeZone };
  else if (e.type === 'clock') now = { ...span.now, wallOffsetMs: e.wallOffsetMs };
  else if (e.type === 'settings' && e.changed.includes('dayStart')) {
    // Written before the value was kept: the end stays open until the next day begins.
    if (e.dayStart === undefined) return { now: span.now, end: Number.POSITIVE_INFINITY };
    now = { ...span.now, dayStart: e.dayStart };
  } else return null;
  if (span.end === Number.POSITIVE_INFINITY) return { now, end: span.end };
  return { now, end: dayBounds(span.date, now).end - now.wallOffsetMs };
}

function optsOf(e: EventOf<'day'>): DayOptions {
  return { timeZone: e.timeZone, dayStart: e.dayStart };
}

function isSortedByTime(events: EngineEvent[]): boolean {
  for (let i = 1; i < events.length; i++) {
    const prev = events[i - 1];
    const next = events[i];
    if (prev && next && next.at < prev.at) return false;
  }
  return true;
}

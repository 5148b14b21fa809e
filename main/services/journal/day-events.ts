/**
 * Splits a month's events (in journal order) into the events of each Sitwise day, ready for the fold.
 *
 * Clock-skew and ordering rules (the engine writes neither case; they come from hand edits, merged files
 * or a clock bug, and must not break or inflate a summary):
 * - An event belongs to the day of the `day` event before it in journal order. Events before any `day`
 *   event (a journal cut mid-day) belong to the day their own time falls in.
 * - An event whose time lies outside its day's bounds is clock-skewed: it is left out and counted, because
 *   folding it would stretch the day (an `observed` line dated next year would add a year of sitting).
 * - Within a day, events are ordered by time; equal times keep journal order. The fold requires it.
 * - Several `day` events with the same date (the app restarted) form one day.
 * - Bounds are in wall time, event times are monotonic: with the wall clock set off by W (a manual change,
 *   recorded as `wallOffsetMs` on the `day` event or a later `clock` event), the day runs from start − W to
 *   end − W in event time, so the events of a day after a manual clock change are kept.
 */
import type { EngineEvent, EventOf } from '../../../shared/events';
import { type DayOptions, dayBounds, localDateOf } from '../../../shared/time';

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

export function groupByDay(events: Iterable<EngineEvent>, fallback: DayOptions): GroupedDays {
  const byDate = new Map<string, DayEvents & { bounds: { start: number; end: number } }>();
  let current: (DayEvents & { bounds: { start: number; end: number } }) | null = null;
  let skewed = 0;

  const dayFor = (date: string, opts: DayOptions, wallOffsetMs = 0) => {
    let day = byDate.get(date);
    if (!day) {
      const wall = dayBounds(date, opts);
      day = {
        date,
        opts,
        events: [],
        bounds: { start: wall.start - wallOffsetMs, end: wall.end - wallOffsetMs },
      };
      byDate.set(date, day);
    }
    return day;
  };

  for (const e of events) {
    if (e.type === 'day') {
      current = dayFor(e.date, optsOf(e), e.wallOffsetMs ?? 0);
      if (e.at < current.bounds.start || e.at >= current.bounds.end) {
        skewed++;
        continue;
      }
      current.events.push(e);
      continue;
    }
    if (e.type === 'clock' && current) {
      // The rest of the day ends when the wall clock, now off by the new offset, reaches the day's end.
      current.bounds = { ...current.bounds, end: dayBounds(current.date, current.opts).end - e.wallOffsetMs };
    }
    const day = current ?? dayFor(localDateOf(e.at, fallback), fallback);
    if (e.at < day.bounds.start || e.at >= day.bounds.end) {
      skewed++;
      continue;
    }
    day.events.push(e);
  }

  const days: DayEvents[] = [];
  for (const day of [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    if (!isSortedByTime(day.events)) {
      // Array.prototype.sort is stable, so equal times keep journal order.
      day.events.sort((a, b) => a.at - b.at);
    }
    days.push({ date: day.date, opts: day.opts, events: day.events });
  }
  return { days, skewed };
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

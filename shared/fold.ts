/**
 * The one fold from engine events to day figures and timelines, used by the app's summaries and by
 * `npm run replay` alike: `foldJournal`, `foldDays` and `timelineOf` first split the events into days
 * (day-groups.ts: each day follows its own zone and day start), then fold each day with a `DayFolder`.
 *
 * Accounting rules (see docs/engine.md):
 * - A day counts from its first observation to its last; time before and after is not counted. The engine
 *   files an observation at the day start with the old day, so a day watched across its start counts up to
 *   it; a day with no such line (an export taken mid-day) ends at its last line, never at the next day.
 * - After the app quit, the engine says on its next start how the time off counts (a short one is part of
 *   the stretch, a longer one an `away` gap); a day that ends with the quit ends there.
 * - A second `day` event for the same date (a restart, an import) says where the user is from then on.
 * - Present time is sitting, standing or moving by posture; away time is counted only when the user
 *   comes back within the same day (an away stretch still open when the day ends is the day's end).
 * - The longest sitting bout adds up present sitting time; a posture change or a natural break ends it.
 * - A natural break counts like its away time: when the user comes back the same day.
 * - Prompts: `held` counts prompts held back at least once, `heldBy` the same per reason, and
 *   `medianDelaySec` is the median time from due to shown over the held prompts that were shown.
 */
import { type DayEvents, groupByDay } from './day-groups';
import type { EngineEvent, EventOf } from './events';
import type { HoldReason, Posture } from './snapshot';
import {
  type DaySummary,
  emptyDay,
  LONG_BOUT_MIN,
  median,
  type PromptCounts,
  type Segment,
  type SegmentKind,
} from './summary';
import { type DayOptions, localDateOf } from './time';

export interface FoldOptions extends DayOptions {
  /** Extend the open day's present stretch to this instant (live "today" figures). */
  until?: number;
}

interface OpenDay {
  date: string;
  ms: Record<SegmentKind, number>;
  boutMs: number;
  longestBoutMs: number;
  summary: DaySummary;
  segments: Segment[] | null;
  posture: Posture;
  present: boolean;
  /** Start of the stretch not yet counted; null before the day's first present moment. */
  segStart: number | null;
  lastAt: number;
  lastDesk: 'sitting' | 'standing' | null;
  /** Natural breaks of the open away stretch: counted when the user is back the same day. */
  pendingBreaks: number;
  /** Hold reasons seen per prompt id, and the delivery delays of held prompts (s). */
  held: Map<string, Set<HoldReason>>;
  delays: number[];
}

const LONG_BOUT_MS = LONG_BOUT_MIN * 60_000;
const round1 = (ms: number) => Math.round(ms / 6_000) / 10;

export class DayFolder {
  private day: OpenDay | null = null;

  constructor(
    private readonly opts: DayOptions,
    private readonly keepSegments = false,
  ) {}

  /** Feeds one event; returns the days it closed (usually none). */
  push(e: EngineEvent): DaySummary[] {
    const closed: DaySummary[] = [];
    if (e.type === 'day') {
      if (this.day && this.day.date === e.date) {
        this.again(this.day, e);
        return closed;
      }
      // A day ends at its own last observation (see the rules above), never at the next day's start.
      if (this.day) closed.push(this.close(this.day, this.day.lastAt));
      this.day = this.open(e.date, e.posture, e.presence === 'present', e.at);
      return closed;
    }
    const day = this.day ?? this.openImplicit(e);
    if (e.at < day.lastAt) throw new RangeError(`events out of order at ${e.at} (after ${day.lastAt})`);
    switch (e.type) {
      case 'away':
        if (day.present) {
          const x = this.clampTo(day, e.since, e.at);
          this.commit(day, x);
          day.present = false;
        }
        break;
      case 'present':
        if (!day.present) {
          const x = this.clampTo(day, e.since, e.at);
          if (day.segStart !== null) {
            this.commit(day, x);
            day.summary.naturalBreaks += day.pendingBreaks;
          }
          day.pendingBreaks = 0;
          day.segStart = x;
          day.present = true;
        }
        break;
      case 'posture':
        if (day.present) this.commit(day, e.at);
        day.posture = e.posture;
        day.boutMs = 0;
        if (e.posture !== 'moving' && e.posture !== day.lastDesk) {
          if (day.lastDesk !== null) day.summary.postureChanges++;
          day.lastDesk = e.posture;
        }
        break;
      case 'natural-break':
        if (day.present) day.summary.naturalBreaks++;
        else day.pendingBreaks++;
        day.boutMs = 0;
        break;
      case 'prompt-shown':
        if (e.attempt === 1) day.summary.prompts.shown++;
        if (e.delaySec !== undefined) day.delays.push(e.delaySec);
        break;
      case 'prompt-done':
        day.summary.prompts.done++;
        break;
      case 'prompt-snoozed':
        day.summary.prompts.snoozed++;
        break;
      case 'prompt-skipped':
        day.summary.prompts.skipped++;
        break;
      case 'prompt-deferred': {
        day.summary.prompts.deferred++;
        const reasons = day.held.get(e.id) ?? new Set<HoldReason>();
        reasons.add(e.reason ?? 'app');
        day.held.set(e.id, reasons);
        break;
      }
      default:
        break;
    }
    this.touch(e.at);
    return closed;
  }

  /** The open day's figures so far (the fold itself is not changed). */
  current(until?: number): DaySummary | null {
    if (!this.day) return null;
    const copy: OpenDay = {
      ...this.day,
      ms: { ...this.day.ms },
      summary: { ...this.day.summary, prompts: { ...this.day.summary.prompts } },
      segments: this.day.segments ? [...this.day.segments] : null,
      held: new Map(this.day.held),
      delays: [...this.day.delays],
    };
    return this.close(copy, Math.max(copy.lastAt, until ?? copy.lastAt), false);
  }

  /** Closes the open day (at its last observation, or `until` when later) and returns it. */
  finish(until?: number): DaySummary | null {
    const day = this.day;
    if (!day) return null;
    this.day = null;
    return this.close(day, Math.max(day.lastAt, until ?? day.lastAt));
  }

  /** Segments of the open day so far (only when created with keepSegments). */
  openSegments(): { date: string; segments: Segment[] } | null {
    return this.day?.segments ? { date: this.day.date, segments: this.day.segments } : null;
  }

  /** Closed day segments are handed out through this hook (only when created with keepSegments). */
  onSegments: ((date: string, segments: Segment[]) => void) | null = null;

  private open(date: string, posture: Posture, present: boolean, at: number): OpenDay {
    return {
      date,
      ms: { sitting: 0, standing: 0, moving: 0, away: 0 },
      boutMs: 0,
      longestBoutMs: 0,
      summary: emptyDay(date),
      segments: this.keepSegments ? [] : null,
      posture,
      present,
      segStart: present ? at : null,
      lastAt: at,
      lastDesk: posture === 'moving' ? null : posture,
      pendingBreaks: 0,
      held: new Map(),
      delays: [],
    };
  }

  /** Events before any `day` event (a journal cut mid-day): assume present and sitting from here. */
  private openImplicit(e: EngineEvent): OpenDay {
    const day = this.open(localDateOf(e.at, this.opts), 'sitting', e.type !== 'away', e.at);
    this.day = day;
    return day;
  }

  /** A second `day` event for the open date: presence and posture as it says, from its time on. */
  private again(day: OpenDay, e: EventOf<'day'>): void {
    if (e.at < day.lastAt) throw new RangeError(`events out of order at ${e.at} (after ${day.lastAt})`);
    const present = e.presence === 'present';
    if (present !== day.present) {
      if (day.segStart !== null) this.commit(day, e.at);
      else if (present) day.segStart = e.at;
      if (present) {
        day.summary.naturalBreaks += day.pendingBreaks;
        day.pendingBreaks = 0;
      }
      day.present = present;
    } else if (day.present) this.commit(day, e.at);
    if (e.posture !== day.posture) {
      day.posture = e.posture;
      day.boutMs = 0;
    }
    this.touch(e.at);
  }

  private touch(at: number): void {
    if (this.day && at > this.day.lastAt) this.day.lastAt = at;
  }

  private clampTo(day: OpenDay, since: number, at: number): number {
    const lo = day.segStart ?? since;
    return Math.min(Math.max(since, lo), at);
  }

  /** Counts the open stretch [segStart, end] and starts a new one at `end`. */
  private commit(day: OpenDay, end: number): void {
    const start = day.segStart;
    day.segStart = end;
    if (start === null || end <= start) return;
    const kind: SegmentKind = day.present ? day.posture : 'away';
    const len = end - start;
    day.ms[kind] += len;
    if (kind === 'sitting') {
      const before = day.boutMs;
      day.boutMs += len;
      if (before <= LONG_BOUT_MS && day.boutMs > LONG_BOUT_MS) day.summary.longBouts++;
      if (day.boutMs > day.longestBoutMs) day.longestBoutMs = day.boutMs;
    }
    if (day.segments) {
      const last = day.segments[day.segments.length - 1];
      if (last && last.kind === kind && last.end === start) last.end = end;
      else day.segments.push({ kind, start, end });
    }
  }

  private close(day: OpenDay, end: number, report = true): DaySummary {
    // An open away stretch is the day's end: it is not counted.
    if (day.present) this.commit(day, end);
    const s = day.summary;
    s.sittingMin = round1(day.ms.sitting);
    s.standingMin = round1(day.ms.standing);
    s.movingMin = round1(day.ms.moving);
    s.awayMin = round1(day.ms.away);
    s.longestSittingBoutMin = round1(day.longestBoutMs);
    const heldBy: PromptCounts['heldBy'] = {};
    for (const reasons of day.held.values()) {
      for (const r of reasons) heldBy[r] = (heldBy[r] ?? 0) + 1;
    }
    s.prompts = { ...s.prompts, held: day.held.size, heldBy, medianDelaySec: median(day.delays) };
    if (report && day.segments && this.onSegments) this.onSegments(day.date, day.segments);
    return s;
  }
}

/** Day summaries for every day the events touch, in date order, and how many events were left out as skewed. */
export function foldJournal(
  events: Iterable<EngineEvent>,
  opts: FoldOptions,
): { days: DaySummary[]; skewed: number } {
  const grouped = groupByDay(events, opts);
  const days = grouped.days.map((day, i) =>
    foldDay(day, i === grouped.days.length - 1 ? opts.until : undefined),
  );
  return { days, skewed: grouped.skewed };
}

/**
 * Day summaries for every day the events touch, in date order; `until` extends the last day's open present
 * stretch to that instant (live "today" figures).
 */
export function foldDays(events: Iterable<EngineEvent>, opts: FoldOptions): DaySummary[] {
  return foldJournal(events, opts).days;
}

/** One day's figures from its own events (as grouped by `groupByDay`). */
export function foldDay(day: DayEvents, until?: number): DaySummary {
  const folder = new DayFolder(day.opts);
  for (const e of day.events) folder.push(e);
  return folder.finish(until) ?? emptyDay(day.date);
}

/** One day's stretches of sitting, standing, moving and away, in order and without overlaps. */
export function dayTimeline(day: DayEvents, until?: number): Segment[] {
  const folder = new DayFolder(day.opts, true);
  let found: Segment[] = [];
  folder.onSegments = (_date, segments) => {
    found = segments;
  };
  for (const e of day.events) folder.push(e);
  folder.finish(until);
  return found;
}

/** The day's stretches of sitting, standing, moving and away, in order and without overlaps. */
export function timelineOf(events: Iterable<EngineEvent>, date: string, opts: FoldOptions): Segment[] {
  const grouped = groupByDay(events, opts);
  const i = grouped.days.findIndex((d) => d.date === date);
  const day = grouped.days[i];
  if (!day) return [];
  return dayTimeline(day, i === grouped.days.length - 1 ? opts.until : undefined);
}

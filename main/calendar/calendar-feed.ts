/**
 * The calendar adapter: reads the user's ICS file or fetches their ICS address, turns it into busy spans for
 * the engine and keeps a status for Settings. Off by default; nothing is read or fetched until it is on.
 * Reads once when turned on or when the address changes, then on a timer through the Clock port at most
 * every 15 minutes, and again on resume from sleep (once 15 minutes have passed since the last try).
 * A failure keeps the busy times last read (meetings do not vanish because the network did) and is shown
 * in Settings; it never stops tracking.
 */
import type { CalendarProblem } from '../../shared/i18n/calendar-problems';
import type { CalendarStatus } from '../../shared/ipc';
import type { Settings } from '../../shared/settings';
import type { BusySpan } from '../engine/types';
import type { Cancel, Clock, Network } from '../ports';
import { errnoOf } from '../services/fs';
import { CalendarFetchError, fetchIcs } from './fetch-ics';
import { type CalendarEvent, CalendarParseError, parseBusyEvents } from './parse-ics';

export const REFRESH_MS = 15 * 60_000;
/** How far ahead busy events are looked for. */
export const WINDOW_MS = 36 * 3_600_000;
/** Events shown in the Settings preview. */
const PREVIEW = 5;

export interface CalendarFeedDeps {
  clock: Clock;
  /** Absent: an address cannot be fetched on this host (a file still can). */
  network?: Network | undefined;
  /** Reads a calendar file's text (rejects with the file system's error). */
  readFile: (path: string) => Promise<string>;
  settings: () => Settings;
  timeZone: () => string;
  busyChanged: (busy: BusySpan[]) => void;
  /** A failure that is not the calendar's (a defect): reported, and shown in Settings too. */
  onError: (error: unknown) => void;
}

export interface CalendarFeed {
  start(): void;
  /** Settings were saved: a change of address or of on/off reads again now. */
  settingsChanged(settings: Settings): void;
  /** The computer woke from sleep. */
  resumed(): void;
  /** Reads now (the Settings button); resolves with the status after the attempt. */
  refresh(): Promise<CalendarStatus>;
  status(): CalendarStatus;
  stop(): void;
}

export function createCalendarFeed(deps: CalendarFeedDeps): CalendarFeed {
  const { clock } = deps;
  let events: CalendarEvent[] = [];
  let lastReadAt: number | null = null;
  let lastTryAt: number | null = null;
  let error: CalendarProblem | null = null;
  let loading: Promise<void> | null = null;
  let cancelTimer: Cancel | null = null;
  let stopped = false;
  let source = key(deps.settings());
  let sentEmpty = true;

  function key(s: Settings): string | null {
    return s.calendar.enabled && s.calendar.source !== '' ? s.calendar.source : null;
  }

  function schedule(at: number): void {
    cancelTimer?.();
    cancelTimer = stopped || source === null ? null : clock.setTimer(at, () => void read());
  }

  async function load(address: string): Promise<string> {
    if (/^(https|webcal):\/\//i.test(address)) {
      if (!deps.network)
        throw new CalendarFetchError({ code: 'noNetwork' }, 'this system cannot fetch calendar addresses');
      return fetchIcs(address, { network: deps.network, clock });
    }
    try {
      return await deps.readFile(address);
    } catch (e) {
      const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
      if (code === 'ENOENT')
        throw new CalendarFetchError({ code: 'noFile' }, 'there is no file at this path');
      if (code === 'EACCES' || code === 'EPERM')
        throw new CalendarFetchError({ code: 'fileForbidden' }, 'Sitwise may not read this file');
      throw new CalendarFetchError(
        { code: 'fileUnreadable', errno: errnoOf(e) },
        `the file could not be read (${e instanceof Error ? e.message : String(e)})`,
      );
    }
  }

  function read(): Promise<void> {
    if (loading) return loading;
    const address = source;
    if (address === null || stopped) return Promise.resolve();
    lastTryAt = clock.now();
    loading = (async () => {
      try {
        const text = await load(address);
        const now = clock.now();
        const parsed = parseBusyEvents(text, { from: now, to: now + WINDOW_MS, timeZone: deps.timeZone() });
        if (stopped || source !== address) return;
        events = parsed;
        lastReadAt = now;
        error = null;
        publish();
      } catch (e) {
        const known = e instanceof CalendarFetchError || e instanceof CalendarParseError;
        if (!known) deps.onError(e);
        // Settings words the problem; the message of an unexpected failure went to onError above.
        if (source === address) error = known ? e.problem : { code: 'unreadable' };
      }
    })().finally(() => {
      loading = null;
      // The address changed while this read was under way: the new one is read now, not in 15 minutes.
      if (!stopped && source !== null && source !== address) void read();
      else schedule((lastTryAt ?? clock.now()) + REFRESH_MS);
    });
    return loading;
  }

  function publish(): void {
    const busy = busySpans(events);
    if (busy.length === 0 && sentEmpty) return;
    sentEmpty = busy.length === 0;
    deps.busyChanged(busy);
  }

  function turnedOff(): void {
    cancelTimer?.();
    cancelTimer = null;
    events = [];
    lastReadAt = null;
    lastTryAt = null;
    error = null;
    publish();
  }

  function status(): CalendarStatus {
    const now = clock.now();
    const upcoming = events.filter((e) => e.end > now).slice(0, PREVIEW);
    const state = source === null ? 'off' : loading ? 'loading' : error !== null ? 'error' : 'ok';
    return { state, lastReadAt, error, upcoming };
  }

  return {
    start() {
      if (source !== null) void read();
    },
    settingsChanged(settings) {
      const next = key(settings);
      if (next === source) return;
      source = next;
      turnedOff();
      if (next !== null) void read();
    },
    resumed() {
      if (source === null || stopped) return;
      const due = (lastTryAt ?? 0) + REFRESH_MS;
      if (clock.now() >= due) void read();
      else schedule(due);
    },
    async refresh() {
      await read();
      return status();
    },
    status,
    stop() {
      stopped = true;
      cancelTimer?.();
      cancelTimer = null;
    },
  };
}

/** Most spans the engine is handed (it refuses more than 2000: not a calendar). */
export const MAX_SPANS = 1000;

/**
 * The engine needs busy time, not events: overlapping and back-to-back events become one span (a day of
 * meetings is one span, not a dozen), in start order, at most MAX_SPANS of them (the earliest).
 */
export function busySpans(events: readonly { start: number; end: number }[]): BusySpan[] {
  const sorted = [...events].sort((a, b) => a.start - b.start);
  const out: BusySpan[] = [];
  for (const { start, end } of sorted) {
    const last = out.at(-1);
    if (last !== undefined && start <= last.end) last.end = Math.max(last.end, end);
    else if (out.length < MAX_SPANS) out.push({ start, end });
    else break;
  }
  return out;
}

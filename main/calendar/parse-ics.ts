/**
 * The busy events of an ICS calendar in a window of time: a pure function of the file's text. Recurrence
 * (RRULE, RDATE, EXDATE, RECURRENCE-ID exceptions) and time zones (TZID with the file's VTIMEZONE) are
 * ical.js's; what counts as busy is ours:
 * - kept: timed events that block time (TRANSP absent or OPAQUE) and are not cancelled;
 * - left out: all-day events (DTSTART as a date: holidays, out-of-office days, birthdays), events marked
 *   free (TRANSP:TRANSPARENT, or Outlook's X-MICROSOFT-CDO-BUSYSTATUS:FREE), cancelled events (STATUS:CANCELLED, also a cancelled single occurrence),
 *   and timed events of 24 hours or more (a conference or trip entered as one span, not a meeting).
 * Titles leave this module only for the Settings preview; the engine gets start and end alone.
 */
import { TZDate } from '@date-fns/tz';
import ICAL from 'ical.js';
import type { CalendarProblem } from '../../shared/i18n/calendar-problems';

export interface CalendarEvent {
  start: number;
  end: number;
  /** The event's SUMMARY (empty when it has none): shown in the Settings preview only. */
  title: string;
}

/** Text that is not a calendar Sitwise can read: `problem` is what Settings words; the message is for logs. */
export class CalendarParseError extends Error {
  override name = 'CalendarParseError';
  readonly problem: CalendarProblem;
  constructor(message: string, problem: CalendarProblem = { code: 'unreadable' }) {
    super(message);
    this.problem = problem;
  }
}

/** Busy events overlapping [from, to), sorted by start. */
export interface ParseOptions {
  from: number;
  to: number;
  /** The user's IANA zone, for floating times (no TZID, no Z) and TZIDs the file does not define. */
  timeZone: string;
}

/** Occurrences looked at per recurring event before giving up (a rule stepping by minutes since 2010). */
const MAX_STEPS = 20_000;
const DAY_MS = 86_400_000;

export function parseBusyEvents(text: string, options: ParseOptions): CalendarEvent[] {
  const calendar = parseCalendar(text);
  const vevents = calendar.getAllSubcomponents('vevent');
  const exceptions = new Map<string, ICAL.Component[]>();
  const masters: ICAL.Component[] = [];
  for (const vevent of vevents) {
    const uid = String(vevent.getFirstPropertyValue('uid') ?? '');
    if (vevent.hasProperty('recurrence-id')) {
      const list = exceptions.get(uid) ?? [];
      list.push(vevent);
      exceptions.set(uid, list);
    } else {
      masters.push(vevent);
    }
  }
  const out: CalendarEvent[] = [];
  for (const master of masters) {
    const uid = String(master.getFirstPropertyValue('uid') ?? '');
    const own = exceptions.get(uid) ?? [];
    exceptions.delete(uid);
    const event = new ICAL.Event(master, { strictExceptions: true, exceptions: own });
    if (event.isRecurring()) expandRecurring(event, options, out);
    else addIfBusy(event, event.startDate, event.endDate, options, out);
  }
  // A moved occurrence whose series is not in the file (a shared single instance) still stands alone.
  for (const orphans of exceptions.values()) {
    for (const vevent of orphans) {
      const event = new ICAL.Event(vevent);
      addIfBusy(event, event.startDate, event.endDate, options, out);
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function parseCalendar(text: string): ICAL.Component {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (!/^BEGIN:VCALENDAR/i.test(trimmed)) {
    throw new CalendarParseError('this is not an ICS calendar (it does not begin with BEGIN:VCALENDAR)', {
      code: 'notIcs',
    });
  }
  let parsed: unknown;
  try {
    parsed = ICAL.parse(trimmed);
  } catch (error) {
    throw new CalendarParseError(
      `the calendar could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  // ICAL.parse gives one component, or a list when the text holds several calendars: take the first.
  const jcal = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
  if (!Array.isArray(jcal)) throw new CalendarParseError('the calendar could not be read');
  return new ICAL.Component(jcal);
}

function expandRecurring(event: ICAL.Event, options: ParseOptions, out: CalendarEvent[]): void {
  const it = event.iterator();
  for (let step = 0; step < MAX_STEPS; step++) {
    const next = it.next();
    if (!next) return;
    const details = event.getOccurrenceDetails(next);
    const zone = zoneHint(event.component, 'dtstart', options.timeZone);
    // Occurrences come in recurrence-id order; an occurrence moved a day or less earlier is still found.
    if (epochOf(details.recurrenceId, zone) >= options.to + DAY_MS) return;
    addIfBusy(details.item, details.startDate, details.endDate, options, out);
  }
}

function addIfBusy(
  item: ICAL.Event,
  startDate: ICAL.Time,
  endDate: ICAL.Time,
  options: ParseOptions,
  out: CalendarEvent[],
): void {
  if (startDate.isDate) return;
  const component = item.component;
  const transp = String(component.getFirstPropertyValue('transp') ?? 'OPAQUE').toUpperCase();
  const status = String(component.getFirstPropertyValue('status') ?? '').toUpperCase();
  // Outlook marks "Free" with its own property too (a file may carry it without TRANSP).
  const outlookFree =
    String(component.getFirstPropertyValue('x-microsoft-cdo-busystatus') ?? '').toUpperCase() === 'FREE';
  if (transp === 'TRANSPARENT' || outlookFree || status === 'CANCELLED') return;
  const start = epochOf(startDate, zoneHint(component, 'dtstart', options.timeZone));
  const end = epochOf(
    endDate,
    zoneHint(component, component.hasProperty('dtend') ? 'dtend' : 'dtstart', options.timeZone),
  );
  if (!(end > start) || end - start >= DAY_MS) return;
  if (end <= options.from || start >= options.to) return;
  out.push({ start, end, title: String(item.summary ?? '') });
}

/**
 * Epoch ms of an ical.js time. A time in UTC or in a zone the file defines converts itself; a floating
 * time, or one whose TZID the file forgot to define (common in hand-made files), is read as wall time in
 * that TZID when it names an IANA zone, else in the user's zone.
 */
function epochOf(time: ICAL.Time, fallbackZone: string): number {
  const zone = time.zone;
  if (zone && zone !== ICAL.Timezone.localTimezone && zone.tzid !== 'floating')
    return time.toUnixTime() * 1000;
  return new TZDate(
    time.year,
    time.month - 1,
    time.day,
    time.hour,
    time.minute,
    time.second,
    fallbackZone,
  ).getTime();
}

/** The zone for a floating reading of a property: its TZID when that names an IANA zone, else the user's. */
function zoneHint(component: ICAL.Component, name: 'dtstart' | 'dtend', userZone: string): string {
  const tzid = component.getFirstProperty(name)?.getParameter('tzid');
  return typeof tzid === 'string' && isIanaZone(tzid) ? tzid : userZone;
}

function isIanaZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

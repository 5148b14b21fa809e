/**
 * The end-of-day summary, the weekly check-in reminder and the opt-in evening wind-down: when each fires
 * next (time-zone and DST aware), what the notification says, and a scheduler that keeps one timer for the
 * earliest. Clicking one opens its screen.
 */

import { formatMinutes } from '../../shared/i18n/durations';
import type { Formatter } from '../../shared/i18n/format';
import type { Screen } from '../../shared/ipc';
import type { Settings } from '../../shared/settings';
import type { DaySummary } from '../../shared/summary';
import {
  addDays,
  calendarDateOf,
  clockMinutes,
  instantOf,
  localDateOf,
  weekdayOfDate,
} from '../../shared/time';
import type { Cancel, Clock, NotificationSpec, Notifier } from '../ports';

export type ReminderKind = 'end-of-day' | 'check-in' | 'wind-down';

export interface Reminder {
  kind: ReminderKind;
  /** Wall-clock epoch ms. */
  at: number;
}

/**
 * The first instant strictly after `now` at local wall time `time` on a date whose weekday is allowed.
 * Walks calendar dates (not 24-hour steps), so a DST change never shifts the hour.
 */
export function nextWallTime(
  now: number,
  time: string,
  timeZone: string,
  weekdays?: readonly number[],
): number {
  const minutes = clockMinutes(time);
  let date = calendarDateOf(now, timeZone);
  for (let i = 0; i < 8; i++, date = addDays(date, 1)) {
    if (weekdays && !weekdays.includes(weekdayOfDate(date))) continue;
    const at = instantOf(date, minutes, timeZone);
    if (at > now) return at;
  }
  throw new Error(`No ${time} in the next week on the allowed days (${weekdays?.join(', ') ?? 'any'}).`);
}

export function nextReminders(settings: Settings, now: number, timeZone: string): Reminder[] {
  const out: Reminder[] = [];
  const { endOfDaySummary, checkIn, workingHours, windDown } = settings;
  if (endOfDaySummary.enabled) {
    const days = workingHours.enabled && workingHours.days.length > 0 ? workingHours.days : undefined;
    out.push({ kind: 'end-of-day', at: nextWallTime(now, endOfDaySummary.time, timeZone, days) });
  }
  if (checkIn.enabled) {
    out.push({ kind: 'check-in', at: nextWallTime(now, checkIn.time, timeZone, [checkIn.day]) });
  }
  if (windDown.enabled) out.push({ kind: 'wind-down', at: nextWallTime(now, windDown.time, timeZone) });
  return out.sort((a, b) => a.at - b.at);
}

export function endOfDayNotification(summary: DaySummary, words: Formatter): NotificationSpec {
  return {
    id: `end-of-day-${summary.date}`,
    title: words.t('reminder.endOfDay.title'),
    body: words.t('reminder.endOfDay.body', {
      sitting: formatMinutes(words, summary.sittingMin),
      longest: formatMinutes(words, summary.longestSittingBoutMin),
      changes: summary.postureChanges,
      followed: summary.prompts.done,
    }),
    actions: [],
  };
}

export function checkInNotification(date: string, words: Formatter): NotificationSpec {
  return {
    id: `check-in-${date}`,
    title: words.t('reminder.checkIn.title'),
    body: words.t('reminder.checkIn.body'),
    actions: [],
  };
}

/** A gentle end-of-day nudge; sleep routine and breathwork are in the founding text's recovery domain. */
export function windDownNotification(date: string, words: Formatter): NotificationSpec {
  return {
    id: `wind-down-${date}`,
    title: words.t('reminder.windDown.title'),
    body: words.t('reminder.windDown.body'),
    actions: [],
  };
}

export const reminderScreen: Record<ReminderKind, Screen> = {
  'end-of-day': 'today',
  'check-in': 'checkin',
  'wind-down': 'routines',
};

export interface ReminderDeps {
  clock: Clock;
  notifier: Notifier;
  timeZone: () => string;
  settings: () => Promise<Settings>;
  /** The words of the chosen language now. */
  words: () => Formatter;
  summary: (date: string) => Promise<DaySummary>;
  /** Whether this week's check-in is still to do (a check-in made early needs no reminder). */
  checkinPending?: () => Promise<boolean>;
  open: (screen: Screen) => void;
  onError: (error: unknown) => void;
}

export interface ReminderScheduler {
  /** Recomputes the next reminder (call on start, on settings change, after resume). */
  reschedule(): Promise<void>;
  stop(): void;
}

export function createReminderScheduler(deps: ReminderDeps): ReminderScheduler {
  let cancel: Cancel | null = null;
  let stopped = false;
  const wallNow = () => deps.clock.wallNow?.() ?? deps.clock.now();

  async function fire(reminder: Reminder): Promise<void> {
    const settings = await deps.settings();
    const timeZone = deps.timeZone();
    const date = localDateOf(reminder.at, { timeZone, dayStart: settings.dayStart });
    if (reminder.kind === 'check-in' && deps.checkinPending && !(await deps.checkinPending())) return;
    const words = deps.words();
    const spec =
      reminder.kind === 'end-of-day'
        ? endOfDayNotification(await deps.summary(date), words)
        : reminder.kind === 'check-in'
          ? checkInNotification(date, words)
          : windDownNotification(date, words);
    deps.notifier.show(spec, (action) => {
      if (action !== 'close') deps.open(reminderScreen[reminder.kind]);
    });
  }

  async function reschedule(): Promise<void> {
    cancel?.();
    cancel = null;
    if (stopped) return;
    const settings = await deps.settings();
    const next = nextReminders(settings, wallNow(), deps.timeZone())[0];
    if (!next) return;
    // Timers run on the clock's own time line; convert the wall instant into it.
    const at = deps.clock.now() + (next.at - wallNow());
    cancel = deps.clock.setTimer(at, () => {
      cancel = null;
      fire(next)
        .catch(deps.onError)
        .finally(() => {
          reschedule().catch(deps.onError);
        });
    });
  }

  return {
    reschedule,
    stop() {
      stopped = true;
      cancel?.();
      cancel = null;
    },
  };
}

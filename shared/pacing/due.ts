/**
 * When the weekly check-in prompt is due: from the set day and time of the current (Monday-based) week
 * until the week's check-in is made. It is a gentle prompt: snoozing moves it, it never blocks anything.
 */
import { addDays, clockMinutes, type DayOptions, instantOf, localDateOf, weekStartOf } from '../time';

export interface CheckinSchedule {
  enabled: boolean;
  /** 0 = Sunday … 6 = Saturday. */
  day: number;
  /** "HH:MM" local time. */
  time: string;
}

/** The instant of the week's check-in prompt (the set day and time within the week starting `week`). */
export function checkinPromptAt(week: string, schedule: CheckinSchedule, timeZone: string): number {
  const date = addDays(week, (schedule.day + 6) % 7);
  return instantOf(date, clockMinutes(schedule.time), timeZone);
}

export interface DueInput {
  now: number;
  opts: DayOptions;
  schedule: CheckinSchedule;
  /** Weeks (Mondays) that already have a check-in. */
  doneWeeks: readonly string[];
  snoozedUntil: number | null;
}

export function checkinDue(input: DueInput): { week: string; promptAt: number; due: boolean } {
  const week = weekStartOf(localDateOf(input.now, input.opts));
  const promptAt = checkinPromptAt(week, input.schedule, input.opts.timeZone);
  const due =
    input.schedule.enabled &&
    input.now >= promptAt &&
    !input.doneWeeks.includes(week) &&
    (input.snoozedUntil === null || input.now >= input.snoozedUntil);
  return { week, promptAt, due };
}

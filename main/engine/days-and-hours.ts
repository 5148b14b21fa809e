/**
 * Everything that reads the wall clock: day boundaries, wall-clock jumps, time-zone changes and working
 * hours. Durations always use `at`
 * (monotonic); only the day boundary and working hours look at the wall clock (at + wallOffsetMs, read
 * in the time zone). A day never reopens: when the wall clock goes back across a day start, the current
 * day simply runs on until the wall clock reaches its end again.
 */

import type { AwayReason, Presence } from '../../shared/snapshot';
import { clockMinutes, dayBounds, localDateOf, wallTimeOf } from '../../shared/time';
import { type Ctx, emit } from './context';
import { clearPrompt } from './prompt-lifecycle';

/** Smaller differences between wall and monotonic time are drift, not a jump. */
export const CLOCK_JUMP_MS = 60_000;

function dayOpts(ctx: Ctx) {
  return { timeZone: ctx.s.timeZone, dayStart: ctx.settings.dayStart };
}

/** Emits the `day` event when `x` is past the current day's end. */
export function crossDays(ctx: Ctx, x: number): void {
  const s = ctx.s;
  if (s.date === null || x < s.dayEnd) return;
  let date = localDateOf(x + s.wallOffsetMs, dayOpts(ctx));
  if (date <= s.date) {
    // Only reachable through rounding at a DST gap: move on by one day rather than stall.
    date = localDateOf(s.dayEnd + s.wallOffsetMs, dayOpts(ctx));
  }
  const start = dayBounds(date, dayOpts(ctx)).start - s.wallOffsetMs;
  const at = Math.min(Math.max(start, s.lastEventAt), x);
  // The old day's last observation, filed with it: its figures then run up to the day start from its own
  // events alone (a summary of one day never needs the next day's file).
  if (s.presence === 'present' && at > s.lastEventAt) emit(ctx, { type: 'observed', at, final: false });
  emit(ctx, {
    type: 'day',
    at,
    date,
    timeZone: s.timeZone,
    dayStart: ctx.settings.dayStart,
    posture: s.posture,
    presence: s.presence,
    awayReason: s.awayReason,
    ...(s.wallOffsetMs === 0 ? {} : { wallOffsetMs: s.wallOffsetMs }),
  });
}

/** The very first observation opens the first day, in the presence that observation shows. */
export function openFirstDay(
  ctx: Ctx,
  at: number,
  wall: number | undefined,
  start: { presence: Presence; awayReason: AwayReason | null },
): void {
  const s = ctx.s;
  const offset = wall === undefined ? s.wallOffsetMs : wall - at;
  emit(ctx, {
    type: 'day',
    at,
    date: localDateOf(at + offset, dayOpts(ctx)),
    timeZone: s.timeZone,
    dayStart: ctx.settings.dayStart,
    posture: s.posture,
    presence: start.presence,
    awayReason: start.awayReason,
    ...(offset === 0 ? {} : { wallOffsetMs: offset }),
  });
}

/** Records a wall-clock jump carried by an input (wall - at changed by a minute or more). */
export function applyWall(ctx: Ctx, at: number, wall: number | undefined): void {
  if (wall === undefined) return;
  const offset = wall - at;
  const delta = offset - ctx.s.wallOffsetMs;
  if (Math.abs(delta) < CLOCK_JUMP_MS) return;
  emit(ctx, { type: 'clock', at, wallOffsetMs: offset, deltaMs: delta });
  crossDays(ctx, at);
}

export function applyZone(ctx: Ctx, at: number, timeZone: string): void {
  if (timeZone === ctx.s.timeZone) return;
  emit(ctx, { type: 'zone', at, timeZone, from: ctx.s.timeZone });
  crossDays(ctx, at);
}

export function insideWorkingHours(ctx: Ctx, at: number): boolean {
  const wh = ctx.settings.workingHours;
  if (!wh.enabled) return true;
  const { minutes, weekday } = wallTimeOf(at + ctx.s.wallOffsetMs, ctx.s.timeZone);
  if (!wh.days.includes(weekday)) return false;
  return wh.ranges.some((r) => clockMinutes(r.start) <= minutes && minutes < clockMinutes(r.end));
}

/**
 * When the working-hours range going on at `at` ends (so a waiting prompt is cleared on time), or null
 * outside working hours or when they are off.
 */
export function hoursEndAt(ctx: Ctx, at: number): number | null {
  const wh = ctx.settings.workingHours;
  if (!wh.enabled) return null;
  const wall = at + ctx.s.wallOffsetMs;
  const { minutes, weekday } = wallTimeOf(wall, ctx.s.timeZone);
  if (!wh.days.includes(weekday)) return null;
  const range = wh.ranges.find((r) => clockMinutes(r.start) <= minutes && minutes < clockMinutes(r.end));
  if (!range) return null;
  const minuteStart = at - (((wall % 60_000) + 60_000) % 60_000);
  return minuteStart + (clockMinutes(range.end) - minutes) * 60_000;
}

/** Emits `hours` when working hours begin or end; an active prompt is withdrawn outside them. */
export function updateHours(ctx: Ctx, at: number): void {
  const s = ctx.s;
  const inside = insideWorkingHours(ctx, at);
  if (inside === (s.insideHours ?? true)) return;
  if (!inside) clearPrompt(ctx, 'outside-hours', at);
  emit(ctx, { type: 'hours', at, inside });
}

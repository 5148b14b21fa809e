/**
 * Is now a bad moment for a prompt, and why? The reasons, in order: a call (camera or microphone in use),
 * Do Not Disturb, a fullscreen window, a listed app in front, a busy calendar event. Each counts only when
 * its setting is on. Separately, a natural pause: a prompt that falls due while the user is typing waits
 * (up to a few minutes) for the first pause in input. Calendar look-ahead: a prompt that would fall due in
 * the 10 minutes before a busy event is offered when that window opens, so the user moves before it.
 */
import type { HoldReason } from '../../shared/snapshot';
import { type Ctx, minutes } from './context';

/** A prompt due this close before a busy event is offered early. */
export const EARLY_BEFORE_EVENT_MS = minutes(10);
/** While a prompt waits for a pause in typing, idle is sampled this often (at most, at least). */
export const PAUSE_SAMPLE_MIN_MS = 5_000;
export const PAUSE_SAMPLE_MAX_MS = 10_000;

/** The reason now is a bad moment (typing aside), or null. */
export function holdReasonAt(ctx: Ctx, at: number): HoldReason | null {
  const { context, focus } = ctx.s;
  const on = ctx.settings.interruptions;
  const apps = ctx.settings.focusDeferral;
  if (on.call && context.includes('call')) return 'call';
  if (on.dnd && context.includes('dnd')) return 'dnd';
  if (context.includes('fullscreen') && (on.fullscreen || (apps.enabled && apps.fullscreen)))
    return 'fullscreen';
  if (apps.enabled && (context.includes('app') || focus === 'meeting')) return 'app';
  if (busyAt(ctx, at) !== null) return 'calendar';
  return null;
}

/** The busy event going on at `at`, or null. */
export function busyAt(ctx: Ctx, at: number): { start: number; end: number } | null {
  return ctx.obs.busy.find((b) => b.start <= at && at < b.end) ?? null;
}

/** Idle time at `at` from the last observation of input (0 when input was never seen stopping). */
function idleMsAt(ctx: Ctx, at: number): number {
  const stop = ctx.obs.lastInputStop;
  return stop === null ? Number.POSITIVE_INFINITY : Math.max(0, at - stop);
}

/** Natural pauses are on and the user is typing at `at` (input within the last pauseSec). */
export function typingAt(ctx: Ctx, at: number): boolean {
  const np = ctx.settings.naturalPauses;
  return np.enabled && idleMsAt(ctx, at) < np.pauseSec * 1000;
}

/** A prompt held for typing is delivered by then at the latest. */
export function pauseHoldEndsAt(ctx: Ctx, heldAt: number): number {
  return heldAt + minutes(ctx.settings.naturalPauses.maxHoldMin);
}

/** When to sample idle next while a prompt waits for a pause: as soon as a pause could qualify, 5–10 s. */
export function nextPauseSample(ctx: Ctx, at: number): number {
  const left = ctx.settings.naturalPauses.pauseSec * 1000 - Math.min(idleMsAt(ctx, at), 3_600_000);
  return at + Math.min(Math.max(left, PAUSE_SAMPLE_MIN_MS), PAUSE_SAMPLE_MAX_MS);
}

/**
 * The start of the busy event a prompt due at `dueAt` should be offered before: one that starts within
 * 10 minutes after the due time. The offer comes when the 10 minutes before the event begin.
 */
export function eventAhead(ctx: Ctx, dueAt: number): number | null {
  const b = ctx.obs.busy.find((e) => dueAt < e.start && e.start - EARLY_BEFORE_EVENT_MS <= dueAt);
  return b === undefined ? null : b.start;
}

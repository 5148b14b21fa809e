/**
 * Presence: present or away, from idle samples, power events and silence.
 * - An idle stretch that reaches the away threshold is away from the moment input stopped.
 * - Suspend and lock are away from the event until resume/unlock.
 * - Silence (no input at all) longer than the threshold plus a grace minute is away from the last
 *   observation: the app was not running or the machine slept without saying so.
 * - During a movement snack the user is moving, whatever the idle time or the lock says.
 * An away stretch that reaches the threshold is a natural break: any prompt is withdrawn (at once for a
 * lock or sleep) and the sitting bout restarts when the user is back, who is then asked their posture.
 */
import type { AwayReason } from '../../shared/snapshot';
import { type Ctx, emit, minutes, thresholdMs } from './context';
import { crossDays } from './days-and-hours';
import { clearPrompt } from './prompt-lifecycle';
import type { EngineInput } from './types';

/** Back from an away this long while standing, the user is taken to be sitting (and asked). */
export const LONG_AWAY_SITTING_MS = minutes(15);

/** A timer firing a little late is not a gap. */
export const GAP_GRACE_MS = minutes(1);

export function gapLimitMs(ctx: Ctx): number {
  return thresholdMs(ctx) + GAP_GRACE_MS;
}

export function goAway(ctx: Ctx, reason: AwayReason, since: number, at: number): void {
  const s = ctx.s;
  if (s.presence === 'away') return;
  const x = Math.min(Math.max(since, s.lastMark), at);
  crossDays(ctx, x);
  emit(ctx, { type: 'away', at: x, since: x, reason });
  // Locking the screen or sleeping is the break: the prompt goes at once, not at the threshold.
  if (reason === 'lock' || reason === 'suspend') clearPrompt(ctx, 'away', x);
  qualifyBreak(ctx, at);
}

/** Counts the away stretch as a natural break once it has lasted the threshold (by `upTo`). */
export function qualifyBreak(ctx: Ctx, upTo: number): void {
  const s = ctx.s;
  if (s.presence !== 'away' || s.breakCounted || s.awaySince === null) return;
  const qAt = s.awaySince + thresholdMs(ctx);
  if (upTo < qAt) return;
  crossDays(ctx, qAt);
  clearPrompt(ctx, 'away', qAt);
  emit(ctx, { type: 'natural-break', at: qAt, since: s.awaySince, reason: s.awayReason ?? 'idle' });
}

export function comeBack(ctx: Ctx, since: number, at: number): void {
  const s = ctx.s;
  if (s.presence === 'present' || s.awaySince === null) return;
  const x = Math.min(Math.max(since, s.lastMark), at);
  qualifyBreak(ctx, x);
  crossDays(ctx, x);
  const awayMs = Math.max(0, x - s.awaySince);
  emit(ctx, { type: 'present', at: x, since: x, awayMs });
  if (s.posture === 'standing' && s.askPosture && awayMs >= LONG_AWAY_SITTING_MS) {
    emit(ctx, { type: 'posture', at: x, posture: 'sitting', from: 'standing', cause: 'return' });
  }
}

/** After a snack ends on its own: the user may have gone (locked, or idle long enough) meanwhile. */
export function settleAfterSnack(ctx: Ctx, at: number): void {
  const o = ctx.obs;
  if (o.suspended) goAway(ctx, 'suspend', at, at);
  else if (o.locked) goAway(ctx, 'lock', at, at);
  else if (o.lastInputStop !== null && at - o.lastInputStop >= thresholdMs(ctx)) goAway(ctx, 'idle', at, at);
}

/** Silence longer than the gap limit (the app was not running, or not called): away since the last observation. */
export function observeGap(ctx: Ctx, t: number): void {
  const o = ctx.obs;
  if (
    o.lastObsAt !== null &&
    ctx.s.presence === 'present' &&
    ctx.s.snack === null &&
    t - o.lastObsAt > gapLimitMs(ctx)
  ) {
    goAway(ctx, 'gap', o.lastObsAt, t);
  }
}

/** Presence changes implied by one input (silence first, then what the input says). */
export function observePresence(ctx: Ctx, input: EngineInput): void {
  const s = ctx.s;
  const o = ctx.obs;
  const t = input.at;
  observeGap(ctx, t);
  switch (input.kind) {
    case 'idle': {
      const stop = t - input.idleSec * 1000;
      o.lastInputStop = stop;
      if (o.locked || o.suspended || s.snack !== null) return;
      const idle = input.idleSec * 1000 >= thresholdMs(ctx);
      if (s.presence === 'present' && idle) goAway(ctx, 'idle', stop, t);
      else if (s.presence === 'away' && !idle) comeBack(ctx, stop, t);
      return;
    }
    case 'power':
      observePower(ctx, input.power, t);
      return;
    case 'user':
      o.lastInputStop = t;
      if (s.presence === 'away' && !o.locked && !o.suspended) comeBack(ctx, t, t);
      return;
    default:
      return;
  }
}

function observePower(ctx: Ctx, power: 'suspend' | 'resume' | 'lock' | 'unlock', t: number): void {
  const s = ctx.s;
  const o = ctx.obs;
  switch (power) {
    case 'suspend':
      o.suspended = true;
      // The snack is ended by the caller first (a sleeping machine says nothing about moving).
      goAway(ctx, 'suspend', t, t);
      return;
    case 'lock':
      o.locked = true;
      if (s.snack === null) goAway(ctx, 'lock', t, t);
      return;
    case 'resume':
    case 'unlock':
      if (power === 'resume') o.suspended = false;
      else o.locked = false;
      if (!o.locked && !o.suspended && s.snack === null) {
        o.lastInputStop = t;
        comeBack(ctx, t, t);
      }
      return;
  }
}

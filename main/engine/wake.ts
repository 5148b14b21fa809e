/**
 * "Wake me at T": the engine asks to be called again only when something can happen.
 * - Present: the next idle sample is due when the idle stretch could first reach the away threshold
 *   (so an away is seen the moment it qualifies), never sooner than `idleSampleSec` and never later
 *   than the threshold itself (so silence longer than that is a real gap).
 * - Away because idle: a sample each minute for the first half hour (to see the return), then every
 *   three minutes. Locked or suspended: no samples (unlock/resume will come as events).
 * - Also: the next prompt due (or offered early before a busy event), a snooze ending, a snack reaching
 *   its cap, a pause ending, a busy event ending while a prompt waits for it, the optional heads-up.
 * - Only while a prompt waits for a pause in typing: idle every 5–10 s, for at most that hold.
 */
import { type Ctx, minutes, thresholdMs } from './context';
import { hoursEndAt } from './days-and-hours';
import { busyAt, nextPauseSample, pauseHoldEndsAt } from './moment';
import { snackEndsAt } from './posture';
import { capReached, dueAt, mayReplace, promptsBlocked } from './prompts';

/** The optional heads-up comes this long before a prompt. */
export const HEADS_UP_MS = 60_000;

const AWAY_SAMPLE_MS = minutes(1);
const LONG_AWAY_SAMPLE_MS = minutes(3);
const LONG_AWAY_AFTER_MS = minutes(30);

export function computeWake(ctx: Ctx, at: number): number | null {
  const s = ctx.s;
  const candidates: number[] = [];
  const minSample = ctx.settings.idleSampleSec * 1000;
  const snackEnd = snackEndsAt(ctx);
  if (snackEnd !== null) candidates.push(snackEnd);
  if (s.pausedUntil !== null) candidates.push(s.pausedUntil);
  const o = ctx.obs;
  if (o.locked || o.suspended) {
    // Nothing to sample: the OS reports the return.
  } else if (s.presence === 'present' && s.snack === null) {
    const idleMs = o.lastInputStop === null ? 0 : Math.max(0, at - o.lastInputStop);
    const wait = Math.min(Math.max(thresholdMs(ctx) - idleMs, minSample), thresholdMs(ctx));
    candidates.push(at + wait);
  } else if (s.presence === 'away') {
    const awayFor = s.awaySince === null ? 0 : at - s.awaySince;
    candidates.push(
      at + Math.max(minSample, awayFor < LONG_AWAY_AFTER_MS ? AWAY_SAMPLE_MS : LONG_AWAY_SAMPLE_MS),
    );
  }
  if (s.presence === 'present' && s.snack === null && !promptsBlocked(ctx)) {
    const p = s.prompt;
    if (p?.state === 'snoozed' && p.snoozedUntil !== null) candidates.push(p.snoozedUntil);
    if (p?.state === 'deferred' && p.heldFor === 'typing' && p.heldAt !== null) {
      candidates.push(Math.min(nextPauseSample(ctx, at), pauseHoldEndsAt(ctx, p.heldAt)));
    }
    if (p?.state === 'deferred' && p.heldFor === 'calendar') {
      const busy = busyAt(ctx, at);
      if (busy) candidates.push(busy.end);
    }
    // A waiting prompt goes when working hours end: be there on time.
    const hoursEnd = p ? hoursEndAt(ctx, at) : null;
    if (hoursEnd !== null) candidates.push(hoursEnd);
    const next = dueAt(ctx, at);
    if (next && !capReached(ctx) && mayReplace(ctx, next.due)) {
      candidates.push(next.at);
      const heads = next.at - HEADS_UP_MS;
      if (ctx.settings.headsUp.enabled && !p && heads > at) candidates.push(heads);
    }
  }
  if (candidates.length === 0) return null;
  return Math.max(Math.min(...candidates), at + 1000);
}

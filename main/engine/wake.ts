/**
 * "Wake me at T": the engine asks to be called again only when something can happen.
 * - Present: the next idle sample is due when the idle stretch could first reach the away threshold
 *   (so an away is seen the moment it qualifies), never sooner than `idleSampleSec` and never later
 *   than the threshold itself (so silence longer than that is a real gap).
 * - Away because idle: a sample each minute for the first half hour (to see the return), then every
 *   three minutes. Locked or suspended: no samples (unlock/resume will come as events).
 * - Also: the next prompt due, a snooze ending, a snack reaching its cap, a pause ending.
 */
import { type Ctx, minutes, thresholdMs } from './context';
import { snackEndsAt } from './posture';
import { promptsBlocked } from './prompts';
import { dueInstant, nextDue } from './schedule';

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
    const due = nextDue(s, ctx.settings);
    if (due && (!p || due.kind === 'escalate')) candidates.push(dueInstant(s, due, at));
  }
  if (candidates.length === 0) return null;
  return Math.max(Math.min(...candidates), at + 1000);
}

/**
 * Posture and movement snacks. The user changes posture (tray, shortcut, prompt answer, UI); a snack is
 * "moving" until it is done, stopped, or reaches its cap, then the posture goes back to where it was, or
 * to what the prompt asked for when the prompt was a change. Posture persists across away stretches.
 */
import { scheduleOf } from '../../shared/settings';
import type { Posture } from '../../shared/snapshot';
import { type Ctx, emit, minutes } from './context';
import { settleAfterSnack } from './presence';
import { firePrompt } from './prompt-lifecycle';

/** A snack nobody ends is over after this long (the user forgot to tap "done"). */
export function snackCapMs(ctx: Ctx): number {
  return minutes(Math.max(10, 3 * scheduleOf(ctx.settings).moveMin));
}

export function snackEndsAt(ctx: Ctx): number | null {
  return ctx.s.snack ? ctx.s.snack.startedAt + snackCapMs(ctx) : null;
}

export function changePosture(ctx: Ctx, to: 'sitting' | 'standing', at: number): void {
  const s = ctx.s;
  if (s.snack) endSnack(ctx, 'stopped', at);
  if (s.posture === to) return;
  firePrompt(ctx, { on: 'done', how: 'posture' }, at);
  emit(ctx, { type: 'posture', at, posture: to, from: s.posture, cause: 'user' });
}

export function startSnack(ctx: Ctx, at: number, routineId: string | undefined): void {
  const s = ctx.s;
  if (s.snack) return;
  const p = s.prompt;
  const current: Posture = s.posture;
  const returnTo = p?.target ?? (current === 'moving' ? 'sitting' : current);
  const catchUp = p?.catchUp ?? false;
  const routine = routineId ?? p?.routineId ?? ctx.suggest(p?.kind ?? 'move', { catchUp });
  firePrompt(ctx, { on: 'done', how: 'snack' }, at);
  emit(ctx, {
    type: 'snack-start',
    at,
    promptId: p?.id ?? null,
    routineId: routine,
    catchUp,
    returnTo,
  });
  emit(ctx, { type: 'posture', at, posture: 'moving', from: current, cause: 'snack' });
}

export function endSnack(
  ctx: Ctx,
  outcome: 'done' | 'stopped' | 'timeout' | 'interrupted',
  at: number,
): void {
  const snack = ctx.s.snack;
  if (!snack) return;
  emit(ctx, { type: 'snack-end', at, outcome, movedMs: Math.max(0, at - snack.startedAt) });
  emit(ctx, { type: 'posture', at, posture: snack.returnTo, from: 'moving', cause: 'snack' });
  if (outcome === 'timeout') settleAfterSnack(ctx, at);
}

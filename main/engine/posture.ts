/**
 * Posture and movement snacks. The user changes posture (tray, shortcut, prompt answer, UI); a snack is
 * "moving" until it is done, stopped, or reaches its cap, then the posture goes back to where it was (to
 * sitting when the prompt asked to sit; after a "stand" prompt the user is asked). Posture persists across
 * short away stretches; after a long one a standing user is taken to be sitting until they say otherwise.
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
  if (s.posture === to) {
    // The answer to "sitting or standing?" when it changes nothing.
    if (s.askPosture) emit(ctx, { type: 'posture-confirmed', at, posture: to });
    return;
  }
  firePrompt(ctx, { on: 'done', how: 'posture' }, at);
  emit(ctx, { type: 'posture', at, posture: to, from: s.posture, cause: 'user' });
}

export function startSnack(ctx: Ctx, at: number, routineId: string | undefined): void {
  const s = ctx.s;
  if (s.snack) return;
  const p = s.prompt;
  const current: Posture = s.posture;
  const desk = current === 'moving' ? 'sitting' : current;
  // A snack that answered a "stand" prompt does not prove the user stands afterwards: back to the posture
  // before, and ask. A "sit" prompt answered by a snack does end sitting (the safe assumption).
  const returnTo = p?.target === 'sitting' ? 'sitting' : desk;
  const askPosture = p?.target === 'standing' && desk !== 'standing';
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
    ...(askPosture ? { askPosture } : {}),
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

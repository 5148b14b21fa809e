/**
 * When prompts move: due ones appear, snoozes end, held prompts are shown once the moment passes, and
 * the user's answers. The stages and the transitions between them are the prompt table's
 * (prompt-table.ts); this file decides which trigger to fire. No prompts while paused or outside working
 * hours; tracking goes on. One prompt at a time; only a kind that supersedes (the escalation) replaces a
 * prompt still waiting for an answer.
 */
import type { UserAction } from '../../shared/ipc';
import { boutMsAt } from './bout';
import { type Ctx, emit, minutes } from './context';
import { changePosture, endSnack, startSnack } from './posture';
import { clearPrompt, firePrompt } from './prompt-lifecycle';
import { promptKindRules } from './prompt-table';
import { MIN_NAG_GAP_MIN, nextDue } from './schedule';

export function promptsBlocked(ctx: Ctx): boolean {
  return ctx.s.pausedUntil !== null || ctx.s.insideHours === false;
}

/** Now is a bad moment for a prompt. */
function holdNow(ctx: Ctx): boolean {
  return ctx.s.focus === 'meeting' && ctx.settings.focusDeferral.enabled;
}

/** Shows the prompt, or holds it when now is a bad moment. */
function showOrHold(ctx: Ctx, at: number): void {
  firePrompt(ctx, holdNow(ctx) ? { on: 'hold' } : { on: 'show' }, at);
}

/** Brings prompts up to date at `at`: due ones appear, snoozes end, holds end or begin. */
export function evaluatePrompts(ctx: Ctx, at: number): void {
  const s = ctx.s;
  if (promptsBlocked(ctx) || s.presence !== 'present' || s.snack !== null) return;
  const p = s.prompt;
  if (p) {
    if (p.state === 'snoozed' && p.snoozedUntil !== null && p.snoozedUntil <= at) showOrHold(ctx, at);
    else if (p.state === 'deferred' && !holdNow(ctx)) firePrompt(ctx, { on: 'show' }, at);
    else if (p.state === 'shown' && holdNow(ctx)) firePrompt(ctx, { on: 'hold' }, at);
  }
  const due = nextDue(s, ctx.settings);
  if (!due || boutMsAt(s, at) < due.boutMs) return;
  if (s.prompt && !promptKindRules[due.kind].supersedes) return;
  clearPrompt(ctx, 'superseded', at);
  firePrompt(ctx, { on: 'due', kind: due.kind, boutMs: due.boutMs }, at);
  showOrHold(ctx, at);
}

export function userAction(ctx: Ctx, action: UserAction, at: number): void {
  const s = ctx.s;
  const p = s.prompt;
  switch (action.action) {
    case 'stand':
      changePosture(ctx, 'standing', at);
      return;
    case 'sit':
      changePosture(ctx, 'sitting', at);
      return;
    case 'snack-start':
      startSnack(ctx, at, action.routineId);
      return;
    case 'snack-done':
      endSnack(ctx, 'done', at);
      return;
    case 'snack-stop':
      endSnack(ctx, 'stopped', at);
      return;
    case 'snooze': {
      if (p?.state !== 'shown') return;
      if (p.snoozesLeft <= 0) {
        firePrompt(ctx, { on: 'skip', auto: true }, at);
        return;
      }
      const wait =
        p.kind === 'escalate'
          ? Math.max(ctx.settings.snooze.minutes, MIN_NAG_GAP_MIN)
          : ctx.settings.snooze.minutes;
      firePrompt(ctx, { on: 'snooze', until: at + minutes(wait) }, at);
      return;
    }
    case 'skip':
      firePrompt(ctx, { on: 'skip', auto: false }, at);
      return;
    case 'pause': {
      const until = action.minutes === 'tomorrow' ? s.dayEnd : at + minutes(action.minutes);
      clearPrompt(ctx, 'paused', at);
      emit(ctx, { type: 'pause', at, until, minutes: action.minutes });
      return;
    }
    case 'resume':
      if (s.pausedUntil !== null) emit(ctx, { type: 'resume', at, reason: 'user' });
      return;
  }
}

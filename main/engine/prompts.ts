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
import { EARLY_BEFORE_EVENT_MS, eventAhead, holdReasonAt, pauseHoldEndsAt, typingAt } from './moment';
import { changePosture, endSnack, startSnack } from './posture';
import { clearPrompt, firePrompt } from './prompt-lifecycle';
import { promptKindRules } from './prompt-table';
import { type Due, dueInstant, MIN_NAG_GAP_MIN, nextDue } from './schedule';
import type { PromptState } from './types';

export function promptsBlocked(ctx: Ctx): boolean {
  return ctx.s.pausedUntil !== null || ctx.s.insideHours === false;
}

/** The daily cap is reached: no new prompts today (tracking goes on). */
export function capReached(ctx: Ctx): boolean {
  const cap = ctx.settings.promptCap;
  return cap > 0 && ctx.s.promptsToday >= cap;
}

/** Shows the prompt, or holds it when now is a bad moment (or, when it just came up, while typing). */
function showOrHold(ctx: Ctx, at: number): void {
  const reason = holdReasonAt(ctx, at) ?? (typingAt(ctx, at) ? 'typing' : null);
  firePrompt(ctx, reason === null ? { on: 'show' } : { on: 'hold', reason }, at);
}

/** A held prompt: shown once the moment has passed (one catch-up, however many reasons overlapped). */
function releaseHeld(ctx: Ctx, p: PromptState, at: number): void {
  const reason = holdReasonAt(ctx, at);
  if (reason !== null) {
    if (reason !== p.heldFor) firePrompt(ctx, { on: 'hold', reason }, at);
    return;
  }
  if (p.heldFor === 'typing' && p.heldAt !== null) {
    if (typingAt(ctx, at) && at < pauseHoldEndsAt(ctx, p.heldAt)) return;
  }
  firePrompt(ctx, { on: 'show' }, at);
}

/** When the next prompt is due: its bout length reached, or offered early before a busy event. */
export function dueAt(ctx: Ctx, at: number): { due: Due; at: number; beforeEventAt: number | null } | null {
  const s = ctx.s;
  const due = nextDue(s, ctx.settings);
  if (!due) return null;
  const regular = dueInstant(s, due, at);
  const event = eventAhead(ctx, regular);
  if (event === null) return { due, at: regular, beforeEventAt: null };
  return { due, at: Math.min(regular, event - EARLY_BEFORE_EVENT_MS), beforeEventAt: event };
}

/** A new prompt may take the place of the current one: none, or it supersedes, or the current one is held. */
export function mayReplace(ctx: Ctx, due: Due): boolean {
  const p = ctx.s.prompt;
  return p === null || promptKindRules[due.kind].supersedes || p.state === 'deferred';
}

/** Brings prompts up to date at `at`: due ones appear, snoozes end, holds end or begin. */
export function evaluatePrompts(ctx: Ctx, at: number): void {
  const s = ctx.s;
  if (promptsBlocked(ctx) || s.presence !== 'present' || s.snack !== null) return;
  const p = s.prompt;
  if (p) {
    if (p.state === 'snoozed' && p.snoozedUntil !== null && p.snoozedUntil <= at) showOrHold(ctx, at);
    else if (p.state === 'deferred') releaseHeld(ctx, p, at);
    else if (p.state === 'shown') {
      const reason = holdReasonAt(ctx, at);
      if (reason !== null) firePrompt(ctx, { on: 'hold', reason }, at);
    }
  }
  const next = dueAt(ctx, at);
  if (next === null || next.at > at || capReached(ctx) || !mayReplace(ctx, next.due)) return;
  clearPrompt(ctx, 'superseded', at);
  const boutMs = Math.min(next.due.boutMs, boutMsAt(s, at));
  firePrompt(ctx, { on: 'due', kind: next.due.kind, boutMs, beforeEventAt: next.beforeEventAt }, at);
  showOrHold(ctx, at);
}

/** How long a snooze of this prompt waits (an escalation keeps the 10-minute gap between prompts). */
export function snoozeMinutes(ctx: Ctx, p: Pick<PromptState, 'kind'>): number {
  const base = ctx.settings.snooze.minutes;
  return p.kind === 'escalate' ? Math.max(base, MIN_NAG_GAP_MIN) : base;
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
      firePrompt(ctx, { on: 'snooze', until: at + minutes(snoozeMinutes(ctx, p)) }, at);
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

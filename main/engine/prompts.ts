/**
 * The prompt lifecycle: due → shown → done | snoozed | skipped, or deferred while a meeting,
 * presentation or fullscreen app is in front (then shown with a shorter catch-up snack once it is gone).
 * No prompts while paused or outside working hours; tracking goes on. One prompt at a time; only an
 * escalation replaces a prompt that is still waiting for an answer.
 */
import type { UserAction } from '../../shared/ipc';
import type { PromptKind } from '../../shared/snapshot';
import { type Ctx, emit, minutes } from './context';
import { changePosture, endSnack, startSnack } from './posture';
import { MIN_NAG_GAP_MIN, nextDue } from './schedule';
import { boutMsAt } from './state';

export function promptsBlocked(ctx: Ctx): boolean {
  return ctx.s.pausedUntil !== null || ctx.s.insideHours === false;
}

function deferNow(ctx: Ctx): boolean {
  return ctx.s.focus === 'meeting' && ctx.settings.focusDeferral.enabled;
}

function show(ctx: Ctx, at: number, catchUp: boolean): void {
  const p = ctx.s.prompt;
  if (!p) return;
  emit(ctx, {
    type: 'prompt-shown',
    at,
    id: p.id,
    kind: p.kind,
    attempt: p.shownCount + 1,
    catchUp,
    routineId: ctx.suggest(p.kind, { catchUp }),
  });
}

function create(ctx: Ctx, kind: PromptKind, boutMs: number, at: number): void {
  emit(ctx, { type: 'prompt-due', at, id: `${kind}-${at}`, kind, boutMs });
  const id = ctx.s.prompt?.id ?? `${kind}-${at}`;
  if (deferNow(ctx)) emit(ctx, { type: 'prompt-deferred', at, id, kind });
  else show(ctx, at, false);
}

/** Brings prompts up to date at `at`: due ones appear, snoozes end, deferrals end or begin. */
export function evaluatePrompts(ctx: Ctx, at: number): void {
  const s = ctx.s;
  if (promptsBlocked(ctx) || s.presence !== 'present' || s.snack !== null) return;
  const p = s.prompt;
  if (p) {
    if (p.state === 'snoozed' && p.snoozedUntil !== null && p.snoozedUntil <= at) {
      if (deferNow(ctx)) emit(ctx, { type: 'prompt-deferred', at, id: p.id, kind: p.kind });
      else show(ctx, at, p.wasDeferred);
    } else if (p.state === 'deferred' && !deferNow(ctx)) {
      show(ctx, at, true);
    } else if (p.state === 'shown' && deferNow(ctx)) {
      emit(ctx, { type: 'prompt-deferred', at, id: p.id, kind: p.kind });
    }
  }
  const due = nextDue(s, ctx.settings);
  if (!due || boutMsAt(s, at) < due.boutMs) return;
  const current = s.prompt;
  if (current && due.kind !== 'escalate') return;
  if (current) emit(ctx, { type: 'prompt-cleared', at, id: current.id, reason: 'superseded' });
  create(ctx, due.kind, due.boutMs, at);
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
        emit(ctx, { type: 'prompt-skipped', at, id: p.id, auto: true });
        return;
      }
      const wait =
        p.kind === 'escalate'
          ? Math.max(ctx.settings.snooze.minutes, MIN_NAG_GAP_MIN)
          : ctx.settings.snooze.minutes;
      emit(ctx, {
        type: 'prompt-snoozed',
        at,
        id: p.id,
        until: at + minutes(wait),
        snoozesLeft: p.snoozesLeft - 1,
      });
      return;
    }
    case 'skip':
      if (p) emit(ctx, { type: 'prompt-skipped', at, id: p.id, auto: false });
      return;
    case 'pause': {
      const until = action.minutes === 'tomorrow' ? s.dayEnd : at + minutes(action.minutes);
      if (p) emit(ctx, { type: 'prompt-cleared', at, id: p.id, reason: 'paused' });
      emit(ctx, { type: 'pause', at, until, minutes: action.minutes });
      return;
    }
    case 'resume':
      if (s.pausedUntil !== null) emit(ctx, { type: 'resume', at, reason: 'user' });
      return;
  }
}

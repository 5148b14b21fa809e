/**
 * Moving a prompt through its lifecycle: each trigger becomes the one event the prompt table allows from
 * the current stage, or nothing when the table has no such transition (e.g. a snooze on a prompt that is
 * not on screen). Every prompt event the engine emits goes through `firePrompt`; `clearPrompt` is the one
 * way a prompt is withdrawn without an answer.
 */
import type { EventOf } from '../../shared/events';
import type { HoldReason, PromptKind } from '../../shared/snapshot';
import { type Ctx, emit } from './context';
import { nextStage, type PromptEvent } from './prompt-table';

export type ClearReason = EventOf<'prompt-cleared'>['reason'];

export type PromptTrigger =
  /** The bout reached a prompt's length. */
  | { on: 'due'; kind: PromptKind; boutMs: number; beforeEventAt: number | null }
  /** On screen now (first time, after a snooze, or after being held). */
  | { on: 'show' }
  /** Held back: now is a bad moment. */
  | { on: 'hold'; reason: HoldReason }
  | { on: 'snooze'; until: number }
  | { on: 'done'; how: 'posture' | 'snack' }
  /** `auto`: a snooze past the limit. */
  | { on: 'skip'; auto: boolean }
  | { on: 'clear'; reason: ClearReason };

function eventFor(ctx: Ctx, trigger: PromptTrigger, at: number): PromptEvent | null {
  const p = ctx.s.prompt;
  if (trigger.on === 'due') {
    return {
      type: 'prompt-due',
      at,
      id: `${trigger.kind}-${at}`,
      kind: trigger.kind,
      boutMs: trigger.boutMs,
      ...(trigger.beforeEventAt === null ? {} : { beforeEventAt: trigger.beforeEventAt }),
    };
  }
  if (!p) return null;
  switch (trigger.on) {
    case 'show': {
      // Shown after being held back for a bad moment: a shorter catch-up snack is suggested.
      const catchUp = p.wasDeferred;
      // The same prompt keeps its routine across snoozes (a new one only when it became a catch-up).
      const keep = p.routineId !== null && p.shownCount > 0 && p.catchUp === catchUp;
      const delay = p.shownCount === 0 && p.heldAt !== null ? Math.round((at - p.dueAt) / 1000) : null;
      return {
        type: 'prompt-shown',
        at,
        id: p.id,
        kind: p.kind,
        attempt: p.shownCount + 1,
        catchUp,
        routineId: keep ? p.routineId : ctx.suggest(p.kind, { catchUp }),
        ...(delay === null ? {} : { delaySec: delay }),
      };
    }
    case 'hold':
      return { type: 'prompt-deferred', at, id: p.id, kind: p.kind, reason: trigger.reason };
    case 'snooze':
      return { type: 'prompt-snoozed', at, id: p.id, until: trigger.until, snoozesLeft: p.snoozesLeft - 1 };
    case 'done':
      return { type: 'prompt-done', at, id: p.id, how: trigger.how };
    case 'skip':
      return { type: 'prompt-skipped', at, id: p.id, auto: trigger.auto };
    case 'clear':
      return { type: 'prompt-cleared', at, id: p.id, reason: trigger.reason };
  }
}

/** Applies a trigger when the prompt table allows it from the current stage; false when it does not. */
export function firePrompt(ctx: Ctx, trigger: PromptTrigger, at: number): boolean {
  const event = eventFor(ctx, trigger, at);
  if (event === null || nextStage(ctx.s, event.type) === null) return false;
  emit(ctx, event);
  return true;
}

/** Withdraws the current prompt, if any, without an answer. */
export function clearPrompt(ctx: Ctx, reason: ClearReason, at: number): void {
  firePrompt(ctx, { on: 'clear', reason }, at);
}

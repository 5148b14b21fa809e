/**
 * The prompt lifecycle as one table: stage × event → next stage. A prompt is born `due`, then is `shown`,
 * `deferred` (held back for a bad moment) or `snoozed`, and ends with `done`, `skipped` or `cleared`
 * (withdrawn without an answer). The engine asks this table before it emits a prompt event (prompts.ts,
 * `firePrompt`), and the reducer moves the stage by the same table, so the live engine and a restore from
 * the journal can never disagree about where a prompt is.
 *
 * Also here: what each prompt kind means to the lifecycle (the posture it asks for, whether it is the
 * bout's regular prompt, whether it may replace a prompt still waiting for an answer).
 */
import type { EngineEvent, EventOf } from '../../shared/events';
import { type Settings, scheduleOf } from '../../shared/settings';
import type { PromptKind } from '../../shared/snapshot';
import { boutMsAt } from './bout';
import type { EngineState, PromptState } from './types';

export type PromptStage = PromptState['state'] | 'none';

export type PromptEventType =
  | 'prompt-due'
  | 'prompt-shown'
  | 'prompt-deferred'
  | 'prompt-snoozed'
  | 'prompt-done'
  | 'prompt-skipped'
  | 'prompt-cleared';

export type PromptEvent = EventOf<PromptEventType>;

const ended = { 'prompt-done': 'none', 'prompt-skipped': 'none', 'prompt-cleared': 'none' } as const;

/** Where each event may happen, and the stage it leads to. A missing cell is a transition that never happens. */
export const promptTransitions: Record<PromptStage, Partial<Record<PromptEventType, PromptStage>>> = {
  none: { 'prompt-due': 'due' },
  due: { 'prompt-shown': 'shown', 'prompt-deferred': 'deferred', ...ended },
  shown: { 'prompt-snoozed': 'snoozed', 'prompt-deferred': 'deferred', ...ended },
  // Held again: the reason changed (typing, then a call starts).
  deferred: { 'prompt-shown': 'shown', 'prompt-deferred': 'deferred', ...ended },
  snoozed: { 'prompt-shown': 'shown', 'prompt-deferred': 'deferred', ...ended },
};

export function stageOf(s: EngineState): PromptStage {
  return s.prompt?.state ?? 'none';
}

/** The stage `type` leads to from the current one, or null when the table has no such transition. */
export function nextStage(s: EngineState, type: PromptEventType): PromptStage | null {
  return promptTransitions[stageOf(s)][type] ?? null;
}

export interface PromptKindRule {
  /** Posture the prompt asks for; null means "move, then back to where you were". */
  target: (settings: Settings) => 'sitting' | 'standing' | null;
  /** The bout's regular prompt (once per bout); the others come on their own spacing. */
  regular: boolean;
  /** May withdraw a prompt still waiting for an answer and take its place. */
  supersedes: boolean;
}

/** One row per prompt kind. */
export const promptKindRules: Record<PromptKind, PromptKindRule> = {
  stand: { target: () => 'standing', regular: true, supersedes: false },
  sit: { target: () => 'sitting', regular: true, supersedes: false },
  move: { target: () => null, regular: true, supersedes: false },
  shift: { target: () => null, regular: false, supersedes: false },
  escalate: {
    target: (settings) => (scheduleOf(settings).standMin > 0 ? 'standing' : null),
    regular: true,
    supersedes: true,
  },
};

function isPromptEvent(e: EngineEvent): e is PromptEvent {
  return e.type.startsWith('prompt-');
}

/** Bout length at the last prompt shown or answered: spacing for the next escalation or shift. */
function nag(s: EngineState, at: number): void {
  s.bout.prompts.lastNagMs = boutMsAt(s, at);
}

/** The reducer's part for prompt events (state.ts hands them here). Returns false for other events. */
export function applyPromptEvent(s: EngineState, e: EngineEvent, settings: Settings): boolean {
  if (!isPromptEvent(e)) return false;
  const p = s.prompt;
  const mine = e.type === 'prompt-due' || (p !== null && p.id === e.id);
  const to = mine ? nextStage(s, e.type) : null;
  switch (e.type) {
    case 'prompt-due': {
      const b = s.bout.prompts;
      const rule = promptKindRules[e.kind];
      if (rule.regular) b.regularFired = true;
      s.promptsToday++;
      // Asked after a break; a new prompt moves on from the question.
      s.askPosture = false;
      if (e.kind === 'escalate') {
        b.escalations++;
        b.lastEscMs = e.boutMs;
      }
      if (to === null) break;
      s.prompt = {
        id: e.id,
        kind: e.kind,
        target: rule.target(settings),
        state: 'due',
        dueAt: e.at,
        shownCount: 0,
        snoozesLeft: settings.snooze.limit,
        snoozedUntil: null,
        catchUp: false,
        wasDeferred: false,
        routineId: null,
        heldFor: null,
        heldAt: null,
        beforeEventAt: e.beforeEventAt ?? null,
      };
      break;
    }
    case 'prompt-shown':
      if (p && to === 'shown') {
        p.state = to;
        p.shownCount = e.attempt;
        p.catchUp = e.catchUp;
        p.routineId = e.routineId;
        p.snoozedUntil = null;
        p.heldFor = null;
      }
      nag(s, e.at);
      break;
    case 'prompt-deferred':
      if (p && to === 'deferred') {
        p.state = to;
        // Journals from before hold reasons only held for a meeting app.
        p.heldFor = e.reason ?? 'app';
        p.heldAt ??= e.at;
        if (p.heldFor !== 'typing') p.wasDeferred = true;
      }
      break;
    case 'prompt-snoozed':
      if (p && to === 'snoozed') {
        p.state = to;
        p.snoozedUntil = e.until;
        p.snoozesLeft = e.snoozesLeft;
      }
      nag(s, e.at);
      break;
    case 'prompt-done':
    case 'prompt-skipped':
    case 'prompt-cleared':
      if (p && to === 'none') {
        if (e.type === 'prompt-skipped') {
          const run = s.skippedInRow;
          s.skippedInRow = { kind: p.kind, count: run?.kind === p.kind ? run.count + 1 : 1 };
        } else if (e.type === 'prompt-done' && s.skippedInRow?.kind === p.kind) {
          s.skippedInRow = null;
        }
        s.prompt = null;
      }
      nag(s, e.at);
      break;
  }
  return true;
}

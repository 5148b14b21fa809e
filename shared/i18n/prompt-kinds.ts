/**
 * One wording per prompt kind, for every place a prompt shows: the prompt window, the notification and the
 * tray status. Exhaustive over `PromptKind`, so a new kind does not compile until it has its words.
 */
import type { PromptKind } from '../snapshot';
import type { MessageKey } from './messages/en';

export interface PromptKindText {
  title: MessageKey;
  body: MessageKey;
  /** The first button: posture prompts record the posture, the rest start a snack. */
  start: MessageKey;
}

export const promptKindText = {
  stand: { title: 'prompt.stand.title', body: 'prompt.stand.body', start: 'prompt.action.standing' },
  sit: { title: 'prompt.sit.title', body: 'prompt.sit.body', start: 'prompt.action.sitting' },
  move: { title: 'prompt.move.title', body: 'prompt.move.body', start: 'prompt.action.start' },
  shift: { title: 'prompt.shift.title', body: 'prompt.shift.body', start: 'prompt.action.start' },
  escalate: { title: 'prompt.escalate.title', body: 'prompt.escalate.body', start: 'prompt.action.start' },
} as const satisfies Record<PromptKind, PromptKindText>;

/** The other prompt buttons, the same in the window and the notification. */
export const promptActionText = {
  standing: 'prompt.action.standing',
  sitting: 'prompt.action.sitting',
  snooze: 'prompt.action.snooze',
  skip: 'prompt.action.skip',
} as const satisfies Record<string, MessageKey>;

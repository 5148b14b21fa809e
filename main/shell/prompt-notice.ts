/**
 * Prompts as native notifications: the buttons each prompt kind offers, and what each button (or a click
 * on the notification) does, as a shell command the application runs through `state.act`.
 */
import type { ActivePrompt, PromptKind } from '../../shared/snapshot';
import type { NotificationSpec } from '../ports';
import { act, type ShellCommand } from './commands';

const titles: Record<PromptKind, string> = {
  stand: 'Time to stand up',
  sit: 'Time to sit down',
  move: 'Time for a movement snack',
  shift: 'Time to shift position',
  escalate: 'You have been sitting a long while',
};

const bodies: Record<PromptKind, string> = {
  stand: 'Stand for a while — changing posture keeps you comfortable.',
  sit: 'Your standing bout is done. Sit down and keep moving now and then.',
  move: 'Two minutes of easy movement: open Sitwise for a guided snack.',
  shift: 'Change how you sit: feet flat, shoulders loose, a different angle.',
  escalate: 'A short walk or a movement snack now breaks the long stretch.',
};

const startLabels: Record<PromptKind, string> = {
  stand: "I'm standing",
  sit: "I'm sitting",
  move: 'Start',
  shift: 'Start',
  escalate: 'Start',
};

export type PromptActionId = 'start' | 'sit' | 'snooze' | 'skip';

export function promptNotification(prompt: ActivePrompt, snoozeMinutes: number): NotificationSpec {
  const actions: { id: PromptActionId; label: string }[] = [{ id: 'start', label: startLabels[prompt.kind] }];
  // A shift while standing may just as well be sitting down.
  if (prompt.kind === 'shift') actions.push({ id: 'sit', label: "I'm sitting" });
  if (prompt.snoozesLeft > 0) actions.push({ id: 'snooze', label: `Snooze ${snoozeMinutes} min` });
  actions.push({ id: 'skip', label: 'Skip' });
  return { id: prompt.id, title: titles[prompt.kind], body: bodies[prompt.kind], actions };
}

/** What a notification button or click does; null for a dismissal (which is not a skip). */
export function promptActionCommand(prompt: ActivePrompt, actionId: string): ShellCommand | null {
  switch (actionId) {
    case 'start':
      if (prompt.kind === 'stand') return act({ action: 'stand' });
      if (prompt.kind === 'sit') return act({ action: 'sit' });
      return act(
        prompt.routineId ? { action: 'snack-start', routineId: prompt.routineId } : { action: 'snack-start' },
      );
    case 'sit':
      return prompt.kind === 'shift' ? act({ action: 'sit' }) : null;
    case 'snooze':
      return prompt.snoozesLeft > 0 ? act({ action: 'snooze' }) : null;
    case 'skip':
      return act({ action: 'skip' });
    case 'click':
      return { kind: 'open-prompt' };
    default:
      return null;
  }
}

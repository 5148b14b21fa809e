/**
 * Prompts as native notifications: the buttons each prompt kind offers, and what each button (or a click
 * on the notification) does, as a shell command the application runs through `state.act`.
 */
import type { Formatter } from '../../shared/i18n/format';
import { promptActionText, promptKindText } from '../../shared/i18n/prompt-kinds';
import type { ActivePrompt } from '../../shared/snapshot';
import type { NotificationSpec } from '../ports';
import { act, type ShellCommand } from './commands';

export type PromptActionId = 'start' | 'sit' | 'snooze' | 'skip';

/** The notification for a prompt, in the words of the chosen language (the same as the prompt window's). */
export function promptNotification(
  prompt: ActivePrompt,
  snoozeMinutes: number,
  words: Formatter,
): NotificationSpec {
  const text = promptKindText[prompt.kind];
  const actions: { id: PromptActionId; label: string }[] = [{ id: 'start', label: words.t(text.start) }];
  // A shift while standing may just as well be sitting down.
  if (prompt.kind === 'shift') actions.push({ id: 'sit', label: words.t(promptActionText.sitting) });
  if (prompt.snoozesLeft > 0)
    actions.push({ id: 'snooze', label: words.t(promptActionText.snooze, { minutes: snoozeMinutes }) });
  actions.push({ id: 'skip', label: words.t(promptActionText.skip) });
  return { id: prompt.id, title: words.t(text.title), body: words.t(text.body), actions };
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

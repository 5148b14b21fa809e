/**
 * The two quiet notifications besides prompts: the optional heads-up a minute before a prompt (for
 * finishing a sentence first), and "welcome back — sitting or standing?" once on return from a break, when
 * Sitwise would otherwise have to guess the posture. Neither asks for anything the user must answer: closing
 * one is fine, and the question also waits on Today.
 */
import type { Formatter } from '../../shared/i18n/format';
import { promptActionText } from '../../shared/i18n/prompt-kinds';
import type { PromptKind } from '../../shared/snapshot';
import type { NotificationSpec } from '../ports';
import { act, type ShellCommand } from './commands';

/** The heads-up in the chosen language; its title names what the coming prompt asks for. */
export function headsUpNotification(
  headsUp: { kind: PromptKind; dueAt: number },
  words: Formatter,
): NotificationSpec {
  return {
    id: `heads-up-${headsUp.dueAt}`,
    title: words.t('reminder.headsUp.title', { kind: headsUp.kind }),
    body: words.t('reminder.headsUp.body'),
    actions: [],
  };
}

export const WELCOME_BACK_ID = 'welcome-back';

export function welcomeBackNotification(
  assumed: 'sitting' | 'standing' | 'moving',
  words: Formatter,
): NotificationSpec {
  return {
    id: WELCOME_BACK_ID,
    title: words.t('reminder.welcomeBack.title'),
    body: words.t('reminder.welcomeBack.body', { posture: assumed }),
    actions: [
      { id: 'sit', label: words.t(promptActionText.sitting) },
      { id: 'stand', label: words.t(promptActionText.standing) },
    ],
  };
}

/** What a button on the welcome-back notification does; a click opens Today, where the question waits. */
export function welcomeBackCommand(actionId: string): ShellCommand | null {
  if (actionId === 'sit') return act({ action: 'sit' });
  if (actionId === 'stand') return act({ action: 'stand' });
  if (actionId === 'click') return { kind: 'open', screen: 'today' };
  return null;
}

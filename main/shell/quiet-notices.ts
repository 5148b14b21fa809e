/**
 * The two quiet notifications besides prompts: the optional heads-up a minute before a prompt (for
 * finishing a sentence first), and "welcome back — sitting or standing?" once on return from a break, when
 * Sitwise would otherwise have to guess the posture. Neither asks for anything the user must answer: closing
 * one is fine, and the question also waits on Today.
 */
import type { PromptKind } from '../../shared/snapshot';
import type { NotificationSpec } from '../ports';
import { act, type ShellCommand } from './commands';

const headsUpTitles: Record<PromptKind, string> = {
  stand: 'Standing up in a minute',
  sit: 'Sitting down in a minute',
  move: 'A movement snack in a minute',
  shift: 'A change of position in a minute',
  escalate: 'A break from sitting in a minute',
};

export function headsUpNotification(headsUp: { kind: PromptKind; dueAt: number }): NotificationSpec {
  return {
    id: `heads-up-${headsUp.dueAt}`,
    title: headsUpTitles[headsUp.kind],
    body: 'A heads-up to finish what you are doing; the prompt follows.',
    actions: [],
  };
}

export const WELCOME_BACK_ID = 'welcome-back';

export function welcomeBackNotification(assumed: 'sitting' | 'standing' | 'moving'): NotificationSpec {
  return {
    id: WELCOME_BACK_ID,
    title: 'Welcome back — sitting or standing?',
    body: `Sitwise counts you as ${assumed} until you say.`,
    actions: [
      { id: 'sit', label: 'I’m sitting' },
      { id: 'stand', label: 'I’m standing' },
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

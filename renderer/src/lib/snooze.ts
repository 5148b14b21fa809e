/** How long a snooze of a prompt lasts, for its Snooze button (prompt window and Today). */
import type { ActivePrompt } from '../../../shared/snapshot';

/**
 * The length the engine reports on the prompt when it does (`snoozeMin`); else the snooze setting. An
 * escalation may wait longer than the setting, and only the engine knows how long: without its number
 * the button names no length rather than a wrong one. What a snooze did is read from main's answer.
 */
export function snoozeMinutesOf(active: ActivePrompt, setting: number | null): number | null {
  if ('snoozeMin' in active && typeof active.snoozeMin === 'number') return active.snoozeMin;
  return active.kind === 'escalate' ? null : setting;
}

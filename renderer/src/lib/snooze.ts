/** How long a snooze of a prompt lasts, for its Snooze button (prompt window and Today). */
import type { ActivePrompt } from '../../../shared/snapshot';

/**
 * The length the engine reports on the prompt (an escalation waits longer than the setting); the button
 * says this, and what a snooze did is read from main's answer (`snoozedUntil`), so they agree.
 */
export function snoozeMinutesOf(active: ActivePrompt): number {
  return active.snoozeMin;
}

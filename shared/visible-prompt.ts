/**
 * The prompt a person should see now, if any. Being away (idle, locked, asleep) is itself the break, and
 * outside working hours Sitwise stays quiet: a prompt the engine still holds then is not shown anywhere
 * (prompt window, Today, tray). One rule, used by every place that shows a prompt.
 */
import type { ActivePrompt, EngineSnapshot } from './snapshot';

export function visiblePrompt(s: EngineSnapshot): ActivePrompt | null {
  if (s.presence === 'away' || s.outsideWorkingHours || s.snack !== null) return null;
  return s.activePrompt;
}

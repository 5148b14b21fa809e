/**
 * `routines.forPrompt`: the routine the prompt window shows and plays, in the language the window shows. The one the prompt or running snack
 * names (one of the person's own, or built-in), else a snack suggested for the prompt, preferring where the
 * person is, from the built-in routines and the person's own snack-sized ones, as the engine picks.
 */
import type { PlayableRoutine } from '../../../shared/content/own-routines';
import type { PromptRoutineRequest } from '../../../shared/content/prompt-routine-ipc';
import { suggestSnackRoutine } from '../../../shared/content/select';
import type { Locale } from '../../../shared/i18n/locales';

export interface PromptRoutineDeps {
  /** The built-in routines in a language. */
  builtIn: (locale: Locale) => readonly PlayableRoutine[];
  /** The person's own routines, as the player runs them. */
  own: () => readonly PlayableRoutine[];
}

/** Only what the player and the prompt read: the message stays small and carries no sources or notes. */
function playable(r: PlayableRoutine): PlayableRoutine {
  const { id, title, summary, placement, snack, staple, effort, prompts, steps } = r;
  return { id, title, summary, placement, snack, staple, effort, prompts, steps };
}

export function routineForPrompt(deps: PromptRoutineDeps, request: PromptRoutineRequest): PlayableRoutine {
  const builtIn = deps.builtIn(request.locale);
  const own = deps.own();
  const named = request.id === null ? undefined : [...own, ...builtIn].find((r) => r.id === request.id);
  if (named) return playable(named);
  const picked = suggestSnackRoutine(
    request.kind,
    { catchUp: request.catchUp, ...(request.posture ? { posture: request.posture } : {}) },
    [...builtIn, ...own],
  );
  return playable(picked);
}

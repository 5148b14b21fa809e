/**
 * `routines.forPrompt`: the routine the prompt window shows and plays, in the language the window shows. The one the prompt or running snack
 * names (one of the person's own, or built-in), else a snack suggested for the prompt, preferring where the
 * person is, from the built-in routines and the person's own snack-sized ones, as the engine picks.
 */

import type { PoseText } from '../../../shared/content/i18n/types';
import type { PlayableRoutine } from '../../../shared/content/own-routines';
import type { PromptRoutine, PromptRoutineRequest } from '../../../shared/content/prompt-routine-ipc';
import { suggestSnackRoutine } from '../../../shared/content/select';
import type { Locale } from '../../../shared/i18n/locales';

export interface PromptRoutineDeps {
  /** The built-in routines and the poses' words in a language. */
  content: (locale: Locale) => {
    routines: readonly PlayableRoutine[];
    poses: Readonly<Record<string, PoseText>>;
  };
  /** The person's own routines, as the player runs them. */
  own: () => readonly PlayableRoutine[];
}

/** Only what the player and the prompt read: the message stays small and carries no sources or notes. */
function playable(r: PlayableRoutine): PlayableRoutine {
  const { id, title, summary, placement, snack, staple, effort, prompts, steps } = r;
  return { id, title, summary, placement, snack, staple, effort, prompts, steps };
}

function pick(
  builtIn: readonly PlayableRoutine[],
  own: readonly PlayableRoutine[],
  request: PromptRoutineRequest,
) {
  const named = request.id === null ? undefined : [...own, ...builtIn].find((r) => r.id === request.id);
  return (
    named ??
    suggestSnackRoutine(
      request.kind,
      { catchUp: request.catchUp, ...(request.posture ? { posture: request.posture } : {}) },
      [...builtIn, ...own],
    )
  );
}

export function routineForPrompt(deps: PromptRoutineDeps, request: PromptRoutineRequest): PromptRoutine {
  const content = deps.content(request.locale);
  const routine = playable(pick(content.routines, deps.own(), request));
  const used = new Set<string>(routine.steps.flatMap((s) => s.poses ?? []));
  const poses = Object.fromEntries(Object.entries(content.poses).filter(([name]) => used.has(name)));
  return { routine, poses };
}

/**
 * The prompt window's routine in the pseudo-locale, for the prompt window's layout check (main answers in a real
 * language). Loaded only under `?lang=pseudo`.
 */
import { pseudoText } from '../../i18n/pseudo';
import type { PlayableRoutine } from '../own-routines';
import type { PromptRoutine } from '../prompt-routine-ipc';

function pseudoPlayable(r: PlayableRoutine): PlayableRoutine {
  return {
    ...r,
    title: pseudoText(r.title),
    summary: pseudoText(r.summary),
    steps: r.steps.map((s) => ({
      ...s,
      instruction: pseudoText(s.instruction),
      ...(s.breath === undefined ? {} : { breath: pseudoText(s.breath) }),
      ...(s.cautions === undefined ? {} : { cautions: s.cautions.map(pseudoText) }),
    })),
  };
}

/** The prompt window's routine and its poses' words in the pseudo-locale. */
export function pseudoPromptRoutine(answer: PromptRoutine): PromptRoutine {
  return {
    routine: pseudoPlayable(answer.routine),
    poses: Object.fromEntries(
      Object.entries(answer.poses).map(([name, p]) => [
        name,
        { label: pseudoText(p.label), alt: pseudoText(p.alt) },
      ]),
    ),
  };
}

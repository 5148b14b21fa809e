/**
 * The routine the prompt window shows or plays, asked of main (`routines.forPrompt`) in the language the
 * window shows: main holds the content, so this window carries none. The pseudo-locale (`?lang=pseudo`)
 * is applied here, since main knows only real languages.
 */
import { useEffect, useState } from 'react';
import type { PlayableRoutine } from '../../../shared/content/own-routines';
import type { PromptRoutineRequest } from '../../../shared/content/prompt-routine-ipc';
import { api } from '../api';
import { setPoseWords } from '../content';
import { type ReadableError, readError } from '../lib/errors';

export interface PromptRoutine {
  routine: PlayableRoutine | null;
  error: ReadableError | null;
}

/** The routine from main; its poses' words are set for the figures before it is shown. */
async function ask(request: PromptRoutineRequest): Promise<PlayableRoutine> {
  const answer = await api().invoke('routines.forPrompt', request);
  if (new URLSearchParams(location.search).get('lang') !== 'pseudo') {
    setPoseWords(answer.poses);
    return answer.routine;
  }
  const { pseudoPromptRoutine } = await import('../../../shared/content/i18n/pseudo-playable');
  const pseudo = pseudoPromptRoutine(answer);
  setPoseWords(pseudo.poses);
  return pseudo.routine;
}

/** `request` null: nothing to ask yet. Asks again when the request changes (the language is part of it). */
export function usePromptRoutine(request: PromptRoutineRequest | null): PromptRoutine {
  const [state, setState] = useState<PromptRoutine & { key: string | null }>({
    routine: null,
    error: null,
    key: null,
  });
  const key = request === null ? null : JSON.stringify(request);

  // The key stands for the request's contents: a new object with the same fields asks nothing new.
  // biome-ignore lint/correctness/useExhaustiveDependencies: request is read through key.
  useEffect(() => {
    if (key === null || request === null) return;
    let live = true;
    ask(request).then(
      (routine) => {
        if (live) setState({ routine, error: null, key });
      },
      (e: unknown) => {
        if (live) setState({ routine: null, error: readError(e), key });
      },
    );
    return () => {
      live = false;
    };
  }, [key]);

  // Until the new answer is in, the last one stays (no flash of "loading" when the posture changes).
  return { routine: state.routine, error: state.error };
}

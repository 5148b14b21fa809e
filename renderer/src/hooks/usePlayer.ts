/** Drives the player reducer with a light interval and plays a cue when a step starts or the routine ends. */
import { useEffect, useReducer, useRef } from 'react';
import { type Cue, playCue, type SoundSettings } from '../player/cues';
import { initialPlayer, type PlayerAction, type PlayerState, playerReducer } from '../player/machine';

export function usePlayer(
  stepSeconds: readonly number[],
  sound: SoundSettings,
): [PlayerState, (action: PlayerAction) => void] {
  const [state, dispatch] = useReducer(playerReducer, stepSeconds, initialPlayer);
  const last = useRef<number | null>(null);
  const soundRef = useRef(sound);
  soundRef.current = sound;

  useEffect(() => {
    if (state.status !== 'running') {
      last.current = null;
      return;
    }
    last.current = performance.now();
    const id = window.setInterval(() => {
      const now = performance.now();
      dispatch({ type: 'tick', ms: now - (last.current ?? now) });
      last.current = now;
    }, 250);
    return () => window.clearInterval(id);
  }, [state.status]);

  const cueKey =
    state.status === 'finished' ? 'finished' : state.status === 'ready' ? 'ready' : `step-${state.index}`;
  const previous = useRef(cueKey);
  useEffect(() => {
    if (previous.current === cueKey) return;
    previous.current = cueKey;
    const cue: Cue | null = cueKey === 'finished' ? 'finish' : cueKey.startsWith('step-') ? 'step' : null;
    if (cue) playCue(cue, soundRef.current);
  }, [cueKey]);

  return [state, dispatch];
}

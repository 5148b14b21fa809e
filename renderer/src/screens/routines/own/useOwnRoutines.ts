/** A person's own routines, loaded from main, with their playable form. */
import { asPlayable, type PlayableRoutine } from '../../../../../shared/content/own-routines';
import type { OwnRoutine } from '../../../../../shared/content/user-routine';
import { api } from '../../../api';
import { type Loaded, useLoad } from '../../../hooks/useLoad';

export interface OwnEntry {
  own: OwnRoutine;
  playable: PlayableRoutine;
}

/** Loads again when `key` changes (another routine opened, or one just saved). */
export function useOwnRoutines(key = ''): Loaded<OwnEntry[]> {
  return useLoad(
    async () => (await api().invoke('routines.list')).map((own) => ({ own, playable: asPlayable(own) })),
    [key],
  );
}

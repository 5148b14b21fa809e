/**
 * A person's own routine as the player, the prompts and the snack picker see it: a routine with the same
 * shape as a built-in one, snack-sized when short enough. No zod here, so the prompt window can use it.
 */
import { routineDurationSec, SNACK_MAX_SEC } from './duration';
import type { PromptKind, Routine, RoutineStep } from './schema';
import type { OwnRoutine } from './user-routine';

/** A routine the player can run and a prompt can suggest. */
export type PlayableRoutine = Pick<
  Routine,
  'id' | 'title' | 'summary' | 'placement' | 'snack' | 'staple' | 'effort' | 'prompts' | 'steps'
>;

/** Prompts a snack suits by where it is done: a desk snack after sitting long, a standing one to stand. */
const promptsByPlace: Record<Routine['placement'], PromptKind[]> = {
  desk: ['sit', 'move'],
  standing: ['stand', 'move', 'shift', 'escalate'],
  floor: [],
};

export function asPlayable(own: OwnRoutine): PlayableRoutine {
  const { routine } = own;
  const steps = routine.steps.map(
    (s): RoutineStep => ({
      instruction: s.instruction,
      ...(s.seconds !== undefined ? { seconds: s.seconds } : { reps: s.reps ?? 1 }),
      side: s.side,
      placement: routine.place,
      ...(s.pose ? { poses: [s.pose] } : {}),
    }),
  );
  const snack = routine.place !== 'floor' && routineDurationSec({ steps }) <= SNACK_MAX_SEC;
  return {
    id: own.id,
    title: routine.name,
    summary: steps[0]?.instruction ?? routine.name,
    placement: routine.place,
    snack,
    staple: false,
    effort: 'gentle',
    prompts: snack ? promptsByPlace[routine.place] : [],
    steps,
  };
}

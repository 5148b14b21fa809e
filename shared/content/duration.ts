/**
 * How long a routine takes. Steps with reps are timed at an assumed pace: `REP_SECONDS` per repetition
 * (or the step's own `repSeconds` for slow moves), plus any hold. A `both` step is done once per side.
 * Transitions between steps are not counted; steps are short and flow into each other.
 */
import type { Routine, RoutineStep } from './schema';

/** Assumed seconds for one unhurried repetition, before any hold. */
export const REP_SECONDS = 3;
/** Longest a movement snack may run: the "1–2 minutes" of the schedules. */
export const SNACK_MAX_SEC = 120;
/** Longest a catch-up snack (shown after a deferral) may run. */
export const CATCH_UP_MAX_SEC = 60;

export function stepDurationSec(step: RoutineStep): number {
  const sides = step.side === 'both' ? 2 : 1;
  const sets = step.sets ?? 1;
  const once =
    step.seconds !== undefined
      ? step.seconds
      : (step.reps ?? 0) * ((step.repSeconds ?? REP_SECONDS) + (step.holdSeconds ?? 0));
  return sides * sets * once;
}

export function routineDurationSec(routine: Pick<Routine, 'steps'>): number {
  return routine.steps.reduce((sum, step) => sum + stepDurationSec(step), 0);
}

export function stepCount(routine: Pick<Routine, 'steps'>): number {
  return routine.steps.length;
}

/**
 * Turns a routine into the sequence the player walks through. A step done "on both sides" becomes two
 * guided steps (first side, other side) so each gets its own countdown and cue.
 */
import { stepDurationSec } from '../../../shared/content/duration';
import type { Routine, RoutineStep } from '../../../shared/content/schema';

/** What the player needs of a routine: built-in routines and a person's own ones both have it. */
export type PlayableRoutine = Pick<Routine, 'id' | 'title' | 'summary' | 'steps'>;

export type GuidedSide = 'none' | 'first' | 'second' | 'alternate' | 'left' | 'right';

export interface GuidedStep {
  /** Index of the routine step this comes from. */
  from: number;
  step: RoutineStep;
  side: GuidedSide;
  /** Guide time for this part, seconds (reps are timed at the content's assumed pace). */
  seconds: number;
}

export function planRoutine(routine: Pick<Routine, 'steps'>): GuidedStep[] {
  return routine.steps.flatMap((step, from): GuidedStep[] => {
    const total = stepDurationSec(step);
    if (step.side === 'both') {
      const half = total / 2;
      return [
        { from, step, side: 'first', seconds: half },
        { from, step, side: 'second', seconds: half },
      ];
    }
    return [{ from, step, side: step.side, seconds: total }];
  });
}

export function planSeconds(plan: readonly GuidedStep[]): number {
  return plan.reduce((sum, s) => sum + s.seconds, 0);
}

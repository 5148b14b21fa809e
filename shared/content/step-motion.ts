/**
 * How a step moves: its key poses from the library and its tempo. The player asks here; so do the
 * validator and the tests. Plain data and arithmetic (no zod), so the prompt window can use it.
 */

import type { Tempo } from '../pose/motion';
import type { Pose } from '../pose/types';
import { REP_SECONDS } from './duration';
import { type PoseName, poseLibrary } from './poses';

/** What the player needs of a step (built-in and a person's own steps alike). */
export interface MovingStep {
  poses?: readonly PoseName[] | undefined;
  tempo?: number | undefined;
  reps?: number | undefined;
  repSeconds?: number | undefined;
  holdSeconds?: number | undefined;
}

/** Seconds one pass takes for a timed step with several key poses and no tempo of its own. */
export const DEFAULT_TEMPO_SEC = 4;

export interface KeyPose {
  name: PoseName;
  pose: Pose;
}

export function keyPoses(step: MovingStep): KeyPose[] {
  return (step.poses ?? []).map((name) => ({ name, pose: poseLibrary[name].pose }));
}

/**
 * The step's own tempo: one repetition (movement plus hold) for a step with repetitions, else the step's
 * `tempo`, else `DEFAULT_TEMPO_SEC`.
 */
export function stepTempo(step: MovingStep): Tempo {
  if (step.tempo !== undefined) return { cycleMs: step.tempo * 1000, holdMs: 0 };
  if (step.reps !== undefined) {
    const hold = step.holdSeconds ?? 0;
    return { cycleMs: ((step.repSeconds ?? REP_SECONDS) + hold) * 1000, holdMs: hold * 1000 };
  }
  return { cycleMs: DEFAULT_TEMPO_SEC * 1000, holdMs: 0 };
}

/**
 * The words for a step's figure: its key poses' alt texts in order, each once, joined by `then` (the
 * language's "Then:"). `altOf` gives a pose's alt text in the shown language.
 */
export function stepAlt(step: MovingStep, altOf: (name: PoseName) => string, then: string): string {
  return keyPoses(step)
    .map((k) => altOf(k.name))
    .filter((alt, i, all) => all.indexOf(alt) === i)
    .join(` ${then} `);
}

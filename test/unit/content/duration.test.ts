import { describe, expect, it } from 'vitest';
import {
  REP_SECONDS,
  type Routine,
  type RoutineStep,
  routineDurationSec,
  routines,
  STOP_IF_WORSE,
  stepCount,
  stepDurationSec,
} from '../../../shared/content';

const step = (s: Partial<RoutineStep>): RoutineStep => ({
  instruction: 'Move.',
  side: 'none',
  placement: 'desk',
  ...s,
});

describe('stepDurationSec', () => {
  it('uses the seconds of a timed step', () => {
    expect(stepDurationSec(step({ seconds: 45 }))).toBe(45);
  });

  it('times reps at the assumed pace, plus any hold', () => {
    expect(REP_SECONDS).toBe(3);
    expect(stepDurationSec(step({ reps: 10 }))).toBe(30);
    expect(stepDurationSec(step({ reps: 5, holdSeconds: 3 }))).toBe(30);
    expect(stepDurationSec(step({ reps: 5, repSeconds: 6 }))).toBe(30);
    expect(stepDurationSec(step({ reps: 4, repSeconds: 16 }))).toBe(64);
  });

  it('counts a "both" step once per side, and multiplies by sets', () => {
    expect(stepDurationSec(step({ reps: 5, holdSeconds: 3, side: 'both' }))).toBe(60);
    expect(stepDurationSec(step({ seconds: 20, sets: 2, side: 'both' }))).toBe(80);
    expect(stepDurationSec(step({ reps: 8, holdSeconds: 2, side: 'alternate' }))).toBe(40);
    expect(stepDurationSec(step({ seconds: 20, side: 'left' }))).toBe(20);
  });
});

describe('routineDurationSec and stepCount', () => {
  const r: Routine = {
    id: 'test-sum',
    title: 'Sum',
    summary: 'Sum.',
    category: 'thoracic',
    placement: 'desk',
    snack: false,
    staple: false,
    effort: 'gentle',
    prompts: [],
    steps: [step({ seconds: 5 }), step({ reps: 5, holdSeconds: 3, side: 'both' }), step({ reps: 2 })],
    cautions: [STOP_IF_WORSE],
    source: 'seed-living-well',
    dosageSource: 'nhs-back-exercises',
  };

  it('adds the steps up', () => {
    expect(routineDurationSec(r)).toBe(5 + 60 + 6);
    expect(stepCount(r)).toBe(3);
  });

  it('gives every shipped routine a positive length and at least one step', () => {
    for (const routine of routines) {
      const total = routine.steps.map(stepDurationSec).reduce((a, b) => a + b, 0);
      expect(routineDurationSec(routine), routine.id).toBe(total);
      expect(total, routine.id).toBeGreaterThanOrEqual(20);
      expect(stepCount(routine), routine.id).toBe(routine.steps.length);
      expect(stepCount(routine), routine.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('starts exercises with a small dose (about 5 reps, no more than 10)', () => {
    for (const routine of routines) {
      for (const s of routine.steps) {
        if (s.reps !== undefined) expect(s.reps, routine.id).toBeLessThanOrEqual(10);
      }
    }
  });
});

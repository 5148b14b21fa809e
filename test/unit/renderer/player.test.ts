import { describe, expect, it } from 'vitest';
import {
  initialPlayer,
  playerReducer,
  progressOf,
  stepRemainingMs,
  totalRemainingMs,
} from '../../../renderer/src/player/machine';
import { planRoutine, planSeconds } from '../../../renderer/src/player/plan';
import { routineDurationSec } from '../../../shared/content/duration';
import { getRoutine } from '../../../shared/content/routines';
import type { Routine } from '../../../shared/content/schema';

const run = (lengths: number[]) => playerReducer(initialPlayer(lengths), { type: 'start' });

describe('player machine', () => {
  it('does not move before it starts or while paused', () => {
    const ready = initialPlayer([10, 10]);
    expect(playerReducer(ready, { type: 'tick', ms: 5000 })).toBe(ready);
    const paused = playerReducer(run([10, 10]), { type: 'pause' });
    expect(playerReducer(paused, { type: 'tick', ms: 5000 }).stepMs).toBe(0);
  });
  it('advances to the next step when a step runs out, carrying the rest', () => {
    const s = playerReducer(run([10, 10]), { type: 'tick', ms: 12_000 });
    expect(s.index).toBe(1);
    expect(s.stepMs).toBe(2000);
    expect(stepRemainingMs(s)).toBe(8000);
    expect(totalRemainingMs(s)).toBe(8000);
  });
  it('crosses several short steps in one long tick and finishes', () => {
    const s = playerReducer(run([1, 1, 1]), { type: 'tick', ms: 2500 });
    expect(s.index).toBe(2);
    const done = playerReducer(s, { type: 'tick', ms: 1000 });
    expect(done.status).toBe('finished');
    expect(progressOf(done)).toBe(1);
  });
  it('next, previous and restart move between steps', () => {
    let s = run([10, 10, 10]);
    s = playerReducer(s, { type: 'next' });
    s = playerReducer(s, { type: 'next' });
    expect(s.index).toBe(2);
    s = playerReducer(s, { type: 'previous' });
    expect(s.index).toBe(1);
    s = playerReducer(s, { type: 'next' });
    s = playerReducer(s, { type: 'next' });
    expect(s.status).toBe('finished');
    expect(playerReducer(s, { type: 'restart' })).toMatchObject({ status: 'running', index: 0, stepMs: 0 });
  });
  it('reports progress over the whole routine', () => {
    const s = playerReducer(run([10, 30]), { type: 'tick', ms: 20_000 });
    expect(progressOf(s)).toBeCloseTo(0.5);
  });
});

describe('planRoutine', () => {
  it('splits a both-sides step into two guided parts that add up to the routine length', () => {
    const routine = getRoutine('desk-seated-rotation');
    expect(routine).toBeDefined();
    const r = routine as Routine;
    const plan = planRoutine(r);
    const both = r.steps.filter((s) => s.side === 'both').length;
    expect(plan).toHaveLength(r.steps.length + both);
    expect(plan.filter((p) => p.side === 'first')).toHaveLength(both);
    expect(planSeconds(plan)).toBeCloseTo(routineDurationSec(r));
  });
});

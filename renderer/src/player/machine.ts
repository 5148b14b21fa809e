/**
 * The guided player as a pure reducer: which step, how far into it, running or paused. Time comes in as
 * `tick` deltas so the same logic drives the prompt window and the routine player and is testable.
 */
export type PlayerStatus = 'ready' | 'running' | 'paused' | 'finished';

export interface PlayerState {
  status: PlayerStatus;
  index: number;
  /** Milliseconds spent in the current step. */
  stepMs: number;
  /** Step lengths in milliseconds. */
  lengths: readonly number[];
}

export type PlayerAction =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'tick'; ms: number }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'restart' };

export function initialPlayer(stepSeconds: readonly number[]): PlayerState {
  return { status: 'ready', index: 0, stepMs: 0, lengths: stepSeconds.map((s) => Math.max(0, s) * 1000) };
}

function advance(state: PlayerState): PlayerState {
  const index = state.index + 1;
  if (index >= state.lengths.length)
    return {
      ...state,
      status: 'finished',
      index: state.lengths.length - 1,
      stepMs: state.lengths.at(-1) ?? 0,
    };
  return { ...state, index, stepMs: 0 };
}

export function playerReducer(state: PlayerState, action: PlayerAction): PlayerState {
  switch (action.type) {
    case 'start':
      return state.status === 'ready' ? { ...state, status: 'running' } : state;
    case 'pause':
      return state.status === 'running' ? { ...state, status: 'paused' } : state;
    case 'resume':
      return state.status === 'paused' ? { ...state, status: 'running' } : state;
    case 'restart':
      return { ...state, status: 'running', index: 0, stepMs: 0 };
    case 'next':
      return state.status === 'finished' ? state : advance(state);
    case 'previous':
      if (state.status === 'finished' || state.index === 0) return { ...state, stepMs: 0 };
      return { ...state, index: state.index - 1, stepMs: 0 };
    case 'tick': {
      if (state.status !== 'running' || !(action.ms > 0)) return state;
      let next: PlayerState = { ...state, stepMs: state.stepMs + action.ms };
      // A long tick (a throttled background window) may cross several short steps.
      for (;;) {
        const length = next.lengths[next.index] ?? 0;
        if (next.stepMs < length || next.status === 'finished') return next;
        const carry = next.stepMs - length;
        next = advance(next);
        if (next.status === 'finished') return next;
        next = { ...next, stepMs: carry };
      }
    }
  }
}

/** Milliseconds left in the current step. */
export function stepRemainingMs(state: PlayerState): number {
  return Math.max(0, (state.lengths[state.index] ?? 0) - state.stepMs);
}

/** Share of the whole routine done, 0..1. */
export function progressOf(state: PlayerState): number {
  const total = state.lengths.reduce((a, b) => a + b, 0);
  if (state.status === 'finished') return 1;
  if (total <= 0) return 0;
  const before = state.lengths.slice(0, state.index).reduce((a, b) => a + b, 0);
  return Math.min(1, (before + state.stepMs) / total);
}

/** Milliseconds left in the whole routine. */
export function totalRemainingMs(state: PlayerState): number {
  if (state.status === 'finished') return 0;
  const after = state.lengths.slice(state.index + 1).reduce((a, b) => a + b, 0);
  return after + stepRemainingMs(state);
}

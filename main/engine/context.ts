/** The working context of one `handle` call: state, observations, settings, and the events emitted so far. */
import type { EngineEvent } from '../../shared/events';
import type { Settings } from '../../shared/settings';
import { applyEvent } from './state';
import type { EngineState, Observations, SuggestRoutine } from './types';

export interface Ctx {
  s: EngineState;
  obs: Observations;
  settings: Settings;
  suggest: SuggestRoutine;
  out: EngineEvent[];
}

const MIN = 60_000;

export const minutes = (n: number) => n * MIN;

export function thresholdMs(ctx: Ctx): number {
  return ctx.settings.awayThresholdMin * MIN;
}

/**
 * Records an event and applies it to the state through the reducer (the only way the state changes).
 * Events never go back in time: an event whose moment is earlier than the last one recorded is stamped
 * with that last moment (its `since` keeps the truth).
 */
export function emit(ctx: Ctx, e: EngineEvent): void {
  const ev: EngineEvent = e.at >= ctx.s.lastEventAt ? e : { ...e, at: ctx.s.lastEventAt };
  applyEvent(ctx.s, ev, ctx.settings);
  ctx.out.push(ev);
}

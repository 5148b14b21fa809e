/** The sitting-time engine: presence, posture, schedule and prompts as a pure state machine. */
export { CHECKPOINT_MS, createEngine } from './engine';
export { observationsOf, restoreFromEvents } from './restore';
export {
  ESCALATE_BY_MIN,
  ESCALATE_EVERY_MIN,
  ESCALATE_FROM_MIN,
  MIN_NAG_GAP_MIN,
  SHIFT_AFTER_MIN,
} from './schedule';
export type {
  Engine,
  EngineConfig,
  EngineInput,
  EngineState,
  EngineStep,
  Focus,
  PowerEvent,
  SuggestRoutine,
} from './types';

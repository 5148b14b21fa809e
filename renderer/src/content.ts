/**
 * The renderer's doorway to Sitwise content. Imports the pure data modules one by one (not the content
 * index, which also carries the zod schemas and validators) so the prompt window stays light.
 */
export { checklist } from '../../shared/content/checklist';
export { routineDurationSec, stepDurationSec } from '../../shared/content/duration';
export { getRoutine, routines, routinesBy } from '../../shared/content/routines';
/** Ids of a person's own routines start with this (kept apart from built-in ids). */
export const USER_ROUTINE_PREFIX = 'user-';
export { getSafetyText, redFlags, redFlagsBy, safetyTexts } from '../../shared/content/safety';
export type {
  ChecklistGroup,
  ChecklistItem,
  Placement,
  RedFlag,
  Routine,
  RoutineCategory,
  RoutineStep,
  SafetyText,
  Tip,
  TipContext,
} from '../../shared/content/schema';
export { suggestSnackRoutine, tipFor } from '../../shared/content/select';
export { getSource } from '../../shared/content/sources';
export { tips } from '../../shared/content/tips';

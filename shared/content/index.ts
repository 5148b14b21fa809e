/**
 * Sitwise content: routines, tips, the setup checklist, warning signs and safety texts, each with a
 * stable id and a source. Pure data plus helpers; the UI owns its own interface strings.
 */
export { type ContentCatalog, catalog } from './catalog';
export { checklist, getChecklistItem } from './checklist';
export {
  CATCH_UP_MAX_SEC,
  REP_SECONDS,
  routineDurationSec,
  SNACK_MAX_SEC,
  stepCount,
  stepDurationSec,
} from './duration';
export { getRoutine, type RoutineFilter, routines, routinesBy } from './routines';
export { BUILD_UP_SLOWLY, MOVE_IN_COMFORT, STOP_IF_WORSE } from './routines-common';
export { getSafetyText, redFlags, redFlagsBy, SAME_DAY_ACTION, safetyTexts, URGENT_ACTION } from './safety';
export * from './schema';
export { rotationIndex, type SnackOptions, suggestSnackRoutine, tipFor } from './select';
export { getSource, sourceIds, sources } from './sources';
export { getTip, tips } from './tips';
export { type ContentProblem, ROUTINE_MAX_SEC, svgProblems, validateContent } from './validate';
export * from './wording';

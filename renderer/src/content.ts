/**
 * The dashboard's doorway to Sitwise content in the language it shows. `useLocale` loads the content with
 * the messages (English built in, a translation chunk per language) and sets it here before anything with
 * words renders; the tree renders again when the language changes, so these getters always answer in the
 * chosen language. Content is read through functions, never module constants, so nothing is captured in
 * the language that happened to be current when a module loaded.
 */
import type { ContentCatalog } from '../../shared/content/catalog';
import type { LocalizedContent } from '../../shared/content/i18n/localize';
import type { PoseText } from '../../shared/content/i18n/types';
import type { PoseName } from '../../shared/content/poses';
import type {
  RedFlag,
  RedFlagLevel,
  Routine,
  SafetyText,
  Source,
  Tip,
  TipContext,
} from '../../shared/content/schema';
import {
  type SnackOptions,
  suggestSnackRoutine as suggestFrom,
  tipFor as tipFrom,
} from '../../shared/content/select';

export { routineDurationSec, stepDurationSec } from '../../shared/content/duration';
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

/** Ids of a person's own routines start with this (kept apart from built-in ids). */
export const USER_ROUTINE_PREFIX = 'user-';

let current: ContentCatalog | null = null;
let poseWords: Readonly<Record<string, PoseText>> = {};

/** Set by `useLocale` while the root renders; tests set it directly. */
export function setContent(next: LocalizedContent): void {
  current = next.catalog;
  poseWords = next.poses;
}

/**
 * The prompt window has no content of its own: main sends the words of the poses its routine uses with the
 * routine, and they are set here for the figures.
 */
export function setPoseWords(words: Readonly<Record<string, PoseText>>): void {
  poseWords = { ...poseWords, ...words };
}

/** A pose's name and alt text in the shown language. */
export function poseText(name: PoseName): PoseText {
  const words = poseWords[name];
  if (words === undefined) throw new Error(`No words loaded for the pose "${name}"`);
  return words;
}

function content(): ContentCatalog {
  if (current === null) throw new Error('No content loaded yet: render inside useLocale with content');
  return current;
}

export const routines = (): readonly Routine[] => content().routines;
export const getRoutine = (id: string): Routine | undefined => content().routines.find((r) => r.id === id);
export const tips = (): readonly Tip[] => content().tips;
export const checklist = () => content().checklist;
export const redFlags = (): readonly RedFlag[] => content().redFlags;
export const redFlagsBy = (level: RedFlagLevel): RedFlag[] =>
  content().redFlags.filter((f) => f.level === level);
export const getSafetyText = (kind: SafetyText['kind']): SafetyText | undefined =>
  content().safetyTexts.find((s) => s.kind === kind);
export const getSource = (id: string): Source | undefined => content().sources.find((s) => s.id === id);

/** The snack for a prompt kind, from the built-in routines in the shown language. */
export function suggestSnackRoutine(kind: Routine['prompts'][number], opts: SnackOptions): Routine {
  return suggestFrom(kind, opts, content().routines);
}

/** A tip for a context, rotating as the seed counts up, in the shown language. */
export function tipFor(context: TipContext, seed: number): Tip {
  return tipFrom(context, seed, content().tips);
}

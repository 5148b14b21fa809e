/**
 * The shape of one language's content translation. Keyed by the stable content ids; routine steps follow
 * the English steps by position. Only words are translated: doses, timings, sides, placements and
 * sources come from the English item and cannot differ.
 */

export interface StepText {
  instruction: string;
  /** Present exactly when the English step has a breathing cue. */
  breath?: string;
  /** Same count as the English step's cautions. */
  cautions?: string[];
}

export interface RoutineText {
  title: string;
  summary: string;
  /** One per English step, in the same order. */
  steps: StepText[];
  cautions: string[];
  progression?: string;
  /** The illustration's alt text, when the routine has one. */
  illustrationAlt?: string;
}

export interface ContentTranslation {
  sources: Readonly<Record<string, { label: string }>>;
  routines: Readonly<Record<string, RoutineText>>;
  tips: Readonly<Record<string, string>>;
  checklist: Readonly<Record<string, { title: string; detail: string }>>;
  redFlags: Readonly<Record<string, { symptom: string; question: string; action: string }>>;
  safetyTexts: Readonly<Record<string, { title: string; body: string[]; steps?: string[] }>>;
  /** Keyed by the pose library's names (shared/content/poses.ts). */
  poses: Readonly<Record<string, PoseText>>;
}

/**
 * A pose's words in a language: its name in the own-routine editor's pose list and the figure's alt text.
 * Keyed by the pose library's names (shared/content/poses.ts).
 */
export interface PoseText {
  label: string;
  alt: string;
}

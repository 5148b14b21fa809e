/**
 * Schemas and types for Sitwise content: routines, tips, the setup checklist, red flags and safety texts.
 * Every item has a stable `id` (journals and settings refer to it) and a `source` (a source id from
 * `sources.ts`). Cross-item rules (unique ids, sources exist, snack length) live in `validate.ts`.
 */
import { z } from 'zod';
import { type PromptKind, promptKindSchema } from '../snapshot';
import { poseNames } from './poses';

export type { PromptKind };

/** Lower-case kebab case, never reused for another item. Kept short so settings can store it. */
const contentId = z
  .string()
  .max(60)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab case: lower-case letters, digits and single dashes');

/** User-facing text: trimmed, non-empty, one line or short paragraph. */
const text = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => s === s.trim(), 'must not start or end with spaces');

const sourceKinds = ['founding-text', 'guideline', 'study', 'practice'] as const;
export const sourceSchema = z.strictObject({
  id: contentId,
  kind: z.enum(sourceKinds),
  /** Short name shown next to an item ("NHS back exercise guidance"). User-facing, so it is linted. */
  label: text(80),
  /** The bibliographic reference. Not linted: titles and journal names are quoted as published. */
  citation: text(300),
  /** For the founding text: the section heading, exactly as written there. */
  section: text(120).optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const placements = ['desk', 'standing', 'floor'] as const;
export type Placement = (typeof placements)[number];

/**
 * `none`: a symmetric movement. `both`: do the dose on one side, then on the other (time counts twice).
 * `alternate`: sides take turns within the reps. `left` / `right`: one side only.
 */
export const sides = ['none', 'both', 'alternate', 'left', 'right'] as const;
export type Side = (typeof sides)[number];

export const routineCategories = [
  'morning-mobility',
  'hips',
  'thoracic',
  'core-strength',
  'walking',
  'breathing',
  'task-practice',
  'relaxation',
] as const;
export type RoutineCategory = (typeof routineCategories)[number];

const efforts = ['gentle', 'moderate'] as const;
export type Effort = (typeof efforts)[number];

const illustrationSchema = z.strictObject({
  /** A tiny inline SVG of our own; `validate.ts` checks it is static markup with no scripts or links. */
  svg: z.string().min(20).max(4000),
  alt: text(160),
});
export type Illustration = z.infer<typeof illustrationSchema>;

export const poseName = z.enum(poseNames);

const routineStepSchema = z
  .strictObject({
    instruction: text(240),
    /** A timed step. Exactly one of `seconds` and `reps` is set. */
    seconds: z.number().int().min(3).max(900).optional(),
    reps: z.number().int().min(1).max(30).optional(),
    /** Seconds one repetition takes before any hold; defaults to `REP_SECONDS` in `duration.ts`. */
    repSeconds: z.number().int().min(2).max(20).optional(),
    /** Seconds to hold each repetition. */
    holdSeconds: z.number().int().min(1).max(60).optional(),
    /** Rounds of the whole dose (per side when `side` is `both`). */
    sets: z.number().int().min(1).max(5).optional(),
    side: z.enum(sides),
    placement: z.enum(placements),
    breath: text(160).optional(),
    cautions: z.array(text(200)).max(4).optional(),
    /**
     * Key poses from the pose library (`poses.ts`), in order: the player moves from one to the next and
     * back. Every built-in step has at least one (the content validator checks); a person's own step may
     * have none.
     */
    poses: z.array(poseName).min(1).max(4).readonly().optional(),
    /** Seconds for one pass through the key poses of a timed step (a breath in and out, one stride). */
    tempo: z.number().min(0.8).max(30).optional(),
  })
  .refine((s) => (s.seconds === undefined) !== (s.reps === undefined), {
    message: 'a step has either seconds or reps, not both and not neither',
  })
  .refine((s) => s.reps !== undefined || (s.holdSeconds === undefined && s.repSeconds === undefined), {
    message: 'holdSeconds and repSeconds only apply to a step with reps',
  });
export type RoutineStep = z.infer<typeof routineStepSchema>;

export const routineSchema = z
  .strictObject({
    id: contentId,
    title: text(60),
    summary: text(200),
    category: z.enum(routineCategories),
    /** Where the routine starts; steps carry their own placement. */
    placement: z.enum(placements),
    /** Fits a 1–2 minute movement snack during work (at most `SNACK_MAX_SEC`). */
    snack: z.boolean(),
    /** One of the low-energy staples: doable even on a bad day. */
    staple: z.boolean(),
    effort: z.enum(efforts),
    /** Prompt kinds this snack suits; empty for routines that are not snacks. */
    prompts: z.array(promptKindSchema).max(promptKindSchema.options.length),
    steps: z.array(routineStepSchema).min(1).max(12),
    cautions: z.array(text(200)).min(1).max(5),
    /** How to build up over the days, when the routine has a dose to grow. */
    progression: text(200).optional(),
    /** Where the exercise idea comes from. */
    source: contentId,
    /** Where the dose (reps, holds, times) comes from; the `standard-practice` source when none. */
    dosageSource: contentId,
    illustration: illustrationSchema.optional(),
  })
  .refine((r) => r.snack === r.prompts.length > 0, {
    message: 'a snack routine lists the prompts it suits, and only snack routines do',
  })
  .refine((r) => !r.snack || r.placement !== 'floor', { message: 'a snack routine must fit at a desk' })
  .refine((r) => new Set(r.prompts).size === r.prompts.length, { message: 'prompts must not repeat' });
export type Routine = z.infer<typeof routineSchema>;

export const tipContexts = ['sitting', 'standing', 'lifting', 'screen', 'sleep', 'stress'] as const;
export type TipContext = (typeof tipContexts)[number];

export const tipSchema = z.strictObject({
  id: contentId,
  text: text(160),
  contexts: z.array(z.enum(tipContexts)).min(1).max(3),
  source: contentId,
});
export type Tip = z.infer<typeof tipSchema>;

export const checklistGroups = ['screen', 'chair', 'desk', 'habits', 'lifting'] as const;
export type ChecklistGroup = (typeof checklistGroups)[number];

export const checklistItemSchema = z.strictObject({
  id: contentId,
  group: z.enum(checklistGroups),
  title: text(80),
  detail: text(240),
  source: contentId,
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

const redFlagLevels = ['urgent', 'same-day'] as const;
export type RedFlagLevel = (typeof redFlagLevels)[number];

export const redFlagSchema = z.strictObject({
  id: contentId,
  level: z.enum(redFlagLevels),
  /** What the person notices, in plain words. Never the name of a condition. */
  symptom: text(160),
  /** The same, as a yes/no question for the weekly check-in. */
  question: text(160).refine((q) => q.endsWith('?'), 'a question ends with a question mark'),
  /** What to do now. */
  action: text(160),
  source: contentId,
});
export type RedFlag = z.infer<typeof redFlagSchema>;

const safetyTextKinds = ['disclaimer', 'urgent-care', 'same-day-care', 'flare-plan', 'seek-care'] as const;

export const safetyTextSchema = z.strictObject({
  id: contentId,
  kind: z.enum(safetyTextKinds),
  title: text(80),
  body: z.array(text(300)).min(1).max(6),
  /** Ordered steps, for texts that are a plan. */
  steps: z.array(text(200)).max(8).optional(),
  source: contentId,
});
export type SafetyText = z.infer<typeof safetyTextSchema>;

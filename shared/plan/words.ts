/**
 * My plan, in the user's own words: one line per domain of the daily toolkit (movement, recovery,
 * environment — the founding text's three domains), what helps them in a flare (heat or cold, as they find
 * helpful) and when they go back to their baseline, and a note for their clinician that a report can carry.
 * Everything else on My plan is read from settings and the pacing log.
 */
import { z } from 'zod';

const line = z.string().trim().max(200, 'keep it to 200 characters');

export const planWordsSchema = z.strictObject({
  movement: line,
  recovery: line,
  environment: line,
  flareRelief: line,
  flareReturn: line,
  clinicianNote: z.string().trim().max(1000, 'keep the note to 1000 characters'),
});
export type PlanWords = z.infer<typeof planWordsSchema>;
export type PlanWordKey = keyof PlanWords;

export const emptyPlanWords: PlanWords = {
  movement: '',
  recovery: '',
  environment: '',
  flareRelief: '',
  flareReturn: '',
  clinicianNote: '',
};

/** A change to some of the words; the rest stay. */
export const planPatchSchema = planWordsSchema
  .partial()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });
export type PlanPatch = z.infer<typeof planPatchSchema>;

/**
 * Pacing and check-in records: the journal lines this feature writes, beside the engine's events. Every
 * record has a `type` (prefixed `pacing.` or `checkin.` so it never collides with an engine event type) and
 * `at` (epoch ms). The current state is a fold of these records (state.ts); nothing else is stored.
 * Red-flag answers are recorded only when the user chooses to keep them for their report (the ids of the
 * questions answered "yes"); otherwise only that the guidance was shown.
 */
import { z } from 'zod';
import { redFlags } from '../content/safety';
import { localDate } from '../summary';
import { checkinAnswersSchema, score } from './checkin';
import { goalFieldsSchema } from './goal';

export const recordId = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes');

const instant = z.number().int().nonnegative();

/** The id of a red-flag question of the Safety content. */
export const redFlagId = z
  .string()
  .refine((id) => redFlags.some((f) => f.id === id), 'not a red-flag question of this version');

const rec = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), at: instant, date: localDate, ...shape });

/** A session as journaled (its date is on the record that carries it). */
const sessionShape = {
  sessionId: recordId,
  minutes: z.number().positive().max(600),
  before: score.nullable(),
  after: score.nullable(),
  note: z.string().max(500),
};

export const pacingRecordSchema = z.discriminatedUnion('type', [
  /** With up to 3 sessions logged at creation, so a goal and its baseline sessions are saved in one line. */
  rec('pacing.goal-created', {
    goalId: recordId,
    fields: goalFieldsSchema,
    sessions: z.array(z.strictObject({ date: localDate, ...sessionShape })).max(3),
  }),
  /** The goal's fields replaced as a whole. */
  rec('pacing.goal-edited', { goalId: recordId, fields: goalFieldsSchema }),
  /** A baseline typed by the user (applies from `date`), or null to go back to the derived one. */
  rec('pacing.baseline-set', { goalId: recordId, value: z.number().positive().max(960).nullable() }),
  /** `week` (a Monday) marked or unmarked as a hold week. */
  rec('pacing.hold-week', { goalId: recordId, week: localDate, hold: z.boolean() }),
  /** The goal leaves the plan; its sessions stay in the journal (it is append-only). */
  rec('pacing.goal-deleted', { goalId: recordId, sessions: z.number().int().nonnegative() }),
  /** `date` is the day the session happened (may be before the day it was logged). */
  rec('pacing.session-logged', { goalId: recordId, ...sessionShape }),
  rec('pacing.flare-entered', { sharePct: z.number().int().min(10).max(90) }),
  rec('pacing.flare-left', { returnDays: z.number().int().min(1).max(28) }),
  /** `week` is the Monday of the week the check-in was made in. */
  rec('checkin.submitted', { week: localDate, answers: checkinAnswersSchema }),
  /**
   * Urgent-care guidance was shown after a "yes". `flags`: the questions answered "yes", only when the user
   * chose to keep them for their report.
   */
  rec('checkin.guidance-shown', { flags: z.array(redFlagId).min(1).max(20).optional() }),
  rec('checkin.plan-reviewed', {}),
  /** The plateau note was shown with the check-in of `week`; `from` is the week of the run's first check-in. */
  rec('checkin.plateau-noted', { week: localDate, from: localDate }),
  /** The user put the plateau note of `week` away. */
  rec('checkin.plateau-dismissed', { week: localDate }),
]);

export type PacingRecord = z.infer<typeof pacingRecordSchema>;

/**
 * A refusal from a service, as it crosses IPC: a code with its parameters, never a sentence. Main throws
 * `UserFacingError(reason)`; the window words it in the person's language with `serviceErrorText`.
 */
import { z } from 'zod';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const name = z.string().max(200);
const count = z.number().int().min(0);

export const serviceErrorSchema = z.discriminatedUnion('code', [
  /** A measured goal: there are no sessions to add or log. */
  z.strictObject({ code: z.literal('goalMeasured') }),
  z.strictObject({ code: z.literal('goalKindFixed') }),
  z.strictObject({ code: z.literal('baselineTooHigh'), max: count }),
  z.strictObject({ code: z.literal('goalHasSessions'), name, sessions: count }),
  z.strictObject({ code: z.literal('goalDeleted'), name, date }),
  z.strictObject({ code: z.literal('goalMissing') }),
  z.strictObject({ code: z.literal('stepTooLarge'), step: count, unit: z.enum(['min', 'count']) }),
  z.strictObject({ code: z.literal('holdWeekNotMonday') }),
  z.strictObject({ code: z.literal('holdWeekPast') }),
  z.strictObject({ code: z.literal('sessionInFuture'), date }),
  z.strictObject({ code: z.literal('sessionTooOld'), days: count }),
  z.strictObject({ code: z.literal('flareAlreadyOn'), since: date }),
  z.strictObject({ code: z.literal('flareNotOn') }),
  z.strictObject({ code: z.literal('noPlateauNote') }),
  z.strictObject({ code: z.literal('checkinDone'), date, next: date }),
  z.strictObject({ code: z.literal('routineGone') }),
  z.strictObject({ code: z.literal('tooManyRoutines'), max: count }),
]);
export type ServiceError = z.infer<typeof serviceErrorSchema>;

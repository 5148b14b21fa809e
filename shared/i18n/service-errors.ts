/**
 * A refusal from a service, as it crosses IPC: a code with its parameters, never a sentence. Main throws
 * `UserFacingError(reason)`; the window words it in the person's language with `serviceErrorText`.
 */
import { z } from 'zod';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const name = z.string().max(200);
const count = z.number().int().min(0);
/** A folder named in the words (the data folder, an export's folder). */
const folder = z.string().min(1).max(4096);
/** The system's error code for a file-system failure (EACCES, ENOSPC, EIO, …); "UNKNOWN" without one. */
export const errnoSchema = z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/);
/** Which of the person's data a damaged import concerns (the data sections' names; `other` for any new one). */
export const dataSectionSchema = z.enum(['settings', 'journal', 'pacing', 'routines', 'plan', 'other']);
/** Why a routine file cannot be opened. */
export const routineFileProblemSchema = z.enum(['tooLarge', 'notJson', 'notRoutine', 'newer', 'invalid']);

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
  // The person's files: the disk refused, or a file cannot be used. Nothing was changed.
  /** Export, settings: the folder could not be written. */
  z.strictObject({ code: z.literal('cannotSave'), folder, errno: errnoSchema }),
  /** A user action while recorded events wait for the disk; `dropped` events could not be kept meanwhile. */
  z.strictObject({ code: z.literal('savesWaiting'), folder, errno: errnoSchema, dropped: count }),
  z.strictObject({ code: z.literal('cannotDelete'), folder, errno: errnoSchema }),
  /** The disk failed part-way through an import. */
  z.strictObject({ code: z.literal('importPartlyWritten'), folder, errno: errnoSchema }),
  z.strictObject({ code: z.literal('importNotJson') }),
  z.strictObject({ code: z.literal('importNotExport') }),
  z.strictObject({ code: z.literal('importNewer') }),
  z.strictObject({ code: z.literal('importNotEmpty') }),
  z.strictObject({ code: z.literal('importDamaged'), section: dataSectionSchema }),
  z.strictObject({ code: z.literal('routineFileBad'), problem: routineFileProblemSchema }),
]);
export type ServiceError = z.infer<typeof serviceErrorSchema>;
export type DataSection = z.infer<typeof dataSectionSchema>;
export type RoutineFileProblem = z.infer<typeof routineFileProblemSchema>;

/** A data section's name as the words know it (a section added later words as `other`). */
export function dataSectionOf(name: string): DataSection {
  const known = dataSectionSchema.safeParse(name);
  return known.success ? known.data : 'other';
}

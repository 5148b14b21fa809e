/**
 * Why the calendar could not be read, as a code with parameters (`CalendarStatus.error`): main never sends
 * the sentence; Settings words it in the person's language with `calendarProblemText`.
 */
import { z } from 'zod';
import type { Formatter } from './format';
import { fsReasonText } from './service-error-text';
import { errnoSchema } from './service-errors';

const status = z.number().int().min(100).max(999);
const limit = z.number().int().min(0);

export const calendarProblemSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('noNetwork') }),
  z.strictObject({ code: z.literal('noFile') }),
  z.strictObject({ code: z.literal('fileForbidden') }),
  z.strictObject({ code: z.literal('fileUnreadable'), errno: errnoSchema }),
  z.strictObject({ code: z.literal('isFolder') }),
  z.strictObject({ code: z.literal('fileTooLarge'), mb: limit }),
  z.strictObject({ code: z.literal('notUrl') }),
  z.strictObject({ code: z.literal('notHttps') }),
  z.strictObject({ code: z.literal('webPage') }),
  z.strictObject({ code: z.literal('tooLarge'), mb: limit }),
  z.strictObject({ code: z.literal('redirectNotHttps') }),
  z.strictObject({ code: z.literal('tooManyRedirects'), max: limit }),
  z.strictObject({ code: z.literal('timeout'), seconds: limit }),
  z.strictObject({ code: z.literal('unreachable') }),
  z.strictObject({ code: z.literal('refused'), status }),
  z.strictObject({ code: z.literal('notFound'), status }),
  z.strictObject({ code: z.literal('redirectNoLocation'), status }),
  z.strictObject({ code: z.literal('serverError'), status }),
  z.strictObject({ code: z.literal('unexpectedStatus'), status }),
  z.strictObject({ code: z.literal('notIcs') }),
  /** The text looked like a calendar but could not be parsed, or something unexpected failed. */
  z.strictObject({ code: z.literal('unreadable') }),
]);
export type CalendarProblem = z.infer<typeof calendarProblemSchema>;

/** The phrase for `settings.calendar.error`'s {error}, in the formatter's language. */
export function calendarProblemText(fmt: Formatter, problem: CalendarProblem): string {
  // One select message: each branch uses only its own parameters; the others are filled with blanks.
  return fmt.t('settings.calendar.problem', {
    code: problem.code,
    why: problem.code === 'fileUnreadable' ? fsReasonText(fmt, problem.errno) : '',
    mb: 'mb' in problem ? problem.mb : 0,
    max: 'max' in problem ? problem.max : 0,
    seconds: 'seconds' in problem ? problem.seconds : 0,
    status: 'status' in problem ? String(problem.status) : '',
  });
}

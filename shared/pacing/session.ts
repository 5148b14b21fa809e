/**
 * A logged session of a manual goal: minutes, optional symptom ratings before and after (0–10) and a note.
 * Soreness for 20–30 minutes after an activity is expected and is not a flare; the log says so when the
 * "after" rating is higher than the "before" one.
 */
import { z } from 'zod';
import { localDate } from '../summary';
import { score } from './checkin';

export const sessionFieldsSchema = z.strictObject({
  /** Local date the session happened (defaults to today); never in the future. */
  date: localDate.optional(),
  minutes: z
    .number({ error: 'minutes must be a number' })
    .finite()
    .positive('minutes must be more than 0')
    .max(600, 'a session can be at most 600 minutes'),
  before: score.nullable().default(null),
  after: score.nullable().default(null),
  note: z.string().trim().max(500, 'keep the note to 500 characters').default(''),
});
export type SessionFields = z.output<typeof sessionFieldsSchema>;

export interface Session {
  id: string;
  goalId: string;
  date: string;
  at: number;
  minutes: number;
  before: number | null;
  after: number | null;
  note: string;
}

/** Sessions may be logged up to this many days back. */
export const SESSION_BACKDATE_DAYS = 14;

/** Whether to show "soreness for 20–30 minutes after is expected" with this session. */
export function sorenessNoteApplies(before: number | null, after: number | null): boolean {
  return after !== null && after > (before ?? 0);
}

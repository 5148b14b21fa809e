/**
 * The weekly check-in: PEG-3 (Krebs et al. 2009; free to use), up to three personal activities rated as in
 * the Patient-Specific Functional Scale (Stratford et al. 1995; free), stiffness, sleep quality and
 * confidence to move (our own items), and a note. Scores are plain means; a change counts as meaningful at
 * 2 points on the activity scale and a 30 % change on PEG (see docs/pacing.md).
 */
import { z } from 'zod';

export const score = z
  .number({ error: 'must be a number from 0 to 10' })
  .int('must be a whole number from 0 to 10')
  .min(0, 'must be from 0 to 10')
  .max(10, 'must be from 0 to 10');

const activityName = z
  .string()
  .trim()
  .min(1, 'name the activity (for example: putting on socks)')
  .max(60, 'keep the activity name to 60 characters');

export const checkinAnswersSchema = z.strictObject({
  /** PEG-3, over the past week: average pain, interference with enjoyment of life, with general activity. */
  peg: z.strictObject({ pain: score, enjoyment: score, activity: score }),
  /** 0 = unable to do it, 10 = able to do it as before. */
  activities: z
    .array(z.strictObject({ name: activityName, score }))
    .max(3, 'rate at most 3 activities')
    .refine((a) => new Set(a.map((x) => x.name.toLowerCase())).size === a.length, 'each activity only once'),
  stiffness: score,
  sleep: score,
  confidence: score,
  note: z.string().trim().max(1000, 'keep the note to 1000 characters').default(''),
});
export type CheckinAnswers = z.output<typeof checkinAnswersSchema>;

/** A check-in as folded from the journal. */
export interface Checkin extends CheckinAnswers {
  /** Monday of the week it was made in: one check-in per week. */
  week: string;
  /** Local date it was made; it asks about the seven days before. */
  date: string;
  at: number;
}

const PSFS_MEANINGFUL_POINTS = 2;
const PEG_MEANINGFUL_SHARE = 0.3;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** PEG-3 score: the mean of its three items, 0–10 (lower is better). */
export function pegScore(peg: CheckinAnswers['peg']): number {
  return round1((peg.pain + peg.enjoyment + peg.activity) / 3);
}

/** PSFS score: the mean of the rated activities, 0–10 (higher is better); null with none rated. */
export function psfsScore(activities: CheckinAnswers['activities']): number | null {
  if (activities.length === 0) return null;
  return round1(activities.reduce((a, x) => a + x.score, 0) / activities.length);
}

export type Trend = 'better' | 'worse' | 'steady';

/** PSFS: higher is better; a change of 2 points or more counts. */
export function psfsChange(first: number, latest: number): { delta: number; trend: Trend } {
  const delta = round1(latest - first);
  const trend = Math.abs(delta) >= PSFS_MEANINGFUL_POINTS ? (delta > 0 ? 'better' : 'worse') : 'steady';
  return { delta, trend };
}

/**
 * PEG: lower is better; a change of 30 % of the first score counts (and at least 1 point, so a first
 * score near 0 does not turn every wobble into a change).
 */
export function pegChange(first: number, latest: number): { delta: number; trend: Trend } {
  const delta = round1(latest - first);
  const threshold = Math.max(1, first * PEG_MEANINGFUL_SHARE);
  const trend = Math.abs(delta) >= threshold - 1e-9 ? (delta < 0 ? 'better' : 'worse') : 'steady';
  return { delta, trend };
}

import { z } from 'zod';
import { isCalendarDate } from './time';

/** Local calendar date "YYYY-MM-DD" (a day runs from the configured day start to the next). */
export const localDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date written as YYYY-MM-DD')
  .refine(isCalendarDate, 'must be a real calendar date');

export const promptCountsSchema = z.object({
  shown: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  snoozed: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  deferred: z.number().int().nonnegative(),
});
export type PromptCounts = z.infer<typeof promptCountsSchema>;

/** One local day's figures. Minutes are rounded to 0.1. */
export const daySummarySchema = z.object({
  date: localDate,
  sittingMin: z.number().nonnegative(),
  standingMin: z.number().nonnegative(),
  movingMin: z.number().nonnegative(),
  awayMin: z.number().nonnegative(),
  longestSittingBoutMin: z.number().nonnegative(),
  postureChanges: z.number().int().nonnegative(),
  naturalBreaks: z.number().int().nonnegative(),
  prompts: promptCountsSchema,
});
export type DaySummary = z.infer<typeof daySummarySchema>;

export const segmentKinds = ['sitting', 'standing', 'moving', 'away'] as const;
export type SegmentKind = (typeof segmentKinds)[number];

/** A stretch of one kind within a day, for the day's timeline chart (epoch ms). */
export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
}

/** Week or month rollup of day summaries. */
export interface Rollup {
  /** First local date of the period. */
  from: string;
  /** Last local date of the period (inclusive). */
  to: string;
  days: number;
  /** Days with any tracked (non-away) time. */
  trackedDays: number;
  totals: { sittingMin: number; standingMin: number; movingMin: number; awayMin: number };
  /** Mean sitting minutes per tracked day. */
  avgSittingMin: number;
  longestSittingBoutMin: number;
  /** standing / (sitting + standing + moving), 0..1. */
  standingShare: number;
  prompts: PromptCounts;
}

export function emptyDay(date: string): DaySummary {
  return {
    date,
    sittingMin: 0,
    standingMin: 0,
    movingMin: 0,
    awayMin: 0,
    longestSittingBoutMin: 0,
    postureChanges: 0,
    naturalBreaks: 0,
    prompts: { shown: 0, done: 0, snoozed: 0, skipped: 0, deferred: 0 },
  };
}

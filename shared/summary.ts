import { z } from 'zod';
import { holdReasonSchema } from './snapshot';
import { isCalendarDate } from './time';

export const DATE_SHAPE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Local calendar date "YYYY-MM-DD" (a day runs from the configured day start to the next). */
export const localDate = z
  .string()
  .regex(DATE_SHAPE, 'must be a date written as YYYY-MM-DD')
  // One message per mistake: the calendar check speaks only about dates that have the right shape.
  .refine((s) => !DATE_SHAPE.test(s) || isCalendarDate(s), {
    message: 'must be a real calendar date',
    params: { code: 'invalidDate' },
  });

export const promptCountsSchema = z.object({
  shown: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  snoozed: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  deferred: z.number().int().nonnegative(),
  /** Prompts held back at least once (for a bad moment or a pause in typing). */
  held: z.number().int().nonnegative().default(0),
  /** Held prompts by reason (a prompt held for two reasons counts under both). */
  heldBy: z.partialRecord(holdReasonSchema, z.number().int().nonnegative()).default({}),
  /** Median seconds from due to shown over the prompts that were held, null when none were. */
  medianDelaySec: z.number().nonnegative().nullable().default(null),
});
export type PromptCounts = z.infer<typeof promptCountsSchema>;

export function emptyPromptCounts(): PromptCounts {
  return {
    shown: 0,
    done: 0,
    snoozed: 0,
    skipped: 0,
    deferred: 0,
    held: 0,
    heldBy: {},
    medianDelaySec: null,
  };
}

/** Prompt counts over several days; the median delay is the median of the days' medians. */
export function sumPromptCounts(list: readonly PromptCounts[]): PromptCounts {
  const out = emptyPromptCounts();
  const medians: number[] = [];
  for (const p of list) {
    out.shown += p.shown;
    out.done += p.done;
    out.snoozed += p.snoozed;
    out.skipped += p.skipped;
    out.deferred += p.deferred;
    out.held += p.held;
    for (const r of holdReasonSchema.options) {
      const n = p.heldBy[r];
      if (n !== undefined) out.heldBy[r] = (out.heldBy[r] ?? 0) + n;
    }
    if (p.medianDelaySec !== null) medians.push(p.medianDelaySec);
  }
  out.medianDelaySec = median(medians);
  return out;
}

/** The middle value (the mean of the two middle ones for an even count), null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return value ?? null;
}

/** A sitting bout longer than this counts as long (Evans 2012 counted bouts over 30 min). */
export const LONG_BOUT_MIN = 30;

/** One local day's figures. Minutes are rounded to 0.1. */
export const daySummarySchema = z.object({
  date: localDate,
  sittingMin: z.number().nonnegative(),
  standingMin: z.number().nonnegative(),
  movingMin: z.number().nonnegative(),
  awayMin: z.number().nonnegative(),
  longestSittingBoutMin: z.number().nonnegative(),
  /** Sitting bouts that ran past LONG_BOUT_MIN (each counted once, when it passes). */
  longBouts: z.number().int().nonnegative(),
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
    longBouts: 0,
    postureChanges: 0,
    naturalBreaks: 0,
    prompts: emptyPromptCounts(),
  };
}

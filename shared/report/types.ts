/**
 * The report for a period: what a physiotherapist or GP reads in a minute. Figures only — no verdicts, no
 * "abnormal", no advice from scores (the wellness line, docs/ui.md). Every figure is composed in main from
 * the summaries and pacing services the screens use; the view formats, never computes.
 */
import { z } from 'zod';
import type { Metric } from '../pacing/goal';
import type { TrendPoint } from '../pacing/trends';
import { localDate } from '../summary';
import { daysBetween } from '../time';

export const REPORT_MAX_DAYS = 366;
export const paperSizes = ['A4', 'Letter'] as const;
export type PaperSize = (typeof paperSizes)[number];

export const reportRequestSchema = z
  .strictObject({
    from: localDate,
    to: localDate,
    /** Check-in weeks (Mondays) whose notes the user chose to include. */
    notes: z.array(localDate).max(60).default([]),
    /** Include the note for the clinician from My plan. */
    planNote: z.boolean().default(false),
  })
  .refine((r) => r.from <= r.to, { message: '"from" must not be after "to"', path: ['to'] })
  // Checked only on two valid dates in order (zod runs object refinements even after a field failed).
  .refine((r) => !datesInOrder(r) || daysBetween(r.from, r.to) < REPORT_MAX_DAYS, {
    message: `a report covers at most ${REPORT_MAX_DAYS} days`,
    path: ['from'],
  });

function datesInOrder(r: { from: unknown; to: unknown }): r is { from: string; to: string } {
  return (
    localDate.safeParse(r.from).success && localDate.safeParse(r.to).success && String(r.from) <= String(r.to)
  );
}
export type ReportRequest = z.output<typeof reportRequestSchema>;
export type ReportInput = z.input<typeof reportRequestSchema>;

export const savePdfRequestSchema = z.strictObject({
  report: reportRequestSchema,
  paper: z.enum(paperSizes),
});

/** Medians over the tracked days (minutes 0.1, counts 0.5 steps). */
export interface DayMedians {
  sittingMin: number;
  standingMin: number;
  longBouts: number;
  postureChanges: number;
  snacksDone: number;
}

export interface ReportWeek {
  from: string;
  to: string;
  trackedDays: number;
  /** Medians of the week's tracked days; null without any. */
  sittingMin: number | null;
  standingMin: number | null;
}

export interface ReportGoal {
  goalId: string;
  name: string;
  metric: Metric;
  unit: 'min' | 'count';
  direction: 'up' | 'down';
  /** Null while the baseline is still being collected. */
  baseline: number | null;
  /** The target of the period's last plan week. */
  target: number | null;
  /** Finished plan weeks inside the period, and how many of them were met. */
  weeksMet: number;
  weeks: number;
}

/** A check-in as the report lists it: the trend point without the week's sitting figures. */
export type ReportCheckin = Omit<TrendPoint, 'figures'>;

export interface ReportActivity {
  name: string;
  first: { date: string; score: number };
  latest: { date: string; score: number };
  change: number;
}

export interface ReportData {
  from: string;
  to: string;
  /** Local date and instant the report was made. */
  madeOn: string;
  madeAt: number;
  days: number;
  trackedDays: number;
  sitting: {
    medians: DayMedians | null;
    weeks: ReportWeek[];
    longestBout: { minutes: number; date: string } | null;
    prompts: { shown: number; done: number };
  };
  pacing: {
    goals: ReportGoal[];
    flares: { entered: string; left: string | null; sharePct: number }[];
  };
  checkins: {
    points: ReportCheckin[];
    activities: ReportActivity[];
    /** Notes the user chose to include. */
    notes: { date: string; text: string }[];
    /** Check-ins of the period that have a note, to choose from. */
    withNotes: { week: string; date: string }[];
  };
  /** Red-flag questions the user answered "yes" and kept for their report, by date (content ids). */
  redFlags: { date: string; flags: string[] }[];
  plateauNotes: { date: string; from: string }[];
  planNote: string | null;
}

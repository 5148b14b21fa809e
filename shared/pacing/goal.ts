/**
 * The pacing goal model: a time-based activity with a cadence, a baseline and a progression rule.
 * Manual goals are logged by the user (one session per entry); measured goals read a daily figure from the
 * journal (standing minutes, longest sitting bout, snacks done). Schemas here validate every request and
 * journal record that carries a goal.
 */
import { z } from 'zod';
import { weekdayOfDate } from '../time';

export const metrics = ['session-min', 'standing-min', 'longest-sitting-bout-min', 'snacks-done'] as const;
export type Metric = (typeof metrics)[number];

export interface MetricInfo {
  kind: 'manual' | 'measured';
  /** `up`: the day's figure must reach the target; `down`: it must stay at or under it (a cap). */
  direction: 'up' | 'down';
  unit: 'min' | 'count';
  /** Highest target or logged value accepted. */
  max: number;
}

export const metricInfo: Record<Metric, MetricInfo> = {
  'session-min': { kind: 'manual', direction: 'up', unit: 'min', max: 600 },
  'standing-min': { kind: 'measured', direction: 'up', unit: 'min', max: 960 },
  'longest-sitting-bout-min': { kind: 'measured', direction: 'down', unit: 'min', max: 480 },
  'snacks-done': { kind: 'measured', direction: 'up', unit: 'count', max: 100 },
};

const weekday = z.number().int().min(0).max(6);

const cadenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('daily') }),
  z.strictObject({ kind: z.literal('every-other-day') }),
  /** Only on these days of the week (0 = Sunday … 6 = Saturday), e.g. working days. */
  z.strictObject({
    kind: z.literal('weekdays'),
    days: z
      .array(weekday)
      .min(1, 'pick at least one day')
      .max(7)
      .refine((d) => new Set(d).size === d.length, 'days must not repeat'),
  }),
  z.strictObject({ kind: z.literal('per-week'), times: z.number().int().min(1).max(7) }),
]);
export type Cadence = z.infer<typeof cadenceSchema>;

const progressionSchema = z.discriminatedUnion('mode', [
  /** Raise by a share of the current target after each met week (10 % by default). */
  z.strictObject({ mode: z.literal('percent'), pct: z.number().int().min(1).max(25) }),
  /** Raise by a fixed amount (minutes or count) after each met week. */
  z.strictObject({ mode: z.literal('step'), step: z.number().positive().max(60) }),
  /** Keep the target where it is. */
  z.strictObject({ mode: z.literal('hold') }),
]);
export type Progression = z.infer<typeof progressionSchema>;

const goalName = z.string().trim().min(1, 'give the goal a name').max(60, 'keep the name to 60 characters');

/** A target or a logged figure: positive, at most the metric's maximum (checked in `goalFieldsSchema`). */
export const amount = z.number().finite().positive('must be more than 0');

/** What the user sets when creating or editing a goal. */
export const goalFieldsSchema = z
  .strictObject({
    name: goalName,
    metric: z.enum(metrics),
    cadence: cadenceSchema,
    progression: progressionSchema,
    /** Where the plan stops: the most it raises to (or, for a cap, the lowest it brings the cap to). */
    aim: amount.nullable(),
  })
  .refine((g) => g.aim === null || g.aim <= metricInfo[g.metric].max, {
    message: 'the aim is larger than this kind of goal allows',
    path: ['aim'],
  })
  .refine((g) => metricInfo[g.metric].direction === 'up' || g.aim !== null, {
    message: 'a cap goal needs an aim (for example: at most 30 minutes at a stretch)',
    path: ['aim'],
  });
export type GoalFields = z.infer<typeof goalFieldsSchema>;

/** A goal as folded from the journal. */
export interface Goal extends GoalFields {
  id: string;
  /** Local date the goal was created. */
  createdDate: string;
  /** A baseline the user set by hand, and the date from which it applies; null while derived. */
  baselineOverride: { value: number; date: string } | null;
  /** Week starts (Mondays) the user marked as hold weeks: no raise at their start. */
  holdWeeks: string[];
}

/** Whether a date counts for the cadence at all (only `weekdays` excludes days). */
export function isCadenceDay(cadence: Cadence, date: string): boolean {
  return cadence.kind !== 'weekdays' || cadence.days.includes(weekdayOfDate(date));
}

/**
 * How many days must meet the target in a week of which `covered` cadence days fall inside the plan (a
 * goal's first week is usually partial). Never 0: a week cannot be met by doing nothing.
 */
export function requiredDays(cadence: Cadence, covered: number): number {
  if (covered <= 0) return 0;
  switch (cadence.kind) {
    case 'daily':
    case 'weekdays':
      return covered;
    case 'every-other-day':
      // Alternate days give 3 or 4 a week; 3 is the floor across weeks.
      return Math.max(1, Math.floor(covered / 2));
    case 'per-week':
      return Math.max(1, Math.ceil((cadence.times * covered) / 7));
  }
}

/** Whether a day's figure meets a target in the metric's direction. */
export function meets(metric: Metric, value: number, target: number): boolean {
  return metricInfo[metric].direction === 'up' ? value >= target : value <= target;
}

/** Targets are shown and checked in whole units (never below 1). */
export function displayTarget(exact: number): number {
  return Math.max(1, Math.round(exact));
}

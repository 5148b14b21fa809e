/**
 * The pacing and check-in part of the IPC contract: a zod schema per request and a response type per
 * channel, spread into `invokeChannels` in shared/ipc.ts. Requests are validated there before any
 * handler runs; the handlers (main/services/pacing/handlers.ts) add the checks that need state.
 */
import { z } from 'zod';
import { invoke, type ResponseOfSpec } from '../ipc-spec';
import { localDate } from '../summary';
import type { Checkin } from './checkin';
import { checkinAnswersSchema } from './checkin';
import type { FlareState } from './flare';
import type { Goal } from './goal';
import { goalFieldsSchema } from './goal';
import type { GoalPlan } from './plan';
import { recordId, redFlagId } from './records';
import { type Session, sessionFieldsSchema } from './session';
import type { Trends } from './trends';

const none = z.undefined();

/** Which red-flag questions were answered "yes", sent only when the user keeps them for their report. */
export const guidanceShownRequest = z
  .strictObject({
    flags: z.array(redFlagId).min(1, 'no answer to keep').max(20),
  })
  .optional();

export const dismissPlateauRequest = z.strictObject({ week: localDate });

export const createGoalRequest = z.strictObject({
  fields: goalFieldsSchema,
  /** Up to 3 recent sessions (manual goals): with 3 the baseline is set straight away. */
  sessions: z.array(sessionFieldsSchema).max(3, 'add at most 3 sessions when creating a goal').default([]),
});

export const updateGoalRequest = z
  .strictObject({
    goalId: recordId,
    /** Replaces the goal's fields; the kind of figure (metric) cannot change. */
    fields: goalFieldsSchema.optional(),
    /** A baseline typed in by the user, or null to go back to the derived one. */
    baseline: z.number().positive('the baseline must be more than 0').max(960).nullable().optional(),
    holdWeek: z.strictObject({ week: localDate, hold: z.boolean() }).optional(),
  })
  .refine((r) => [r.fields, r.baseline, r.holdWeek].filter((x) => x !== undefined).length === 1, {
    message: 'change one thing at a time: the fields, the baseline or a hold week',
  });

export const deleteGoalRequest = z.strictObject({
  goalId: recordId,
  /** Must be true to delete a goal that has logged sessions (they stay in the journal). */
  confirmHistory: z.boolean().default(false),
});

export const logSessionRequest = z.strictObject({ goalId: recordId, ...sessionFieldsSchema.shape });

export const flareRequest = z.discriminatedUnion('on', [
  /** Share of the plan to keep, 10–90 %; the settings' `flare.sharePct` when left out. */
  z.strictObject({ on: z.literal(true), sharePct: z.number().int().min(10).max(90).optional() }),
  z.strictObject({ on: z.literal(false) }),
]);

export const snoozeCheckinRequest = z.strictObject({
  minutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
});

export interface GoalView {
  goal: Goal;
  plan: GoalPlan;
  /** The latest sessions, newest first (at most 10), and how many there are. */
  recent: Session[];
  sessionCount: number;
}

export interface FlareView {
  active: boolean;
  /** Local date flare mode was entered (while on). */
  since: string | null;
  sharePct: number | null;
  /** Today: in a flare, returning (day n of m), or neither. */
  today: FlareState;
  /** Routine ids the user keeps as staples (settings `staples`). */
  staples: string[];
  /** Defaults from settings, for the flare button. */
  defaults: { sharePct: number; returnDays: number };
}

export interface PacingView {
  today: string;
  goals: GoalView[];
  flare: FlareView;
  /** Records the fold could not apply (a damaged or hand-edited journal). */
  problems: string[];
}

export interface CheckinStatus {
  /** Monday of the current week. */
  week: string;
  enabled: boolean;
  /** This week's check-in, once made. */
  done: Checkin | null;
  /** Whether to show the gentle prompt now (past the set day and time, not done, not snoozed). */
  due: boolean;
  /** When this week's prompt is (or was) due, epoch ms. */
  promptAt: number;
  snoozedUntil: number | null;
  /** Activity names from the last check-in, to rate the same ones again. */
  lastActivities: string[];
  /** The plateau note, while the user has not put it away. */
  plateau: PlateauNoteView | null;
}

/** A plateau note as the check-in shows it. */
export interface PlateauNoteView {
  /** Week of the check-in that showed it (the id used to dismiss it). */
  week: string;
  /** Week of the first check-in of the run. */
  from: string;
  date: string;
}

/** The pacing and check-in channels: each name with its request schema and response type, once. */
export const pacingChannels = {
  'pacing.get': invoke<PacingView>()(none),
  'pacing.createGoal': invoke<GoalView>()(createGoalRequest),
  'pacing.updateGoal': invoke<GoalView>()(updateGoalRequest),
  'pacing.deleteGoal': invoke<{ deleted: true; sessionsKept: number }>()(deleteGoalRequest),
  'pacing.logSession': invoke<{ goal: GoalView; session: Session; sorenessNote: boolean }>()(
    logSessionRequest,
  ),
  'pacing.flare': invoke<PacingView>()(flareRequest),
  'checkin.get': invoke<CheckinStatus>()(none),
  'checkin.submit': invoke<{ checkin: Checkin; trends: Trends; plateau: PlateauNoteView | null }>()(
    checkinAnswersSchema,
  ),
  'checkin.snooze': invoke<CheckinStatus>()(snoozeCheckinRequest),
  'checkin.guidanceShown': invoke<{ recorded: true }>()(guidanceShownRequest),
  'checkin.trends': invoke<Trends>()(none),
  'checkin.reviewed': invoke<Trends>()(none),
  'checkin.dismissPlateau': invoke<CheckinStatus>()(dismissPlateauRequest),
} as const;

export type PacingChannels = typeof pacingChannels;
export type PacingChannel = keyof PacingChannels;
export type PacingResponses = { [C in PacingChannel]: ResponseOfSpec<PacingChannels[C]> };
export type PacingRequestOf<C extends PacingChannel> = z.output<PacingChannels[C]['request']>;

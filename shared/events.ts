/**
 * Everything the engine records. One event per state change, in order of `at` (epoch ms, never
 * decreasing). The journal stores them one per line and validates each line with `engineEventSchema`;
 * day summaries and timelines are a pure fold over them (shared/fold.ts).
 *
 * Rules the fold relies on (the engine guarantees them):
 * - Each day begins with a `day` event carrying the context (date, time zone, day start, posture,
 *   presence), so a fold can start at any `day` event.
 * - Retroactive presence changes carry `since` (the true moment, <= `at`); `since` is never earlier than
 *   the previous posture/presence/day event, so a fold only ever revises its open stretch.
 * - While present, an `observed` checkpoint is written at least every few minutes, so the fold knows a
 *   day's last observation and a crash loses little.
 * - An away stretch still open when a day ends is not counted in either day (nights are not "away").
 */
import { z } from 'zod';
import {
  awayReasonSchema as awayReason,
  contextReasonSchema,
  holdReasonSchema,
  postureSchema as posture,
  presenceSchema,
  promptKindSchema as promptKind,
} from './snapshot';
import { localDate } from './summary';

const instant = z.number().int().nonnegative();
const deskPosture = posture.extract(['sitting', 'standing']);
const promptId = z.string().min(1).max(80);
const routineId = z.string().min(1).max(80).nullable();

const ev = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), at: instant, ...shape });

export const engineEventSchema = z.discriminatedUnion('type', [
  /** A Sitwise day begins: at its first observation, or at the day start when observation continues. */
  ev('day', {
    date: localDate,
    timeZone: z.string().min(1).max(80),
    dayStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    posture,
    presence: presenceSchema,
    awayReason: awayReason.nullable(),
    /** wall - at when it is not 0 (the wall clock was set off the true time); omitted means 0. */
    wallOffsetMs: z.number().int().optional(),
  }),
  /** The user went away at `since` (retroactive for idle: the moment input stopped). */
  ev('away', { since: instant, reason: awayReason }),
  /** The user is back since `since` (the first input after the away). */
  ev('present', { since: instant, awayMs: z.number().int().nonnegative() }),
  /** An away stretch that began at `since` reached the away threshold: the sitting bout restarts. */
  ev('natural-break', { since: instant, reason: awayReason }),
  /** `return`: back from a long break while standing, taken to be sitting until the user says otherwise. */
  ev('posture', { posture, from: posture, cause: z.enum(['user', 'snack', 'return']) }),
  ev('snack-start', {
    promptId: promptId.nullable(),
    routineId,
    catchUp: z.boolean(),
    /** Posture taken when the snack ends. */
    returnTo: deskPosture,
    /** Ask the user's posture when the snack ends (it answered a prompt that asked for a change). */
    askPosture: z.boolean().optional(),
  }),
  ev('snack-end', {
    outcome: z.enum(['done', 'stopped', 'timeout', 'interrupted']),
    movedMs: z.number().int().nonnegative(),
  }),
  /** The current bout reached a prompt's length. `boutMs` is the bout length then. */
  ev('prompt-due', {
    id: promptId,
    kind: promptKind,
    boutMs: z.number().int().nonnegative(),
    /** Offered early: a busy calendar event starts at this instant (no title, only the time). */
    beforeEventAt: instant.optional(),
  }),
  /** Shown to the user; `attempt` is 1 the first time, then 2, 3 … after snoozes. */
  ev('prompt-shown', {
    id: promptId,
    kind: promptKind,
    attempt: z.number().int().min(1),
    catchUp: z.boolean(),
    routineId,
    /** Seconds since it fell due, when it was held back first (the delivery delay). */
    delaySec: z.number().int().nonnegative().optional(),
  }),
  /** Held back for a bad moment (`reason`; journals before holds had reasons mean `app`). */
  ev('prompt-deferred', { id: promptId, kind: promptKind, reason: holdReasonSchema.optional() }),
  ev('prompt-snoozed', { id: promptId, until: instant, snoozesLeft: z.number().int().nonnegative() }),
  ev('prompt-done', { id: promptId, how: z.enum(['posture', 'snack']) }),
  /** `auto` when a snooze past the limit was recorded as a skip. */
  ev('prompt-skipped', { id: promptId, auto: z.boolean() }),
  /** Withdrawn without an answer (neither done nor skipped). */
  ev('prompt-cleared', {
    id: promptId,
    reason: z.enum(['away', 'paused', 'outside-hours', 'superseded', 'settings', 'snack']),
  }),
  ev('pause', {
    until: instant,
    minutes: z.union([z.number().int().min(1), z.literal('tomorrow')]),
  }),
  ev('resume', { reason: z.enum(['user', 'expired']) }),
  ev('hours', { inside: z.boolean() }),
  ev('focus', { focus: z.enum(['meeting', 'none']) }),
  /** The moment's reasons changed (camera/microphone in use, Do Not Disturb, fullscreen, a listed app). */
  ev('context', { reasons: z.array(contextReasonSchema).max(4) }),
  /** The user said which posture they are in after being asked (back from a break, after a snack). */
  ev('posture-confirmed', { posture: deskPosture }),
  /**
   * Settings the engine uses changed (top-level keys). `dayStart` holds the new day start when it changed,
   * so a summary can follow the day's end as the engine did (absent in lines written before it was kept).
   */
  ev('settings', {
    changed: z.array(z.string().min(1).max(40)).max(40),
    dayStart: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .optional(),
  }),
  /** The wall clock jumped against the monotonic clock (manual change, sync): wall = at + wallOffsetMs. */
  ev('clock', { wallOffsetMs: z.number().int(), deltaMs: z.number().int() }),
  ev('zone', { timeZone: z.string().min(1).max(80), from: z.string().min(1).max(80) }),
  /** Still observed at `at` (a coalesced checkpoint); `final` when the app is quitting. */
  ev('observed', { final: z.boolean() }),
]);

export type EngineEvent = z.infer<typeof engineEventSchema>;
export type EngineEventType = EngineEvent['type'];
export type EventOf<T extends EngineEventType> = Extract<EngineEvent, { type: T }>;

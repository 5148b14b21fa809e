/** The engine's public types: what goes in, what comes out, and the state it keeps. */
import type { EngineEvent } from '../../shared/events';
import type { UserAction } from '../../shared/ipc';
import type { Settings } from '../../shared/settings';
import type {
  AwayReason,
  ContextReason,
  EngineSnapshot,
  HoldReason,
  Posture,
  Presence,
  PromptKind,
} from '../../shared/snapshot';

/**
 * Every input carries `at`: the true instant (monotonic source, epoch ms). `wall` is the wall-clock
 * reading when the host knows it; a change in `wall - at` is a wall-clock jump. Without `wall` the last
 * known offset is kept.
 */
interface InputBase {
  at: number;
  wall?: number;
}

/** A busy calendar event's start and end (epoch ms); nothing else about it reaches the engine. */
export interface BusySpan {
  start: number;
  end: number;
}

export type PowerEvent = 'suspend' | 'resume' | 'lock' | 'unlock';
export type Focus = 'meeting' | 'none';

export type EngineInput = InputBase &
  (
    | { kind: 'idle'; idleSec: number }
    | { kind: 'power'; power: PowerEvent }
    | { kind: 'user'; action: UserAction }
    | { kind: 'focus'; focus: Focus }
    /** What the OS says about the moment now (the full set: a reason missing here has ended). */
    | { kind: 'context'; reasons: ContextReason[] }
    /** The calendar's busy events (replaces the known ones; empty when the calendar is off). */
    | { kind: 'calendar'; busy: BusySpan[] }
    /** Full settings after a change (the settings service merges patches). */
    | { kind: 'settings'; settings: Settings }
    /** The system time zone changed (travel). */
    | { kind: 'zone'; timeZone: string }
    /** The wake-up the engine asked for, on a host that cannot read idle time. */
    | { kind: 'tick' }
    /** The app is quitting: the engine records its last observation. */
    | { kind: 'stop' }
  );

export type SuggestRoutine = (kind: PromptKind, ctx: { catchUp: boolean }) => string | null;

export interface EngineConfig {
  settings: Settings;
  /** IANA time zone for day boundaries and working hours. */
  timeZone: string;
  /** Picks a routine (content id) for a prompt's snack; the app wires the content library in. */
  suggestRoutine?: SuggestRoutine;
}

export interface EngineStep {
  events: EngineEvent[];
  snapshot: EngineSnapshot;
  /** When to call `handle` again (with an idle sample, or a tick); null when only outside events matter. */
  wakeAt: number | null;
}

export interface Engine {
  handle(input: EngineInput): EngineStep;
  snapshot(): EngineSnapshot;
  /** A copy of the state (JSON-safe), e.g. to hand to a new engine in tests. */
  state(): EngineState;
  wakeAt(): number | null;
}

/** Per-bout prompt bookkeeping (bout lengths in ms). */
export interface BoutPrompts {
  /** The bout's regular prompt (stand/sit/move) has come due. */
  regularFired: boolean;
  escalations: number;
  lastEscMs: number | null;
  /** Bout length at the last prompt shown or answered: spacing for the next escalation or shift. */
  lastNagMs: number | null;
}

export interface Bout {
  /** Null after a natural break until the user is back. */
  startedAt: number | null;
  /** Present time counted before `openSince`. */
  accMs: number;
  /** Start of the present stretch being counted; null while away. */
  openSince: number | null;
  prompts: BoutPrompts;
}

export interface PromptState {
  id: string;
  kind: PromptKind;
  /** Posture the prompt asks for (null: back to the posture before the snack). */
  target: 'sitting' | 'standing' | null;
  state: 'due' | 'shown' | 'deferred' | 'snoozed';
  dueAt: number;
  shownCount: number;
  snoozesLeft: number;
  snoozedUntil: number | null;
  catchUp: boolean;
  /** Held back for a bad moment (not a typing pause) at least once: shown as a catch-up. */
  wasDeferred: boolean;
  routineId: string | null;
  /** Why it is held now (stage `deferred`), and since when it was first held. */
  heldFor: HoldReason | null;
  heldAt: number | null;
  /** Offered early before a busy calendar event starting then. */
  beforeEventAt: number | null;
}

export interface SnackState {
  startedAt: number;
  promptId: string | null;
  routineId: string | null;
  catchUp: boolean;
  returnTo: 'sitting' | 'standing';
  askPosture: boolean;
}

/** Everything the engine records: every field is rebuilt by replaying events (restore.ts). */
export interface EngineState {
  timeZone: string;
  /** wall - at, in ms. */
  wallOffsetMs: number;
  /** Current Sitwise day; null before the first observation. */
  date: string | null;
  /** Instant (monotonic) at which the current day ends, with the current offset and time zone. */
  dayEnd: number;
  lastEventAt: number;
  /** Time of the last posture/presence/day change: a retroactive `since` never goes before it. */
  lastMark: number;
  presence: Presence;
  awayReason: AwayReason | null;
  awaySince: number | null;
  /** The current away stretch already counted as a natural break. */
  breakCounted: boolean;
  posture: Posture;
  bout: Bout;
  snack: SnackState | null;
  prompt: PromptState | null;
  pausedUntil: number | null;
  /** Null until first evaluated (or when working hours are off). */
  insideHours: boolean | null;
  focus: Focus;
  /** The moment's reasons at the last report. */
  context: ContextReason[];
  /** Prompts that came due in the current day (for the daily cap). */
  promptsToday: number;
  /** Consecutive skips of one prompt kind (reset when that kind is acted on, or the schedule changes). */
  skippedInRow: { kind: PromptKind; count: number } | null;
  /** Ask "sitting or standing?" (back from a break, or after a snack that answered a stand prompt). */
  askPosture: boolean;
}

/**
 * What the engine has observed but not recorded: no event carries these, so they live beside the state,
 * not in it. After a restore they are derived from the state (locked/suspended from the away reason).
 */
export interface Observations {
  /** Time of the previous input (silence longer than the away threshold after it is a gap). */
  lastObsAt: number | null;
  /** Moment input last stopped, from the latest idle sample or user action. */
  lastInputStop: number | null;
  locked: boolean;
  suspended: boolean;
  /** The host's time zone differs from the restored state's: recorded at the first input. */
  pendingZone: string | null;
  /** The calendar's busy events, sorted by start (observed, never recorded: titles never reach here). */
  busy: BusySpan[];
}

/**
 * What the engine reports (the tray, the prompt window and the dashboard read it). The words of its
 * vocabulary are zod enums, declared once here: the event schemas (events.ts) and the content tags
 * (content/schema.ts) use the same enums, and each union type is derived from its enum.
 */
import { z } from 'zod';

export const postureSchema = z.enum(['sitting', 'standing', 'moving']);
export type Posture = z.infer<typeof postureSchema>;
export const presenceSchema = z.enum(['present', 'away']);
export type Presence = z.infer<typeof presenceSchema>;
export const awayReasonSchema = z.enum(['idle', 'suspend', 'lock', 'gap']);
export type AwayReason = z.infer<typeof awayReasonSchema>;
/** Adding a prompt kind starts here; the compiler then lists every table keyed by kind. */
export const promptKindSchema = z.enum(['stand', 'sit', 'move', 'shift', 'escalate']);
export type PromptKind = z.infer<typeof promptKindSchema>;
export type PromptState = 'shown' | 'deferred';
/** What the OS says about the moment (only these words are stored, nothing about the call itself). */
export const contextReasonSchema = z.enum(['call', 'dnd', 'fullscreen', 'app']);
export type ContextReason = z.infer<typeof contextReasonSchema>;
/** Why a prompt is held back: the moment's reasons, a busy calendar event, or typing (a natural pause). */
export const holdReasonSchema = z.enum(['call', 'dnd', 'fullscreen', 'app', 'calendar', 'typing']);
export type HoldReason = z.infer<typeof holdReasonSchema>;

export interface ActivePrompt {
  id: string;
  kind: PromptKind;
  state: PromptState;
  /** When the prompt first became due (epoch ms). */
  dueAt: number;
  snoozesLeft: number;
  /** True when shown after a deferral: the suggested snack is shorter. */
  catchUp: boolean;
  /** Suggested routine for the snack (a content id). */
  routineId: string | null;
  /** Why it is held back right now (state `deferred`), else null. */
  heldFor: HoldReason | null;
  /** Offered early before a busy calendar event starting at this instant, else null. */
  beforeEventAt: number | null;
  /** Minutes a snooze of this prompt waits (an escalation waits at least 10): the button says this. */
  snoozeMin: number;
}

/** What the tray and the UI show. Times are epoch ms. */
export interface EngineSnapshot {
  at: number;
  presence: Presence;
  awayReason: AwayReason | null;
  posture: Posture;
  /** Start of the current sitting/standing bout (null while away). */
  boutStartedAt: number | null;
  boutMin: number;
  nextPrompt: { kind: PromptKind; dueAt: number } | null;
  activePrompt: ActivePrompt | null;
  /** Paused by the user until this time (null when not paused). */
  pausedUntil: number | null;
  outsideWorkingHours: boolean;
  /** A movement snack in progress. */
  snack: { startedAt: number; routineId: string | null } | null;
  /**
   * A snoozed prompt and the instant it comes back (computed once by the engine: the button, the
   * confirmation and "due again around …" all read this), else null.
   */
  snoozedUntil: { kind: PromptKind; dueAgainAt: number } | null;
  /** Back from a break or a snack that answered a stand/sit prompt: ask "sitting or standing?" once. */
  askPosture: boolean;
  /** The moment's reasons the OS reported at the last check (words only). */
  context: ContextReason[];
  /** Prompts that have come due today, and the daily cap (0: none). At the cap no more prompts come. */
  promptsToday: { count: number; cap: number };
  /** The same kind was skipped this many times in a row (3 or more): Today suggests a gentler schedule. */
  skippedInRow: { kind: PromptKind; count: number } | null;
  /** The optional "break in 1 minute" heads-up: the prompt coming within a minute, else null. */
  headsUp: { kind: PromptKind; dueAt: number } | null;
}

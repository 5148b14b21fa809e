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
}

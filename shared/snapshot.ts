import type { z } from 'zod';
import type { promptKindSchema } from './events';

export type Posture = 'sitting' | 'standing' | 'moving';
export type Presence = 'present' | 'away';
export type AwayReason = 'idle' | 'suspend' | 'lock' | 'gap';
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

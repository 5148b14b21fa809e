/**
 * The prompt window's routine, answered by main: the routine a prompt or a running snack names (built-in
 * or one of the person's own), else a suggestion, in the person's language. Main holds the content and its
 * translations, so the prompt window carries none of them and stays within its size budget.
 */
import { z } from 'zod';
import { localeSchema } from '../i18n/locale-schema';
import { invoke } from '../ipc-spec';
import { promptKindSchema } from '../snapshot';
import type { PoseText } from './i18n/types';
import type { PlayableRoutine } from './own-routines';

export const promptRoutineRequestSchema = z.strictObject({
  /** The routine the prompt or snack names; null or unknown: a suggestion for `kind`. */
  id: z.string().min(1).max(80).nullable(),
  kind: promptKindSchema,
  /** After a deferral: a short snack. */
  catchUp: z.boolean(),
  /** Where the person is; snacks that start there are preferred. */
  posture: z.enum(['sitting', 'standing']).nullable(),
  /** The language the window shows (its own resolution of the `locale` setting). */
  locale: localeSchema,
});
export type PromptRoutineRequest = z.infer<typeof promptRoutineRequestSchema>;

/** The routine, and the words of the poses its steps show (the figures' alt texts). */
export interface PromptRoutine {
  routine: PlayableRoutine;
  poses: Readonly<Record<string, PoseText>>;
}

export const promptRoutineChannels = {
  'routines.forPrompt': invoke<PromptRoutine>()(promptRoutineRequestSchema),
} as const;

/**
 * What the shell (tray menu, command line, notification buttons, a second launch) can ask the application
 * to do. One schema; `createApp`'s command runner checks every command against it and sends user actions
 * through the validated IPC contract (`state.act`, `pacing.flare`), so the shell adds no second path.
 */
import { z } from 'zod';
import { screens, type UserAction, userActionSchema } from '../../shared/ipc';

export const shellCommandSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('act'), action: userActionSchema }),
  /** Opens (or focuses) the dashboard, optionally on one screen. */
  z.strictObject({ kind: z.literal('open'), screen: z.enum(screens).optional() }),
  /** Opens the prompt window (where the movement-snack player runs). */
  z.strictObject({ kind: z.literal('open-prompt') }),
  /** Enters or leaves flare-up mode (pacing: lighter targets, gentle snacks). */
  z.strictObject({ kind: z.literal('flare'), on: z.boolean() }),
  z.strictObject({ kind: z.literal('quit') }),
]);

export type ShellCommand = z.infer<typeof shellCommandSchema>;

export const act = (action: UserAction): ShellCommand => ({ kind: 'act', action });

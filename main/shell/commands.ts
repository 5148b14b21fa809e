/**
 * What the shell (tray menu, command line, notification buttons) can ask the application to do.
 * Every user action goes through the validated IPC contract (`state.act`), so the shell adds no second path.
 */
import type { Screen, UserAction } from '../../shared/ipc';

export type ShellCommand =
  | { kind: 'act'; action: UserAction }
  /** Opens (or focuses) the dashboard, optionally on one screen. */
  | { kind: 'open'; screen?: Screen }
  /** Opens the prompt window (where the movement-snack player starts). */
  | { kind: 'open-prompt' }
  /** Enters or leaves flare-up mode (pacing: lighter targets, gentle snacks). */
  | { kind: 'flare'; on: boolean }
  | { kind: 'quit' };

export const act = (action: UserAction): ShellCommand => ({ kind: 'act', action });

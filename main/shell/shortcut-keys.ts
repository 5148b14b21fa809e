/**
 * The global shortcuts (off by default): "I stood up", "I sat down", "movement snack now", "pause 30 min".
 * Registered when turned on, re-registered when their keys change, released when turned off or at quit.
 * Keys another app already holds are reported per shortcut (Settings shows it); nothing throws.
 */
import { type ShortcutId, type ShortcutState, type ShortcutsStatus, shortcutIds } from '../../shared/ipc';
import type { Settings } from '../../shared/settings';
import type { GlobalShortcuts } from '../ports';
import { act, type ShellCommand } from './commands';

export const PAUSE_MINUTES = 30;

/** What each shortcut does: the same commands as the tray's items. */
export const shortcutCommands: Record<ShortcutId, ShellCommand> = {
  stand: act({ action: 'stand' }),
  sit: act({ action: 'sit' }),
  snack: act({ action: 'snack-start' }),
  pause: act({ action: 'pause', minutes: PAUSE_MINUTES }),
};

export interface ShortcutKeys {
  apply(settings: Settings): void;
  status(): ShortcutsStatus;
  /** Releases every key (at quit). */
  stop(): void;
}

export function createShortcutKeys(deps: {
  port: GlobalShortcuts | undefined;
  run: (command: ShellCommand) => void;
}): ShortcutKeys {
  /** The accelerator each shortcut holds now. */
  const held = new Map<ShortcutId, string>();
  const state: Record<ShortcutId, ShortcutState> = { stand: 'off', sit: 'off', snack: 'off', pause: 'off' };

  function release(): void {
    for (const accelerator of held.values()) deps.port?.unregister(accelerator);
    held.clear();
    for (const id of shortcutIds) state[id] = 'off';
  }

  return {
    apply(settings) {
      const wanted = settings.shortcuts;
      const same =
        wanted.enabled &&
        shortcutIds.every((id) => state[id] === 'registered' && held.get(id) === wanted[id]);
      if (same) return;
      release();
      if (!wanted.enabled) return;
      const port = deps.port;
      if (port === undefined) {
        for (const id of shortcutIds) state[id] = 'unavailable';
        return;
      }
      for (const id of shortcutIds) {
        const accelerator = wanted[id];
        // Two shortcuts on the same keys: the first one has them.
        const duplicate = [...held.values()].includes(accelerator);
        const ok = !duplicate && port.register(accelerator, () => deps.run(shortcutCommands[id]));
        if (ok) held.set(id, accelerator);
        state[id] = ok ? 'registered' : 'taken';
      }
    },
    status: () => ({ ...state }),
    stop: release,
  };
}

/**
 * Global shortcuts over Electron's globalShortcut. Its register answers false when another app holds the
 * keys (electron.d.ts: "this call will silently fail"); an accelerator Electron cannot parse throws, which
 * is reported and answered as false too, so a bad key never stops the app.
 */
import type { GlobalShortcut } from 'electron';
import type { GlobalShortcuts } from '../../ports';

export function createGlobalShortcuts(
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'>,
  onError: (error: unknown) => void,
): GlobalShortcuts {
  return {
    register(accelerator, callback) {
      try {
        return globalShortcut.register(accelerator, callback);
      } catch (error) {
        onError(error);
        return false;
      }
    },
    unregister(accelerator) {
      try {
        globalShortcut.unregister(accelerator);
      } catch (error) {
        onError(error);
      }
    },
  };
}

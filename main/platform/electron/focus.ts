/**
 * Focus deferral: asked only when a prompt is due, never polled. get-windows is loaded lazily (a native
 * module) and asked without the macOS accessibility or screen-recording permissions: owner and bounds are
 * enough, so the title is empty there. Nothing about the window is stored or logged.
 */
import type { FocusProbe } from '../../ports';
import { type FrontWindow, isBusyWindow, type Rect } from '../../shell/focus-match';

export type ActiveWindowFn = () => Promise<FrontWindow | undefined>;

/** get-windows' activeWindow, imported on first use so startup never loads the native module. */
export const getWindowsActive: ActiveWindowFn = async () => {
  const { activeWindow } = await import('get-windows');
  const win = await activeWindow({ accessibilityPermission: false, screenRecordingPermission: false });
  if (!win) return undefined;
  return {
    title: win.title,
    owner: {
      name: win.owner.name,
      path: win.owner.path,
      ...(win.platform === 'macos' ? { bundleId: win.owner.bundleId } : {}),
    },
    ...(win.platform === 'macos' && win.url ? { url: win.url } : {}),
    bounds: win.bounds,
  };
};

export function createFocusProbe(
  screen: { getDisplayMatching(rect: Rect): { bounds: Rect } },
  onError: (error: unknown) => void,
  activeWindow: ActiveWindowFn = getWindowsActive,
): FocusProbe {
  return {
    async isBusy(options) {
      let win: FrontWindow | undefined;
      try {
        win = await activeWindow();
      } catch (error) {
        // Wayland sessions and missing x11-utils end here: prompts are then simply not deferred.
        onError(
          new Error(
            `Could not ask which window is in front: ${error instanceof Error ? error.message : error}`,
          ),
        );
        return false;
      }
      if (!win) return false;
      const display = screen.getDisplayMatching(win.bounds);
      return isBusyWindow(win, display.bounds, options);
    },
  };
}

/**
 * The tray's own timer: armed for the next instant its text or icon would change (`nextChangeAt`), so a
 * minute ticking over is redrawn without polling. The Electron tray adapter runs it; the bench counts it.
 */
import type { EngineSnapshot } from '../../shared/snapshot';
import type { Cancel, Clock } from '../ports';
import { nextChangeAt } from './tray-model';

export interface TrayTicker {
  /** A new snapshot: re-arms the one timer for its next change. */
  follow(snapshot: EngineSnapshot): void;
  stop(): void;
}

export function createTrayTicker(clock: Clock, redraw: () => void): TrayTicker {
  let snapshot: EngineSnapshot | null = null;
  let cancel: Cancel | null = null;

  function arm(): void {
    cancel?.();
    cancel = null;
    if (!snapshot) return;
    const at = nextChangeAt(snapshot, clock.now());
    if (at === null) return;
    cancel = clock.setTimer(at, () => {
      cancel = null;
      redraw();
      arm();
    });
  }

  return {
    follow(next) {
      snapshot = next;
      arm();
    },
    stop() {
      cancel?.();
      cancel = null;
      snapshot = null;
    },
  };
}

/**
 * The real clock. `now()` is epoch ms advanced by the monotonic timer (performance.now), so a manual change
 * of the wall clock never shows up as a fake duration; `wallNow()` is the wall clock for day boundaries.
 */
import type { Clock } from '../../ports';

/** setTimeout overflows above 2^31-1 ms (~24.8 days): longer waits re-arm on the way. */
const MAX_DELAY = 2_147_483_647;

export function createSystemClock(): Clock {
  const now = () => Math.round(performance.timeOrigin + performance.now());
  return {
    now,
    wallNow: () => Date.now(),
    setTimer(at, callback) {
      let handle: ReturnType<typeof setTimeout> | null = null;
      const arm = () => {
        const delay = at - now();
        if (delay <= MAX_DELAY) {
          handle = setTimeout(callback, Math.max(0, delay));
        } else {
          handle = setTimeout(arm, MAX_DELAY);
        }
      };
      arm();
      return () => {
        if (handle !== null) clearTimeout(handle);
        handle = null;
      };
    },
  };
}

/** Wording shared by many routines, so the same advice reads the same everywhere. */

/** Every routine carries this caution. */
export const STOP_IF_WORSE = 'Stop if this causes new pain or symptoms down your leg.';

export const MOVE_IN_COMFORT = 'Move only as far as feels comfortable.';

/** The NHS start-low, build-slowly pattern, in Sitwise's words. */
export const BUILD_UP_SLOWLY =
  'Start with about 5 repetitions. If it feels fine, add 1 or 2 every few days, up to 10.';

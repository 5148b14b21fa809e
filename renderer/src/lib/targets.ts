/**
 * Daily goals shown on Today and History. The non-sitting goal starts at 2 hours of standing and light
 * activity in work hours (Buckley et al., Br J Sports Med 2015); the standing share follows the schedule.
 */
import type { Schedule } from '../../../shared/settings';

export const NON_SITTING_GOAL_MIN = 120;
/** A sitting bout past this length is worth a gentle nudge (the engine escalates around here too). */
export const LONG_BOUT_MIN = 60;

/** Share of tracked time the schedule plans for standing, 0..1 (0 without a standing desk). */
export function plannedStandingShare(s: Schedule): number {
  const cycle = s.sitMin + s.standMin + s.moveMin;
  return cycle > 0 ? s.standMin / cycle : 0;
}

/** standing / (sitting + standing + moving), 0 when nothing is tracked. */
export function standingShare(d: { sittingMin: number; standingMin: number; movingMin: number }): number {
  const tracked = d.sittingMin + d.standingMin + d.movingMin;
  return tracked > 0 ? d.standingMin / tracked : 0;
}

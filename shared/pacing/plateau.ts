/**
 * Plateau signposting (the founding text: seek specialised care "if you hit a plateau despite solid
 * self-care"). Signposting only: no score, no triage, no change to any goal.
 *
 * The rule, over the weekly check-ins in order:
 * - A run is the check-ins after the last flare-up (a check-in whose seven days touch a flare or its
 *   return ends the run: relative rest is not "goals met") and after the last plateau note (once per
 *   plateau). A week without a check-in does not break the run; it simply adds nothing.
 * - The window is the run's last PLATEAU_CHECKINS check-ins; every week they report on had its goals met
 *   (the caller says which weeks, from the goal plans).
 * - No improvement between the window's first and last check-in: neither PEG nor the activity scale
 *   changed for the better by the meaningful amounts of checkin.ts — or function (the activity scale)
 *   fell by a meaningful amount, whatever PEG did.
 */
import { addDays } from '../time';
import { pegChange, psfsChange } from './checkin';
import { type FlarePeriod, flareTouches } from './flare';

export const PLATEAU_CHECKINS = 4;

export interface PlateauPoint {
  /** Monday of the week the check-in was made in. */
  week: string;
  /** Local date it was made; it reports on the seven days before. */
  date: string;
  peg: number;
  psfs: number | null;
}

export interface PlateauInput {
  /** Check-ins, oldest first, one per week. */
  points: readonly PlateauPoint[];
  /** Whether the goals of the week starting on this Monday were met (false when there were none). */
  goalsMet(weekStart: string): boolean;
  flares: readonly FlarePeriod[];
  /** Week of the check-in that carried the last plateau note, if any. */
  lastNoted: string | null;
}

export interface Plateau {
  /** Weeks of the window's first and last check-in. */
  from: string;
  to: string;
  checkins: number;
  peg: { first: number; latest: number };
  psfs: { first: number; latest: number } | null;
}

/** The Monday of the week a check-in reports on (the week before the one it was made in). */
export function reportedWeek(p: PlateauPoint): string {
  return addDays(p.week, -7);
}

export function plateauOf(input: PlateauInput): Plateau | null {
  const run: PlateauPoint[] = [];
  for (let i = input.points.length - 1; i >= 0; i--) {
    const p = input.points[i];
    if (!p) break;
    if (input.lastNoted !== null && p.week <= input.lastNoted) break;
    if (flareTouches(input.flares, addDays(p.date, -7), addDays(p.date, -1))) break;
    run.unshift(p);
  }
  const window = run.slice(-PLATEAU_CHECKINS);
  const first = window[0];
  const last = window[window.length - 1];
  if (window.length < PLATEAU_CHECKINS || !first || !last) return null;
  if (!window.every((p) => input.goalsMet(reportedWeek(p)))) return null;

  const peg = pegChange(first.peg, last.peg);
  const psfs = first.psfs !== null && last.psfs !== null ? psfsChange(first.psfs, last.psfs) : null;
  const improved = peg.trend === 'better' || psfs?.trend === 'better';
  const functionFell = psfs?.trend === 'worse';
  if (improved && !functionFell) return null;
  return {
    from: first.week,
    to: last.week,
    checkins: window.length,
    peg: { first: first.peg, latest: last.peg },
    psfs: first.psfs !== null && last.psfs !== null ? { first: first.psfs, latest: last.psfs } : null,
  };
}

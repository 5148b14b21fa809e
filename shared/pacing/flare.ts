/**
 * Flare mode as "relative rest": from the day it is entered, build-up targets drop to a share of the plan
 * (50 % by default); after it is left they climb back in equal daily steps, reaching the plan again on the
 * last of the return days (5 by default). With 50 % and 5 days: 60, 70, 80, 90, 100 %.
 * Caps (longest sitting bout) are not loosened: short sitting bouts stay helpful during a flare.
 */
import { daysBetween } from '../time';

export interface FlarePeriod {
  /** Local date flare mode was entered. */
  entered: string;
  /** Local date it was left; null while it lasts. */
  left: string | null;
  /** Share of the plan kept during the flare, 10–90. */
  sharePct: number;
  /** Days to climb back to the plan after leaving, 1–28 (known once left). */
  returnDays: number;
}

export type FlareState =
  | { phase: 'none'; factor: 1 }
  | { phase: 'flare'; factor: number; since: string }
  | { phase: 'return'; factor: number; day: number; of: number };

const round3 = (n: number) => Math.round(n * 1000) / 1000;

function stateIn(p: FlarePeriod, date: string): FlareState {
  const share = p.sharePct / 100;
  if (date < p.entered) return { phase: 'none', factor: 1 };
  if (p.left === null || date < p.left) return { phase: 'flare', factor: share, since: p.entered };
  const day = daysBetween(p.left, date) + 1;
  if (day > p.returnDays) return { phase: 'none', factor: 1 };
  return {
    phase: 'return',
    factor: round3(share + ((1 - share) * day) / p.returnDays),
    day,
    of: p.returnDays,
  };
}

/** The flare state of a date; when periods overlap (they should not), the lowest factor wins. */
export function flareStateOn(periods: readonly FlarePeriod[], date: string): FlareState {
  let out: FlareState = { phase: 'none', factor: 1 };
  for (const p of periods) {
    const s = stateIn(p, date);
    if (s.phase !== 'none' && s.factor <= out.factor) out = s;
  }
  return out;
}

/** Whether any day from `from` to `to` (inclusive) is in a flare or its return. */
export function flareTouches(periods: readonly FlarePeriod[], from: string, to: string): boolean {
  return periods.some((p) => {
    if (p.entered > to) return false;
    if (p.left === null) return true;
    const lastReturnDay = daysBetween(p.left, from) + 1;
    return lastReturnDay <= p.returnDays;
  });
}

/** Week and month rollups of day summaries (weeks start on Monday). */
import {
  type DaySummary,
  emptyDay,
  type PromptCounts,
  type Rollup,
  sumPromptCounts,
} from '../../../shared/summary';
import { addDays, daysBetween, weekOf } from '../../../shared/time';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The weeks or calendar months that meet [from, to], each clipped to the range. */
export function periods(from: string, to: string, by: 'week' | 'month'): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  let start = from;
  for (;;) {
    const end = by === 'week' ? weekOf(start).to : lastOfMonth(start);
    const clipped = end < to ? end : to;
    out.push({ from: start, to: clipped });
    // Stops at `to` itself: the day after 9999-12-31 cannot be written as YYYY-MM-DD.
    if (clipped === to) return out;
    start = addDays(clipped, 1);
  }
}

function lastOfMonth(date: string): string {
  const m = Number(date.slice(5, 7));
  if (m === 12) return `${date.slice(0, 4)}-12-31`;
  return addDays(`${date.slice(0, 4)}-${String(m + 1).padStart(2, '0')}-01`, -1);
}

/**
 * One rollup over the days from `from` to `to` (inclusive); days missing from `days` count as empty. Pass
 * the days by date when rolling up many periods, so each period costs its own days only.
 */
export function rollupOf(
  days: DaySummary[] | ReadonlyMap<string, DaySummary>,
  from: string,
  to: string,
): Rollup {
  const byDate = Array.isArray(days) ? new Map(days.map((d) => [d.date, d])) : days;
  const totals = { sittingMin: 0, standingMin: 0, movingMin: 0, awayMin: 0 };
  const promptDays: PromptCounts[] = [];
  let count = 0;
  let tracked = 0;
  let longest = 0;
  const span = daysBetween(from, to);
  for (let i = 0; i <= span; i++) {
    const date = addDays(from, i);
    const d = byDate.get(date) ?? emptyDay(date);
    count++;
    if (d.sittingMin + d.standingMin + d.movingMin > 0) tracked++;
    totals.sittingMin += d.sittingMin;
    totals.standingMin += d.standingMin;
    totals.movingMin += d.movingMin;
    totals.awayMin += d.awayMin;
    longest = Math.max(longest, d.longestSittingBoutMin);
    promptDays.push(d.prompts);
  }
  const prompts = sumPromptCounts(promptDays);
  const present = totals.sittingMin + totals.standingMin + totals.movingMin;
  return {
    from,
    to,
    days: count,
    trackedDays: tracked,
    totals: {
      sittingMin: round1(totals.sittingMin),
      standingMin: round1(totals.standingMin),
      movingMin: round1(totals.movingMin),
      awayMin: round1(totals.awayMin),
    },
    avgSittingMin: tracked === 0 ? 0 : round1(totals.sittingMin / tracked),
    longestSittingBoutMin: longest,
    standingShare: present === 0 ? 0 : Math.round((totals.standingMin / present) * 1000) / 1000,
    prompts,
  };
}

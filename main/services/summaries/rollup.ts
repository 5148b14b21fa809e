/** Week and month rollups of day summaries (weeks start on Monday). */
import {
  type DaySummary,
  emptyDay,
  type PromptCounts,
  type Rollup,
  sumPromptCounts,
} from '../../../shared/summary';
import { addDays, weekOf } from '../../../shared/time';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The weeks or calendar months that meet [from, to], each clipped to the range. */
export function periods(from: string, to: string, by: 'week' | 'month'): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  let start = from;
  while (start <= to) {
    const end = by === 'week' ? weekOf(start).to : lastOfMonth(start);
    const clipped = end < to ? end : to;
    out.push({ from: start, to: clipped });
    start = addDays(clipped, 1);
  }
  return out;
}

function lastOfMonth(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const next = m === 12 ? `${y + 1}-01-01` : `${date.slice(0, 4)}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

/** One rollup over the days from `from` to `to` (inclusive); days missing from `days` count as empty. */
export function rollupOf(days: DaySummary[], from: string, to: string): Rollup {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const totals = { sittingMin: 0, standingMin: 0, movingMin: 0, awayMin: 0 };
  const promptDays: PromptCounts[] = [];
  let count = 0;
  let tracked = 0;
  let longest = 0;
  for (let date = from; date <= to; date = addDays(date, 1)) {
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

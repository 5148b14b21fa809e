import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../../shared/events';
import { foldDays } from '../../../shared/fold';
import { measuredDays, measuredSamples, snacksDoneByDay } from '../../../shared/pacing/measured';
import { planOf } from '../../../shared/pacing/plan';
import { addDays, instantOf } from '../../../shared/time';
import { walkGoal } from './helpers';

const opts = { timeZone: 'Europe/Berlin', dayStart: '04:00' };
const MIN = 60_000;

interface DayScript {
  date: string;
  /** Minutes of sitting, then standing, alternating, starting at 09:00. */
  bouts: number[];
  snacksDone: number;
  snacksStopped?: number;
}

/** A synthetic journal: per day a `day` event, posture changes, snacks and leaving. */
function journal(days: DayScript[]): EngineEvent[] {
  const out: EngineEvent[] = [];
  for (const d of days) {
    let t = instantOf(d.date, 9 * 60, opts.timeZone);
    out.push({
      type: 'day',
      at: t,
      date: d.date,
      timeZone: opts.timeZone,
      dayStart: opts.dayStart,
      posture: 'sitting',
      presence: 'present',
      awayReason: null,
    });
    d.bouts.forEach((len, i) => {
      t += len * MIN;
      const posture = i % 2 === 0 ? 'standing' : 'sitting';
      out.push({
        type: 'posture',
        at: t,
        posture,
        from: posture === 'standing' ? 'sitting' : 'standing',
        cause: 'user',
      });
    });
    const snack = (outcome: 'done' | 'stopped') => {
      out.push({
        type: 'snack-start',
        at: t,
        promptId: null,
        routineId: null,
        catchUp: false,
        returnTo: 'sitting',
      });
      t += MIN;
      out.push({ type: 'snack-end', at: t, outcome, movedMs: MIN });
    };
    for (let i = 0; i < d.snacksDone; i++) snack('done');
    for (let i = 0; i < (d.snacksStopped ?? 0); i++) snack('stopped');
    // The user leaves: the day ends here rather than at the next day's first event.
    out.push({ type: 'away', at: t + MIN, since: t, reason: 'idle' });
  }
  return out;
}

describe('measured goals from a journal', () => {
  const days: DayScript[] = [
    { date: '2026-11-04', bouts: [60, 30, 40, 30], snacksDone: 3, snacksStopped: 1 },
    { date: '2026-11-05', bouts: [50, 40, 70, 30], snacksDone: 4 },
    { date: '2026-11-06', bouts: [45, 50, 30, 20], snacksDone: 5 },
  ];
  const events = journal(days);
  const measured = measuredDays(foldDays(events, opts), snacksDoneByDay(events, opts));

  it('reads standing minutes, the longest sitting bout and snacks done per day', () => {
    expect(measured.map((d) => [d.date, d.standingMin, d.longestSittingBoutMin, d.snacksDone])).toEqual([
      ['2026-11-04', 60, 60, 3],
      ['2026-11-05', 70, 70, 4],
      ['2026-11-06', 70, 45, 5],
    ]);
  });

  it('derives each measured baseline from three journal days', () => {
    const at = (metric: 'standing-min' | 'longest-sitting-bout-min' | 'snacks-done', aim: number | null) => {
      const goal = walkGoal({ metric, aim, createdDate: '2026-11-09' });
      const plan = planOf({
        goal,
        entries: measuredSamples(metric, measured),
        flares: [],
        today: '2026-11-09',
      });
      if (plan.status !== 'active') throw new Error('expected active');
      return plan.baseline.value;
    };
    expect(at('standing-min', null)).toBe(53.3); // (60 + 70 + 70) / 3 × 0.8
    expect(at('longest-sitting-bout-min', 30)).toBe(58.3); // (60 + 70 + 45) / 3
    expect(at('snacks-done', null)).toBe(3.2); // (3 + 4 + 5) / 3 × 0.8
  });

  it('judges a week of standing from the journal', () => {
    const week = Array.from(
      { length: 7 },
      (_, i): DayScript => ({
        date: addDays('2026-11-09', i),
        bouts: [30, i < 5 ? 60 : 20, 30],
        snacksDone: 0,
      }),
    );
    const all = journal([...days, ...week]);
    const samples = measuredSamples('standing-min', measuredDays(foldDays(all, opts), new Map()));
    const goal = walkGoal({ metric: 'standing-min', createdDate: '2026-11-09' });
    const plan = planOf({ goal, entries: samples, flares: [], today: '2026-11-16' });
    if (plan.status !== 'active') throw new Error('expected active');
    // Target 53: five days of 60 min meet it, two of 20 do not; a daily goal needs all seven.
    expect(plan.weeks[0]).toMatchObject({ target: 53, done: 5, required: 7, met: false });
    const workdays = planOf({
      goal: { ...goal, cadence: { kind: 'weekdays', days: [1, 2, 3, 4, 5] } },
      entries: samples,
      flares: [],
      today: '2026-11-16',
    });
    if (workdays.status !== 'active') throw new Error('expected active');
    expect(workdays.weeks[0]).toMatchObject({ done: 5, required: 5, met: true });
  });

  it('leaves untracked days out', () => {
    const summaries = foldDays(journal([{ date: '2026-11-04', bouts: [], snacksDone: 0 }]), opts);
    const empty = { ...summaries[0], sittingMin: 0, standingMin: 0, movingMin: 0, date: '2026-11-07' };
    expect(measuredDays([empty as (typeof summaries)[number]], new Map())).toEqual([]);
  });
});

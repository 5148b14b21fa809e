/**
 * Synthetic journals for storage tests and the bench: a plausible working day of EngineEvents per date
 * (sit/stand cycles with prompts, snacks, idle breaks, checkpoints every 3 minutes), every event valid
 * against engineEventSchema, times increasing within the day. About 275 events per day (100k a year).
 */
import type { EngineEvent } from '../../../../shared/events';
import { addDays, type DayOptions, instantOf } from '../../../../shared/time';

const MIN = 60_000;

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One day from about 08:30 to about 17:30 local time. */
export function syntheticDay(date: string, opts: DayOptions, random: () => number): EngineEvent[] {
  const out: EngineEvent[] = [];
  let at = instantOf(date, 8 * 60 + 30 + Math.floor(random() * 30), opts.timeZone);
  const end = instantOf(date, 17 * 60 + 30, opts.timeZone);
  out.push({
    type: 'day',
    at,
    date,
    timeZone: opts.timeZone,
    dayStart: opts.dayStart,
    posture: 'sitting',
    presence: 'present',
    awayReason: null,
  });
  let n = 0;
  const observe = (minutes: number) => {
    for (let m = 0; m < minutes; m += 3) {
      at += Math.min(3, minutes - m) * MIN;
      out.push({ type: 'observed', at, final: false });
    }
  };
  while (at < end) {
    // Sitting bout, sometimes broken by an idle break.
    observe(10 + Math.floor(random() * 10));
    if (random() < 0.3) {
      const since = at + MIN;
      at = since + 3 * MIN;
      out.push({ type: 'away', at, since, reason: 'idle' });
      out.push({ type: 'natural-break', at, since, reason: 'idle' });
      const back = at + 4 * MIN;
      at = back;
      out.push({ type: 'present', at, since: back, awayMs: back - since });
    }
    observe(15);
    const id = `${date}-${++n}`;
    out.push({ type: 'prompt-due', at, id, kind: 'stand', boutMs: 30 * MIN });
    out.push({ type: 'prompt-shown', at, id, kind: 'stand', attempt: 1, catchUp: false, routineId: null });
    if (random() < 0.25) {
      at += MIN;
      out.push({ type: 'prompt-snoozed', at, id, until: at + 5 * MIN, snoozesLeft: 1 });
      observe(5);
      out.push({ type: 'prompt-shown', at, id, kind: 'stand', attempt: 2, catchUp: false, routineId: null });
    }
    if (random() < 0.15) {
      at += MIN;
      out.push({ type: 'prompt-skipped', at, id, auto: false });
      continue;
    }
    at += MIN;
    out.push({ type: 'posture', at, posture: 'standing', from: 'sitting', cause: 'user' });
    out.push({ type: 'prompt-done', at, id, how: 'posture' });
    observe(15);
    // Movement snack, then back to sitting.
    out.push({
      type: 'snack-start',
      at,
      promptId: null,
      routineId: 'desk-reset',
      catchUp: false,
      returnTo: 'sitting',
    });
    out.push({ type: 'posture', at, posture: 'moving', from: 'standing', cause: 'snack' });
    at += 2 * MIN;
    out.push({ type: 'snack-end', at, outcome: 'done', movedMs: 2 * MIN });
    out.push({ type: 'posture', at, posture: 'sitting', from: 'moving', cause: 'snack' });
  }
  at += MIN;
  out.push({ type: 'observed', at, final: true });
  return out;
}

/** `days` consecutive days from `from`. */
export function syntheticDays(
  from: string,
  days: number,
  opts: DayOptions,
  seed = 1,
): { date: string; events: EngineEvent[] }[] {
  const random = rng(seed);
  const out: { date: string; events: EngineEvent[] }[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    out.push({ date, events: syntheticDay(date, opts, random) });
  }
  return out;
}

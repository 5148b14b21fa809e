/**
 * Eight weeks of history written straight into a data folder, in the app's own journal format, so a test
 * starts the host on a past it did not have to click through: weekday working days of engine events (the
 * synthetic days of the storage tests), a walking goal logged daily, a standing goal measured from those
 * days, a flare-up, and weekly check-ins on Tuesdays.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeLine } from '../../main/services/journal/format';
import type { EngineEvent } from '../../shared/events';
import type { PacingRecord } from '../../shared/pacing/records';
import { addDays, type DayOptions, instantOf, weekdayOfDate } from '../../shared/time';
import { rng, syntheticDay } from '../unit/services/helpers/synthetic';

export const FIRST_DAY = '2026-09-28';
export const LAST_DAY = '2026-11-23';

/** Check-ins seeded on these Tuesdays, with PEG items and one activity score. */
export const seededCheckins: {
  date: string;
  peg: [number, number, number];
  gardening: number;
  note: string;
}[] = [
  { date: '2026-09-29', peg: [7, 7, 7], gardening: 2, note: 'Stiff every morning.' },
  { date: '2026-10-06', peg: [7, 6, 6], gardening: 3, note: '' },
  { date: '2026-10-13', peg: [6, 6, 6], gardening: 3, note: '' },
  { date: '2026-10-20', peg: [6, 5, 6], gardening: 4, note: 'Long drive on Saturday.' },
  { date: '2026-10-27', peg: [7, 6, 6], gardening: 3, note: '' },
  { date: '2026-11-03', peg: [5, 5, 6], gardening: 4, note: '' },
  { date: '2026-11-10', peg: [5, 5, 5], gardening: 4, note: '' },
  { date: '2026-11-17', peg: [6, 5, 5], gardening: 4, note: 'Walked to the shop and back.' },
];
export const FLARE = { entered: '2026-10-21', left: '2026-10-23', sharePct: 50, returnDays: 2 };

function writeMonths<T>(dir: string, version: number, entries: { month: string; rec: T }[]): void {
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, string[]>();
  entries.forEach((e, i) => {
    const lines = files.get(e.month) ?? [];
    lines.push(encodeLine(version, i + 1, e.rec));
    files.set(e.month, lines);
  });
  for (const [month, lines] of files) writeFileSync(join(dir, `${month}.jsonl`), lines.join(''));
}

export function seedHistory(dataDir: string, opts: DayOptions): void {
  const random = rng(7);
  const events: { month: string; rec: EngineEvent }[] = [];
  for (let date = FIRST_DAY; date <= LAST_DAY; date = addDays(date, 1)) {
    const weekday = weekdayOfDate(date);
    if (weekday === 0 || weekday === 6) continue;
    for (const rec of syntheticDay(date, opts, random)) events.push({ month: date.slice(0, 7), rec });
  }
  writeMonths(join(dataDir, 'journal'), 1, events);

  const at = (date: string, hhmm = 18 * 60) => instantOf(date, hhmm, opts.timeZone);
  const records: PacingRecord[] = [
    {
      type: 'pacing.goal-created',
      at: at(FIRST_DAY, 8 * 60),
      date: FIRST_DAY,
      goalId: 'g-walk',
      fields: {
        name: 'Walk',
        metric: 'session-min',
        cadence: { kind: 'daily' },
        progression: { mode: 'percent', pct: 10 },
        aim: 20,
      },
      sessions: [
        { date: '2026-09-25', sessionId: 's-b1', minutes: 10, before: null, after: null, note: '' },
        { date: '2026-09-26', sessionId: 's-b2', minutes: 12, before: null, after: null, note: '' },
        { date: '2026-09-27', sessionId: 's-b3', minutes: 14, before: null, after: null, note: '' },
      ],
    },
    {
      type: 'pacing.goal-created',
      at: at(FIRST_DAY, 8 * 60 + 1),
      date: FIRST_DAY,
      goalId: 'g-stand',
      fields: {
        name: 'Standing at work',
        metric: 'standing-min',
        cadence: { kind: 'weekdays', days: [1, 2, 3, 4, 5] },
        progression: { mode: 'step', step: 5 },
        aim: 60,
      },
      sessions: [],
    },
  ];
  const checkins = new Map(seededCheckins.map((c) => [c.date, c]));
  for (let date = FIRST_DAY; date <= LAST_DAY; date = addDays(date, 1)) {
    if (date === FLARE.entered) {
      records.push({ type: 'pacing.flare-entered', at: at(date, 7 * 60), date, sharePct: FLARE.sharePct });
    }
    if (date === FLARE.left) {
      records.push({ type: 'pacing.flare-left', at: at(date, 7 * 60), date, returnDays: FLARE.returnDays });
    }
    records.push({
      type: 'pacing.session-logged',
      at: at(date),
      date,
      goalId: 'g-walk',
      sessionId: `s-${date}`,
      minutes: 20,
      before: 3,
      after: 3,
      note: '',
    });
    const c = checkins.get(date);
    if (c) {
      records.push({
        type: 'checkin.submitted',
        at: at(date, 10 * 60 + 30),
        date,
        week: addDays(date, -1),
        answers: {
          peg: { pain: c.peg[0], enjoyment: c.peg[1], activity: c.peg[2] },
          activities: [{ name: 'Gardening', score: c.gardening }],
          stiffness: 5,
          sleep: 6,
          confidence: 5,
          note: c.note,
        },
      });
    }
  }
  // The user reviewed the plan on the first four-week mark.
  records.push({ type: 'checkin.plan-reviewed', at: at('2026-10-27', 11 * 60), date: '2026-10-27' });
  records.sort((a, b) => a.at - b.at);
  writeMonths(
    join(dataDir, 'pacing'),
    1,
    records.map((rec) => ({ month: rec.date.slice(0, 7), rec })),
  );
}

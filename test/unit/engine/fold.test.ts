import { describe, expect, it } from 'vitest';
import type { EngineEvent, EventOf } from '../../../shared/events';
import { DayFolder, foldDays, timelineOf } from '../../../shared/fold';

const opts = { timeZone: 'UTC', dayStart: '04:00' };
const T = (hhmm: string, date = '2025-06-02') => Date.parse(`${date}T${hhmm}:00Z`);
const day = (at: number, date: string, presence: 'present' | 'away' = 'present'): EventOf<'day'> => ({
  type: 'day',
  at,
  date,
  timeZone: 'UTC',
  dayStart: '04:00',
  posture: 'sitting',
  presence,
  awayReason: presence === 'away' ? 'lock' : null,
});

describe('the day fold', () => {
  const events: EngineEvent[] = [
    day(T('09:00'), '2025-06-02'),
    { type: 'posture', at: T('09:30'), posture: 'standing', from: 'sitting', cause: 'user' },
    { type: 'posture', at: T('09:45'), posture: 'moving', from: 'standing', cause: 'snack' },
    { type: 'posture', at: T('09:47'), posture: 'sitting', from: 'moving', cause: 'snack' },
    // Input stopped at 10:00; seen at 10:03 (a prompt was shown at 10:01 in between).
    {
      type: 'prompt-shown',
      at: T('10:01'),
      id: 'p',
      kind: 'stand',
      attempt: 1,
      catchUp: false,
      routineId: null,
    },
    { type: 'away', at: T('10:01'), since: T('10:00'), reason: 'idle' },
    { type: 'natural-break', at: T('10:03'), since: T('10:00'), reason: 'idle' },
    { type: 'present', at: T('10:20'), since: T('10:20'), awayMs: 20 * 60_000 },
    { type: 'observed', at: T('11:00'), final: true },
  ];

  it('counts each stretch by posture and presence, honouring a retroactive `since`', () => {
    expect(foldDays(events, opts)).toEqual([
      {
        date: '2025-06-02',
        sittingMin: 83,
        standingMin: 15,
        movingMin: 2,
        awayMin: 20,
        longestSittingBoutMin: 40,
        // 09:00–09:30 is exactly 30 min (not over), 09:47–10:00 ends at the natural break, 10:20–11:00 is 40.
        longBouts: 1,
        postureChanges: 2,
        naturalBreaks: 1,
        prompts: {
          shown: 1,
          done: 0,
          snoozed: 0,
          skipped: 0,
          deferred: 0,
          held: 0,
          heldBy: {},
          medianDelaySec: null,
        },
      },
    ]);
    expect(timelineOf(events, '2025-06-02', opts).map((s) => s.kind)).toEqual([
      'sitting',
      'standing',
      'moving',
      'sitting',
      'away',
      'sitting',
    ]);
  });

  it('does not count an away stretch still open when the day ends, nor the next day before the return', () => {
    const evs: EngineEvent[] = [
      day(T('16:00'), '2025-06-02'),
      { type: 'away', at: T('17:00'), since: T('17:00'), reason: 'suspend' },
      day(T('04:00', '2025-06-03'), '2025-06-03', 'away'),
      { type: 'present', at: T('08:00', '2025-06-03'), since: T('08:00', '2025-06-03'), awayMs: 0 },
      { type: 'observed', at: T('09:00', '2025-06-03'), final: false },
    ];
    expect(foldDays(evs, opts).map((d) => [d.date, d.sittingMin, d.awayMin])).toEqual([
      ['2025-06-02', 60, 0],
      ['2025-06-03', 60, 0],
    ]);
  });

  it('hands out each day as soon as the next begins, and live figures up to `until`', () => {
    const folder = new DayFolder(opts);
    expect(folder.push(day(T('09:00'), '2025-06-02'))).toEqual([]);
    expect(folder.current(T('09:30'))?.sittingMin).toBe(30);
    expect(folder.current()?.sittingMin).toBe(0);
    // The engine files the old day's last observation at the day start, then the new day.
    folder.push({ type: 'observed', at: T('04:00', '2025-06-03'), final: false });
    const closed = folder.push(day(T('04:00', '2025-06-03'), '2025-06-03'));
    expect(closed.map((d) => [d.date, d.sittingMin])).toEqual([['2025-06-02', 19 * 60]]);
  });

  it('ends a day at its own last observation, never at the next day (an export taken mid-day)', () => {
    const evs: EngineEvent[] = [
      day(T('09:00'), '2025-06-02'),
      { type: 'observed', at: T('11:00'), final: false },
      day(T('10:00', '2025-06-05'), '2025-06-05'),
      { type: 'observed', at: T('10:30', '2025-06-05'), final: false },
    ];
    expect(foldDays(evs, opts).map((d) => [d.date, d.sittingMin])).toEqual([
      ['2025-06-02', 120],
      ['2025-06-05', 30],
    ]);
  });

  it('a second `day` event of the same date (an import, a restart) says where the user is from then on', () => {
    const evs: EngineEvent[] = [
      day(T('08:00'), '2025-06-02'),
      { type: 'observed', at: T('11:00'), final: false },
      { ...day(T('11:30'), '2025-06-02'), posture: 'standing' },
      { type: 'observed', at: T('12:00'), final: false },
      { ...day(T('12:00'), '2025-06-02', 'away'), awayReason: 'lock' },
      { type: 'observed', at: T('13:00'), final: false },
    ];
    const [summary] = foldDays(evs, opts);
    expect([summary?.sittingMin, summary?.standingMin]).toEqual([210, 30]);
  });

  it('starts a journal cut mid-day (no `day` event) on the date of its first event', () => {
    const evs: EngineEvent[] = [
      { type: 'observed', at: T('02:00'), final: false },
      { type: 'observed', at: T('03:00'), final: false },
    ];
    expect(foldDays(evs, opts).map((d) => [d.date, d.sittingMin])).toEqual([['2025-06-01', 60]]);
  });

  it('refuses events out of order', () => {
    const folder = new DayFolder(opts);
    folder.push(day(T('09:00'), '2025-06-02'));
    folder.push({ type: 'observed', at: T('10:00'), final: false });
    expect(() => folder.push({ type: 'observed', at: T('09:59'), final: false })).toThrow(RangeError);
  });
});

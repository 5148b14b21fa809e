import { describe, expect, it } from 'vitest';
import { composeReport, type ReportSources } from '../../../shared/report/compose';
import { median } from '../../../shared/report/median';
import { reportRequestSchema } from '../../../shared/report/types';
import { emptyDay } from '../../../shared/summary';

const day = (date: string, sittingMin: number, standingMin: number, longBouts: number, longest: number) => ({
  ...emptyDay(date),
  sittingMin,
  standingMin,
  longBouts,
  longestSittingBoutMin: longest,
  postureChanges: 4,
  prompts: { ...emptyDay(date).prompts, shown: 5, done: 3 },
});

function sources(over: Partial<ReportSources> = {}): ReportSources {
  return {
    request: reportRequestSchema.parse({ from: '2026-11-02', to: '2026-11-15', notes: ['2026-11-09'] }),
    madeAt: 0,
    madeOn: '2026-11-16',
    days: [
      day('2026-11-02', 300, 60, 2, 45),
      day('2026-11-03', 320, 90, 3, 70),
      { ...emptyDay('2026-11-07') },
      day('2026-11-10', 280, 120, 1, 35),
    ],
    snacksDone: new Map([
      ['2026-11-02', 4],
      ['2026-11-03', 6],
    ]),
    weeks: [
      { from: '2026-11-02', to: '2026-11-08' },
      { from: '2026-11-09', to: '2026-11-15' },
    ],
    goals: [],
    flares: [
      { entered: '2026-10-20', left: '2026-10-25', sharePct: 50, returnDays: 5 },
      { entered: '2026-11-12', left: null, sharePct: 60, returnDays: 0 },
    ],
    checkins: [
      {
        week: '2026-11-02',
        date: '2026-11-03',
        at: 1,
        peg: { pain: 6, enjoyment: 5, activity: 5 },
        activities: [{ name: 'Gardening', score: 3 }],
        stiffness: 5,
        sleep: 6,
        confidence: 4,
        note: 'private',
      },
      {
        week: '2026-11-09',
        date: '2026-11-10',
        at: 2,
        peg: { pain: 5, enjoyment: 5, activity: 4 },
        activities: [
          { name: 'gardening', score: 5 },
          { name: 'Socks', score: 7 },
        ],
        stiffness: 4,
        sleep: 6,
        confidence: 5,
        note: 'Walked further',
      },
    ],
    points: [],
    redFlagReports: [
      { date: '2026-10-30', flags: ['rf-night-pain'] },
      { date: '2026-11-10', flags: ['rf-leg-weakness'] },
    ],
    plateauNotes: [],
    clinicianNote: 'Left side',
    ...over,
  };
}

describe('the report composition', () => {
  it('medians over tracked days only, the longest bout with its date, prompts over the period', () => {
    const r = composeReport(sources());
    expect(r.days).toBe(14);
    expect(r.trackedDays).toBe(3);
    expect(r.sitting.medians).toEqual({
      sittingMin: 300,
      standingMin: 90,
      longBouts: 2,
      postureChanges: 4,
      snacksDone: 4,
    });
    expect(r.sitting.longestBout).toEqual({ minutes: 70, date: '2026-11-03' });
    expect(r.sitting.prompts).toEqual({ shown: 15, done: 9 });
    expect(r.sitting.weeks).toEqual([
      { from: '2026-11-02', to: '2026-11-08', trackedDays: 2, sittingMin: 310, standingMin: 75 },
      { from: '2026-11-09', to: '2026-11-15', trackedDays: 1, sittingMin: 280, standingMin: 120 },
    ]);
  });

  it('keeps flare-ups that touch the period, activities first and latest, and only the chosen notes', () => {
    const r = composeReport(sources());
    expect(r.pacing.flares).toEqual([{ entered: '2026-11-12', left: null, sharePct: 60 }]);
    expect(r.checkins.activities).toEqual([
      {
        name: 'Gardening',
        first: { date: '2026-11-03', score: 3 },
        latest: { date: '2026-11-10', score: 5 },
        change: 2,
      },
      {
        name: 'Socks',
        first: { date: '2026-11-10', score: 7 },
        latest: { date: '2026-11-10', score: 7 },
        change: 0,
      },
    ]);
    expect(r.checkins.notes).toEqual([{ date: '2026-11-10', text: 'Walked further' }]);
    expect(r.redFlags).toEqual([{ date: '2026-11-10', flags: ['rf-leg-weakness'] }]);
    expect(r.planNote).toBeNull();
    expect(
      composeReport(
        sources({
          request: reportRequestSchema.parse({ from: '2026-11-02', to: '2026-11-15', planNote: true }),
        }),
      ).planNote,
    ).toBe('Left side');
  });

  it('says nothing about sitting when no day was tracked', () => {
    const r = composeReport(sources({ days: [emptyDay('2026-11-02')] }));
    expect(r.sitting.medians).toBeNull();
    expect(r.sitting.longestBout).toBeNull();
  });

  it('refuses a backwards or over-long period, and a broken date, with a message', () => {
    expect(
      reportRequestSchema.safeParse({ from: '2026-11-15', to: '2026-11-02' }).error?.issues[0]?.message,
    ).toBe('"from" must not be after "to"');
    expect(
      reportRequestSchema.safeParse({ from: '2025-01-01', to: '2026-11-02' }).error?.issues[0]?.message,
    ).toBe('a report covers at most 366 days');
    expect(reportRequestSchema.safeParse({ from: '', to: '2026-11-02' }).success).toBe(false);
  });

  it('median: odd, even, one value', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow();
  });
});

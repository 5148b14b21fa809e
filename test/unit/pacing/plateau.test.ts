import { describe, expect, it } from 'vitest';
import type { FlarePeriod } from '../../../shared/pacing/flare';
import { type PlateauPoint, plateauOf } from '../../../shared/pacing/plateau';

/** Check-ins made on Tuesdays of the weeks starting on these Mondays. */
const weeks = [
  '2026-09-07',
  '2026-09-14',
  '2026-09-21',
  '2026-09-28',
  '2026-10-05',
  '2026-10-12',
  '2026-10-19',
];
const tuesday = (week: string) => `${week.slice(0, 8)}${String(Number(week.slice(8)) + 1).padStart(2, '0')}`;

function points(...scores: [number, number | null][]): PlateauPoint[] {
  return scores.map(([peg, psfs], i) => {
    const week = weeks[i] ?? '';
    return { week, date: tuesday(week), peg, psfs };
  });
}

const allMet = () => true;
const none: FlarePeriod[] = [];

describe('plateau signposting rule', () => {
  it('needs four check-ins: three unchanged ones are not a plateau yet', () => {
    const three = points([6, 4], [6, 4], [6, 4.5]);
    expect(plateauOf({ points: three, goalsMet: allMet, flares: none, lastNoted: null })).toBeNull();
  });

  it('four check-ins with goals met and no meaningful change are a plateau', () => {
    const four = points([6, 4], [6, 4], [5.7, 4.5], [5.3, 5]);
    expect(plateauOf({ points: four, goalsMet: allMet, flares: none, lastNoted: null })).toEqual({
      from: '2026-09-07',
      to: '2026-09-28',
      checkins: 4,
      peg: { first: 6, latest: 5.3 },
      psfs: { first: 4, latest: 5 },
    });
  });

  it('a meaningful improvement in PEG (30 %) or in the activity scale (2 points) is not a plateau', () => {
    const pegBetter = points([6, 4], [6, 4], [5, 4], [4.2, 4]);
    const psfsBetter = points([6, 4], [6, 4], [6, 5], [6, 6]);
    expect(plateauOf({ points: pegBetter, goalsMet: allMet, flares: none, lastNoted: null })).toBeNull();
    expect(plateauOf({ points: psfsBetter, goalsMet: allMet, flares: none, lastNoted: null })).toBeNull();
  });

  it('function falling counts even when pain eased', () => {
    const fell = points([6, 6], [5, 5], [4.5, 4.5], [4, 4]);
    expect(plateauOf({ points: fell, goalsMet: allMet, flares: none, lastNoted: null })?.psfs).toEqual({
      first: 6,
      latest: 4,
    });
  });

  it('a missed week does not break the run: four check-ins over five weeks still count', () => {
    const five = points([6, 4], [6, 4], [6, 4], [6, 4], [6, 4]);
    const missed = [five[0], five[1], five[3], five[4]].filter((p) => p !== undefined);
    expect(plateauOf({ points: missed, goalsMet: allMet, flares: none, lastNoted: null })).toMatchObject({
      from: '2026-09-07',
      to: '2026-10-05',
      checkins: 4,
    });
  });

  it('a flare-up in between starts a new run', () => {
    const five = points([6, 4], [6, 4], [6, 4], [6, 4], [6, 4]);
    // In flare from Wed 16 Sep to Fri 18 Sep, then 2 return days: the check-in of 22 Sep reports on it.
    const flare: FlarePeriod = { entered: '2026-09-16', left: '2026-09-18', sharePct: 50, returnDays: 2 };
    expect(plateauOf({ points: five, goalsMet: allMet, flares: [flare], lastNoted: null })).toBeNull();
    // The run restarts after the check-in of 22 Sep: 29 Sep, 6, 13 and 20 Oct make four.
    const six = points([6, 4], [6, 4], [6, 4], [6, 4], [6, 4], [6, 4]);
    expect(plateauOf({ points: six, goalsMet: allMet, flares: [flare], lastNoted: null })).toBeNull();
    const seven = points([6, 4], [6, 4], [6, 4], [6, 4], [6, 4], [6, 4], [6, 4]);
    expect(plateauOf({ points: seven, goalsMet: allMet, flares: [flare], lastNoted: null })).toMatchObject({
      from: '2026-09-28',
      to: '2026-10-19',
    });
  });

  it('goals not met in one reported week: no note (it is not "despite solid self-care")', () => {
    const four = points([6, 4], [6, 4], [6, 4], [6, 4]);
    const missedGoal = (week: string) => week !== '2026-09-14';
    expect(plateauOf({ points: four, goalsMet: missedGoal, flares: none, lastNoted: null })).toBeNull();
  });

  it('once per plateau: after a note, four new check-ins are needed', () => {
    const six = points([6, 4], [6, 4], [6, 4], [6, 4], [6, 4], [6, 4]);
    expect(plateauOf({ points: six, goalsMet: allMet, flares: none, lastNoted: '2026-09-28' })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  type Checkin,
  checkinAnswersSchema,
  pegChange,
  pegScore,
  psfsChange,
  psfsScore,
} from '../../../shared/pacing/checkin';
import { checkinDue, checkinPromptAt } from '../../../shared/pacing/due';
import { periodFigures, reviewState, trendsOf } from '../../../shared/pacing/trends';
import { emptyDay } from '../../../shared/summary';

const answers = {
  peg: { pain: 6, enjoyment: 5, activity: 7 },
  activities: [
    { name: 'Putting on socks', score: 4 },
    { name: 'Gardening', score: 3 },
  ],
  stiffness: 6,
  sleep: 5,
  confidence: 4,
};

function checkin(date: string, week: string, over: Partial<Checkin> = {}): Checkin {
  return { ...checkinAnswersSchema.parse(answers), date, week, at: Date.parse(`${date}T10:00:00Z`), ...over };
}

describe('check-in answers', () => {
  it('accepts a complete check-in and trims names and the note', () => {
    const parsed = checkinAnswersSchema.parse({
      ...answers,
      activities: [{ name: '  Walking  ', score: 5 }],
      note: ' ok ',
    });
    expect(parsed.activities[0]?.name).toBe('Walking');
    expect(parsed.note).toBe('ok');
  });

  it.each([
    ['a score above 10', { ...answers, stiffness: 11 }, 'stiffness', 'must be from 0 to 10'],
    [
      'a negative score',
      { ...answers, peg: { ...answers.peg, pain: -1 } },
      'peg.pain',
      'must be from 0 to 10',
    ],
    ['a fraction', { ...answers, sleep: 4.5 }, 'sleep', 'must be a whole number from 0 to 10'],
    [
      'an empty activity name',
      { ...answers, activities: [{ name: '   ', score: 3 }] },
      'activities.0.name',
      'name the activity',
    ],
    [
      'four activities',
      { ...answers, activities: [1, 2, 3, 4].map((i) => ({ name: `a${i}`, score: 1 })) },
      'activities',
      'at most 3',
    ],
    [
      'the same activity twice',
      {
        ...answers,
        activities: [
          { name: 'Walk', score: 1 },
          { name: 'walk', score: 2 },
        ],
      },
      'activities',
      'only once',
    ],
    ['a missing item', { ...answers, confidence: undefined }, 'confidence', 'number'],
  ])('refuses %s with a message naming the field', (_label, input, path, message) => {
    const result = checkinAnswersSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join('.') === path);
    expect(issue?.message).toContain(message);
  });
});

describe('scores', () => {
  it('PEG-3 is the mean of its three items; PSFS the mean of the rated activities', () => {
    expect(pegScore({ pain: 6, enjoyment: 5, activity: 7 })).toBe(6);
    expect(pegScore({ pain: 3, enjoyment: 4, activity: 4 })).toBe(3.7);
    expect(
      psfsScore([
        { name: 'a', score: 4 },
        { name: 'b', score: 3 },
      ]),
    ).toBe(3.5);
    expect(psfsScore([])).toBeNull();
  });

  it('counts 2 PSFS points as a meaningful change, and less as steady', () => {
    expect(psfsChange(3.5, 5.5)).toEqual({ delta: 2, trend: 'better' });
    expect(psfsChange(3.5, 5)).toEqual({ delta: 1.5, trend: 'steady' });
    expect(psfsChange(6, 3)).toEqual({ delta: -3, trend: 'worse' });
  });

  it('counts a 30 % change (at least 1 point) in PEG, lower being better', () => {
    expect(pegChange(6, 4.2)).toEqual({ delta: -1.8, trend: 'better' });
    expect(pegChange(6, 4.3)).toEqual({ delta: -1.7, trend: 'steady' });
    expect(pegChange(2, 3)).toEqual({ delta: 1, trend: 'worse' });
    expect(pegChange(1, 1.5)).toEqual({ delta: 0.5, trend: 'steady' });
  });
});

describe('trends', () => {
  const day = (date: string, sittingMin: number, standingMin: number, longest: number) => ({
    ...emptyDay(date),
    sittingMin,
    standingMin,
    longestSittingBoutMin: longest,
  });
  const summaries = [
    day('2026-11-02', 400, 60, 90),
    day('2026-11-03', 300, 100, 60),
    day('2026-11-09', 280, 120, 45),
    day('2026-11-15', 0, 0, 0),
  ];

  it('pairs each check-in with the seven days before it', () => {
    expect(periodFigures(summaries, '2026-11-02', '2026-11-08')).toEqual({
      from: '2026-11-02',
      to: '2026-11-08',
      trackedDays: 2,
      avgSittingMin: 350,
      avgStandingMin: 80,
      longestSittingBoutMin: 90,
    });
    expect(periodFigures(summaries, '2026-11-10', '2026-11-16')).toBeNull();
  });

  it('orders check-ins and reports the change since the first', () => {
    const first = checkin('2026-11-09', '2026-11-09');
    const second = checkin('2026-11-16', '2026-11-16', {
      peg: { pain: 4, enjoyment: 3, activity: 4 },
      activities: [{ name: 'Putting on socks', score: 7 }],
      confidence: 7,
    });
    const t = trendsOf([second, first], summaries, [], '2026-11-16');
    expect(t.points.map((p) => [p.date, p.peg, p.psfs, p.figures?.longestSittingBoutMin ?? null])).toEqual([
      ['2026-11-09', 6, 3.5, 90],
      ['2026-11-16', 3.7, 7, 45],
    ]);
    expect(t.change).toEqual({
      peg: { delta: -2.3, trend: 'better' },
      psfs: { delta: 3.5, trend: 'better' },
      stiffness: 0,
      sleep: 0,
      confidence: 3,
    });
    expect(trendsOf([first], summaries, [], '2026-11-09').change).toBeNull();
  });

  it('nudges a plan review four weeks after the first check-in, then four weeks after each review', () => {
    expect(reviewState(null, [], '2026-12-31')).toEqual({ due: false, nextOn: null });
    expect(reviewState('2026-11-02', [], '2026-11-29')).toEqual({ due: false, nextOn: '2026-11-30' });
    expect(reviewState('2026-11-02', [], '2026-11-30').due).toBe(true);
    expect(reviewState('2026-11-02', ['2026-12-01'], '2026-12-05')).toEqual({
      due: false,
      nextOn: '2026-12-29',
    });
  });
});

describe('check-in prompt', () => {
  const opts = { timeZone: 'Europe/Berlin', dayStart: '04:00' };
  const schedule = { enabled: true, day: 1, time: '10:00' };
  const at = (iso: string) => Date.parse(iso);

  it('is due from the set day and time until this week’s check-in is made', () => {
    const base = { opts, schedule, doneWeeks: [] as string[], snoozedUntil: null };
    expect(checkinDue({ ...base, now: at('2026-11-09T08:59:00Z') })).toMatchObject({
      week: '2026-11-09',
      due: false,
    });
    expect(checkinDue({ ...base, now: at('2026-11-09T09:00:00Z') }).due).toBe(true);
    expect(checkinDue({ ...base, now: at('2026-11-13T15:00:00Z') }).due).toBe(true);
    expect(checkinDue({ ...base, now: at('2026-11-13T15:00:00Z'), doneWeeks: ['2026-11-09'] }).due).toBe(
      false,
    );
    expect(
      checkinDue({ ...base, now: at('2026-11-09T10:00:00Z'), snoozedUntil: at('2026-11-09T11:00:00Z') }).due,
    ).toBe(false);
    expect(
      checkinDue({ ...base, now: at('2026-11-09T12:00:00Z'), schedule: { ...schedule, enabled: false } }).due,
    ).toBe(false);
  });

  it('places a Sunday check-in at the end of the Monday-based week', () => {
    expect(checkinPromptAt('2026-11-09', { enabled: true, day: 0, time: '18:30' }, 'Europe/Berlin')).toBe(
      at('2026-11-15T17:30:00Z'),
    );
  });
});

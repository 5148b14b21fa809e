import { describe, expect, it } from 'vitest';
import { type PacingRecord, pacingRecordSchema } from '../../../shared/pacing/records';
import { sessionFieldsSchema, sorenessNoteApplies } from '../../../shared/pacing/session';
import { foldPacing } from '../../../shared/pacing/state';
import { fields, walkGoal } from './helpers';

const walk = fields(walkGoal());
const base = { at: 1, date: '2026-11-02' };

describe('pacing records', () => {
  it('validates a record and refuses unknown fields or bad values', () => {
    expect(
      pacingRecordSchema.safeParse({ ...base, type: 'pacing.flare-entered', sharePct: 50 }).success,
    ).toBe(true);
    expect(pacingRecordSchema.safeParse({ ...base, type: 'pacing.flare-entered', sharePct: 5 }).success).toBe(
      false,
    );
    expect(
      pacingRecordSchema.safeParse({ ...base, type: 'checkin.guidance-shown', answers: [] }).success,
    ).toBe(false);
    expect(
      pacingRecordSchema.safeParse({
        ...base,
        type: 'pacing.goal-created',
        goalId: 'g1',
        fields: { ...walk, name: '' },
        sessions: [],
      }).success,
    ).toBe(false);
  });

  it('folds goals, sessions, flares and check-ins into the current state', () => {
    const records: PacingRecord[] = [
      { ...base, type: 'pacing.goal-created', goalId: 'g1', fields: walk, sessions: [] },
      {
        ...base,
        at: 2,
        type: 'pacing.session-logged',
        goalId: 'g1',
        sessionId: 's1',
        minutes: 12,
        before: 3,
        after: 4,
        note: '',
      },
      { ...base, at: 3, type: 'pacing.goal-edited', goalId: 'g1', fields: { ...walk, name: 'Evening walk' } },
      { ...base, at: 4, type: 'pacing.baseline-set', goalId: 'g1', value: 8 },
      { ...base, at: 5, type: 'pacing.hold-week', goalId: 'g1', week: '2026-11-09', hold: true },
      { ...base, at: 6, type: 'pacing.flare-entered', sharePct: 40 },
      { ...base, at: 7, date: '2026-11-04', type: 'pacing.flare-left', returnDays: 3 },
      { ...base, at: 8, type: 'checkin.plan-reviewed' },
      { ...base, at: 9, type: 'checkin.guidance-shown' },
    ];
    const s = foldPacing(records);
    expect(s.problems).toEqual([]);
    expect(s.goals).toEqual([
      {
        ...walk,
        name: 'Evening walk',
        id: 'g1',
        createdDate: '2026-11-02',
        baselineOverride: { value: 8, date: '2026-11-02' },
        holdWeeks: ['2026-11-09'],
      },
    ]);
    expect(s.sessions.get('g1')?.map((x) => x.minutes)).toEqual([12]);
    expect(s.flares).toEqual([{ entered: '2026-11-02', left: '2026-11-04', sharePct: 40, returnDays: 3 }]);
    expect(s.activeFlare).toBeNull();
    expect(s.reviews).toEqual(['2026-11-02']);
    expect(s.guidanceShown).toEqual([9]);
  });

  it('keeps sessions of a deleted goal and reports records that do not fit', () => {
    const s = foldPacing([
      { ...base, type: 'pacing.goal-created', goalId: 'g1', fields: walk, sessions: [] },
      {
        ...base,
        type: 'pacing.session-logged',
        goalId: 'g1',
        sessionId: 's1',
        minutes: 12,
        before: null,
        after: null,
        note: '',
      },
      { ...base, type: 'pacing.goal-deleted', goalId: 'g1', sessions: 1 },
      {
        ...base,
        type: 'pacing.session-logged',
        goalId: 'g1',
        sessionId: 's2',
        minutes: 5,
        before: null,
        after: null,
        note: '',
      },
      { ...base, type: 'pacing.goal-created', goalId: 'g1', fields: walk, sessions: [] },
      { ...base, type: 'pacing.flare-left', returnDays: 5 },
    ]);
    expect(s.goals).toEqual([]);
    expect(s.deleted).toEqual([{ goalId: 'g1', name: 'Walk', date: '2026-11-02' }]);
    expect(s.sessions.get('g1')?.map((x) => x.id)).toEqual(['s1']);
    expect(s.problems).toEqual([
      'pacing.session-logged at 1: no such goal',
      'pacing.goal-created at 1: goal id used before',
      'pacing.flare-left at 1: flare mode is not on',
    ]);
  });

  it('keeps the first check-in of a week', () => {
    const answers = {
      peg: { pain: 1, enjoyment: 1, activity: 1 },
      activities: [],
      stiffness: 1,
      sleep: 1,
      confidence: 1,
      note: '',
    };
    const s = foldPacing([
      { ...base, type: 'checkin.submitted', week: '2026-11-02', answers },
      { ...base, at: 2, type: 'checkin.submitted', week: '2026-11-02', answers: { ...answers, sleep: 9 } },
    ]);
    expect(s.checkins.map((c) => c.sleep)).toEqual([1]);
    expect(s.problems).toHaveLength(1);
  });
});

describe('sessions', () => {
  it('refuses zero, negative and absurd minutes and out-of-range symptoms', () => {
    expect(sessionFieldsSchema.safeParse({ minutes: 0 }).error?.issues[0]?.message).toBe(
      'minutes must be more than 0',
    );
    expect(sessionFieldsSchema.safeParse({ minutes: 601 }).success).toBe(false);
    expect(sessionFieldsSchema.safeParse({ minutes: 10, after: 11 }).success).toBe(false);
    expect(sessionFieldsSchema.parse({ minutes: 10 })).toEqual({
      minutes: 10,
      before: null,
      after: null,
      note: '',
    });
  });

  it('shows the expected-soreness note when symptoms are higher after', () => {
    expect(sorenessNoteApplies(3, 5)).toBe(true);
    expect(sorenessNoteApplies(null, 2)).toBe(true);
    expect(sorenessNoteApplies(5, 5)).toBe(false);
    expect(sorenessNoteApplies(4, null)).toBe(false);
  });
});

describe('session ids', () => {
  it('are unique across goals, including the sessions a goal was created with', () => {
    const session = { sessionId: 's1', minutes: 5, before: null, after: null, note: '' };
    const s = foldPacing([
      {
        ...base,
        type: 'pacing.goal-created',
        goalId: 'g1',
        fields: walk,
        sessions: [{ ...session, date: base.date }],
      },
      { ...base, type: 'pacing.goal-created', goalId: 'g2', fields: walk, sessions: [] },
      { ...base, type: 'pacing.session-logged', goalId: 'g2', ...session },
    ]);
    expect(s.problems).toEqual(['pacing.session-logged at 1: session id used before']);
    expect(s.sessions.get('g2')).toEqual([]);
  });
});

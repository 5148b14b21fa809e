import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../main/errors';
import { createPacing, MemoryPacingStore } from '../../../main/services/pacing';
import { type PacingChannel, pacingChannels } from '../../../shared/pacing/ipc';
import type { MeasuredDay } from '../../../shared/pacing/measured';
import { defaultSettings } from '../../../shared/settings';
import { emptyDay } from '../../../shared/summary';
import { addDays, type DayOptions, instantOf } from '../../../shared/time';

const opts: DayOptions = { timeZone: 'Europe/Berlin', dayStart: '04:00' };
const walk = {
  name: 'Walk',
  metric: 'session-min',
  cadence: { kind: 'every-other-day' },
  progression: { mode: 'percent', pct: 10 },
  aim: null,
} as const;

function setup(start = '2026-11-04', measured: MeasuredDay[] = []) {
  const clock = { t: instantOf(start, 12 * 60, opts.timeZone) };
  const store = new MemoryPacingStore();
  let settings = defaultSettings;
  const make = () =>
    createPacing({
      store,
      now: () => clock.t,
      dayOptions: () => opts,
      settings: () => settings,
      range: (from, to) =>
        measured
          .filter((d) => d.date >= from && d.date <= to)
          .map((d) => ({
            ...emptyDay(d.date),
            sittingMin: 300,
            standingMin: d.standingMin,
            longestSittingBoutMin: d.longestSittingBoutMin,
          })),
      events: () => [],
    });
  let app = make();
  // Validates like the router does, then calls the handler.
  const call = {
    'pacing.get': (p?: unknown) => app.handlers['pacing.get'](pacingChannels['pacing.get'].request.parse(p)),
    'pacing.createGoal': (p?: unknown) =>
      app.handlers['pacing.createGoal'](pacingChannels['pacing.createGoal'].request.parse(p)),
    'pacing.updateGoal': (p?: unknown) =>
      app.handlers['pacing.updateGoal'](pacingChannels['pacing.updateGoal'].request.parse(p)),
    'pacing.deleteGoal': (p?: unknown) =>
      app.handlers['pacing.deleteGoal'](pacingChannels['pacing.deleteGoal'].request.parse(p)),
    'pacing.logSession': (p?: unknown) =>
      app.handlers['pacing.logSession'](pacingChannels['pacing.logSession'].request.parse(p)),
    'pacing.flare': (p?: unknown) =>
      app.handlers['pacing.flare'](pacingChannels['pacing.flare'].request.parse(p)),
    'checkin.get': (p?: unknown) =>
      app.handlers['checkin.get'](pacingChannels['checkin.get'].request.parse(p)),
    'checkin.submit': (p?: unknown) =>
      app.handlers['checkin.submit'](pacingChannels['checkin.submit'].request.parse(p)),
    'checkin.snooze': (p?: unknown) =>
      app.handlers['checkin.snooze'](pacingChannels['checkin.snooze'].request.parse(p)),
    'checkin.guidanceShown': (p?: unknown) =>
      app.handlers['checkin.guidanceShown'](pacingChannels['checkin.guidanceShown'].request.parse(p)),
    'checkin.trends': (p?: unknown) =>
      app.handlers['checkin.trends'](pacingChannels['checkin.trends'].request.parse(p)),
    'checkin.reviewed': (p?: unknown) =>
      app.handlers['checkin.reviewed'](pacingChannels['checkin.reviewed'].request.parse(p)),
    'checkin.dismissPlateau': (p?: unknown) =>
      app.handlers['checkin.dismissPlateau'](pacingChannels['checkin.dismissPlateau'].request.parse(p)),
  } satisfies Record<PacingChannel, (p?: unknown) => unknown>;
  return {
    store,
    clock,
    call,
    restart: () => {
      app = make();
    },
    setSettings: (s: typeof settings) => {
      settings = s;
    },
    app: () => app,
  };
}

const days = (n: number) => n * 86_400_000;

describe('pacing services', () => {
  it('creates a walking goal from 3 sessions and shows the baseline and next week’s target', () => {
    const t = setup();
    const view = t.call['pacing.createGoal']({
      fields: walk,
      sessions: [
        { date: '2026-11-02', minutes: 10 },
        { date: '2026-11-03', minutes: 12 },
        { minutes: 14, before: 3, after: 4 },
      ],
    });
    expect(view.plan.status).toBe('active');
    if (view.plan.status !== 'active') return;
    expect(view.plan.baseline.value).toBe(9.6);
    expect(view.plan.thisWeek.target).toBe(10);
    expect(view.plan.nextStep.ifMet).toBe(11);
    expect(view.recent.map((s) => s.date)).toEqual(['2026-11-04', '2026-11-03', '2026-11-02']);
    expect(t.store.lines).toHaveLength(1);
    // The state survives a restart: it is a fold of the records.
    t.restart();
    expect(t.call['pacing.get']().goals[0]?.plan).toEqual(view.plan);
  });

  it('refuses a session in the future or too far back, and saves nothing', () => {
    const t = setup();
    const bad = (sessions: unknown[]) => () => t.call['pacing.createGoal']({ fields: walk, sessions });
    expect(bad([{ date: '2026-11-05', minutes: 10 }])).toThrow(
      /"code":"sessionInFuture","date":"2026-11-05"/,
    );
    expect(bad([{ date: '2026-10-01', minutes: 10 }])).toThrow(/"code":"sessionTooOld","days":14/);
    expect(bad([{ minutes: 0 }])).toThrow(/minutes must be more than 0/);
    expect(() => t.call['pacing.createGoal']({ fields: { ...walk, name: '  ' } })).toThrow(
      /give the goal a name/,
    );
    expect(t.store.lines).toHaveLength(0);
  });

  it('dates a session by the day start: 03:30 belongs to the day before', () => {
    const t = setup();
    const { goal } = t.call['pacing.createGoal']({ fields: walk });
    t.clock.t = instantOf('2026-11-09', 3 * 60 + 30, opts.timeZone);
    const logged = t.call['pacing.logSession']({ goalId: goal.id, minutes: 12 });
    expect(logged.session.date).toBe('2026-11-08');
  });

  it('logs sessions with symptoms and flags the expected-soreness note', () => {
    const t = setup();
    const { goal } = t.call['pacing.createGoal']({ fields: walk });
    expect(
      t.call['pacing.logSession']({ goalId: goal.id, minutes: 12, before: 2, after: 4 }).sorenessNote,
    ).toBe(true);
    expect(
      t.call['pacing.logSession']({ goalId: goal.id, minutes: 12, before: 4, after: 3 }).sorenessNote,
    ).toBe(false);
    expect(() => t.call['pacing.logSession']({ goalId: goal.id, minutes: 12, after: 12 })).toThrow();
    expect(() => t.call['pacing.logSession']({ goalId: 'g-nope', minutes: 12 })).toThrow(
      /"code":"goalMissing"/,
    );
  });

  it('asks for confirmation before deleting a goal with history, and keeps its sessions', () => {
    const t = setup();
    const { goal } = t.call['pacing.createGoal']({ fields: walk, sessions: [{ minutes: 10 }] });
    let error: unknown;
    try {
      t.call['pacing.deleteGoal']({ goalId: goal.id });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error instanceof UserFacingError && error.reason).toEqual({
      code: 'goalHasSessions',
      name: 'Walk',
      sessions: 1,
    });
    expect(error instanceof UserFacingError && error.issues).toEqual([
      { code: 'required', path: 'confirmHistory' },
    ]);
    expect(t.call['pacing.get']().goals).toHaveLength(1);
    expect(t.call['pacing.deleteGoal']({ goalId: goal.id, confirmHistory: true })).toEqual({
      deleted: true,
      sessionsKept: 1,
    });
    expect(t.call['pacing.get']().goals).toEqual([]);
    expect(t.app().ledger.state.sessions.get(goal.id)).toHaveLength(1);
    expect(() => t.call['pacing.logSession']({ goalId: goal.id, minutes: 5 })).toThrow(
      /"code":"goalDeleted","name":"Walk","date":"2026-11-04"/,
    );
  });

  it('refuses to change a goal’s kind, allows one change per request', () => {
    const t = setup();
    const { goal } = t.call['pacing.createGoal']({ fields: walk });
    expect(() =>
      t.call['pacing.updateGoal']({ goalId: goal.id, fields: { ...walk, metric: 'standing-min' } }),
    ).toThrow(/"code":"goalKindFixed"/);
    expect(() =>
      t.call['pacing.updateGoal']({
        goalId: goal.id,
        baseline: 8,
        holdWeek: { week: '2026-11-09', hold: true },
      }),
    ).toThrow(/one thing at a time/);
    const edited = t.call['pacing.updateGoal']({ goalId: goal.id, baseline: 8 });
    expect(edited.plan.status === 'active' && edited.plan.thisWeek.target).toBe(8);
    const held = t.call['pacing.updateGoal']({
      goalId: goal.id,
      holdWeek: { week: '2026-11-09', hold: true },
    });
    expect(held.plan.status === 'active' && held.plan.nextStep.reasonIfMet).toBe('hold-week');
    expect(() =>
      t.call['pacing.updateGoal']({ goalId: goal.id, holdWeek: { week: '2026-11-10', hold: true } }),
    ).toThrow(/"code":"holdWeekNotMonday"/);
  });

  it('flare mode halves today’s targets, is journaled, and steps back over the return days', () => {
    const t = setup();
    t.call['pacing.createGoal']({
      fields: { ...walk, cadence: { kind: 'daily' } },
      sessions: [20, 20, 20].map((minutes, i) => ({ date: `2026-11-0${i + 2}`, minutes })),
    });
    const on = t.call['pacing.flare']({ on: true });
    expect(on.flare).toMatchObject({
      active: true,
      since: '2026-11-04',
      sharePct: 50,
      today: { phase: 'flare' },
    });
    const today = on.goals[0]?.plan;
    expect(today?.status === 'active' && today.today.target).toBe(8);
    expect(() => t.call['pacing.flare']({ on: true })).toThrow(/"code":"flareAlreadyOn"/);
    t.clock.t += days(2);
    t.setSettings({ ...defaultSettings, flare: { sharePct: 50, returnDays: 2 } });
    const off = t.call['pacing.flare']({ on: false });
    expect(off.flare).toMatchObject({ active: false, today: { phase: 'return', factor: 0.75 } });
    expect(() => t.call['pacing.flare']({ on: false })).toThrow(/"code":"flareNotOn"/);
    expect(t.store.lines.map((l) => l.type)).toEqual([
      'pacing.goal-created',
      'pacing.flare-entered',
      'pacing.flare-left',
    ]);
  });

  it('builds a measured standing goal from the day summaries', () => {
    const measured = ['2026-11-05', '2026-11-06', '2026-11-07'].map((date) => ({
      date,
      standingMin: 100,
      longestSittingBoutMin: 50,
      snacksDone: 0,
    }));
    const t = setup('2026-11-09', measured);
    const view = t.call['pacing.createGoal']({
      fields: { ...walk, metric: 'standing-min', name: 'Stand', aim: 240 },
    });
    expect(view.plan.status === 'active' && view.plan.baseline.value).toBe(80);
    expect(() => t.call['pacing.logSession']({ goalId: view.goal.id, minutes: 5 })).toThrow(
      /"code":"goalMeasured"/,
    );
  });
});

describe('check-in services', () => {
  const answers = {
    peg: { pain: 6, enjoyment: 5, activity: 7 },
    activities: [{ name: 'Gardening', score: 3 }],
    stiffness: 5,
    sleep: 6,
    confidence: 4,
  };

  it('is due after the set time, takes one check-in a week, and reports trends', () => {
    const t = setup('2026-11-09'); // Monday 12:00, after the default 10:00 prompt
    expect(t.call['checkin.get']()).toMatchObject({ week: '2026-11-09', due: true, done: null });
    expect(t.call['checkin.snooze']({ minutes: 60 }).due).toBe(false);
    const first = t.call['checkin.submit'](answers);
    expect(first.trends.points).toHaveLength(1);
    expect(t.call['checkin.get']()).toMatchObject({ due: false, lastActivities: ['Gardening'] });
    expect(() => t.call['checkin.submit'](answers)).toThrow(/"code":"checkinDone","date":"2026-11-09"/);
    t.clock.t += days(7);
    const second = t.call['checkin.submit']({
      ...answers,
      peg: { pain: 3, enjoyment: 3, activity: 3 },
      activities: [{ name: 'Gardening', score: 6 }],
    });
    expect(second.trends.change).toMatchObject({
      peg: { delta: -3, trend: 'better' },
      psfs: { delta: 3, trend: 'better' },
    });
    expect(() => t.call['checkin.submit']({ ...answers, stiffness: 11 })).toThrow(/from 0 to 10/);
  });

  it('records only that guidance was shown, and the plan review', () => {
    const t = setup('2026-11-09');
    expect(t.call['checkin.guidanceShown']()).toEqual({ recorded: true });
    expect(t.store.lines.at(-1)).toEqual({
      type: 'checkin.guidance-shown',
      at: t.clock.t,
      date: '2026-11-09',
    });
    t.call['checkin.submit'](answers);
    t.clock.t += days(28);
    expect(t.call['checkin.trends']().review.due).toBe(true);
    expect(t.call['checkin.reviewed']().review).toEqual({ due: false, nextOn: '2027-01-04' });
  });
  it('keeps red-flag answers only when sent, and notes a plateau once, until put away', () => {
    const standing = Array.from({ length: 60 }, (_, i) => ({
      date: addDays('2026-09-20', i),
      standingMin: 120,
      longestSittingBoutMin: 40,
      snacksDone: 0,
    }));
    const t = setup('2026-10-05', standing);
    t.call['checkin.guidanceShown']();
    t.call['checkin.guidanceShown']({ flags: ['rf-night-pain'] });
    expect(t.app().ledger.state.redFlagReports).toEqual([
      { date: '2026-10-05', at: t.clock.t, flags: ['rf-night-pain'] },
    ]);
    expect(() => t.call['checkin.guidanceShown']({ flags: ['cancer'] })).toThrow(/not a red-flag question/);

    t.call['pacing.createGoal']({
      fields: {
        name: 'Stand',
        metric: 'standing-min',
        cadence: { kind: 'daily' },
        progression: { mode: 'percent', pct: 10 },
        aim: 100,
      },
    });
    const notes: unknown[] = [];
    for (let i = 0; i < 5; i++) {
      t.clock.t += days(i === 0 ? 8 : 7); // Tuesdays from 13 Oct
      notes.push(t.call['checkin.submit'](answers).plateau);
    }
    // Four check-ins (13, 20, 27 Oct, 3 Nov) on met weeks with no change: one note, not repeated on 10 Nov.
    expect(notes).toEqual([
      null,
      null,
      null,
      { week: '2026-11-02', from: '2026-10-12', date: '2026-11-03' },
      null,
    ]);
    expect(t.call['checkin.get']().plateau).toEqual({
      week: '2026-11-02',
      from: '2026-10-12',
      date: '2026-11-03',
    });
    expect(t.call['checkin.dismissPlateau']({ week: '2026-11-02' }).plateau).toBeNull();
    expect(t.store.lines.filter((l) => l.type.startsWith('checkin.plateau')).map((l) => l.type)).toEqual([
      'checkin.plateau-noted',
      'checkin.plateau-dismissed',
    ]);
  });
});

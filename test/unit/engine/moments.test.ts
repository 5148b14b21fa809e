/** Prompts that respect the moment: calls, Do Not Disturb, pauses in typing, calendar, caps. Europe/Berlin. */
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../../main/cli/scenario';
import { defaultSettings, mergeSettings, type Settings } from '../../../shared/settings';
import { log, only, run } from './helpers';

const D = '2025-06-02'; // a Monday
const t = (time: string) => `${D}T${time}`;
const Z = 'Europe/Berlin';

describe('a call holds prompts (on by default)', () => {
  it('a call 09:20–10:05 during a 30:15 day: no prompt while it is on, one catch-up at its end', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:20'), context: { call: true } },
      { at: t('10:05'), context: { call: false } },
      { at: t('10:20'), idle: 0 },
    ]);
    expect(only(log(r.events), 'context', 'prompt')).toEqual([
      '09:20 context call',
      '09:30 prompt-due stand',
      '09:30 prompt-deferred stand (call)',
      // The held prompt is older than the next scheduled one: superseded, the new one held too.
      '10:00 prompt-cleared stand superseded',
      '10:00 prompt-due escalate',
      '10:00 prompt-deferred escalate (call)',
      '10:05 context none',
      '10:05 prompt-shown escalate #1 catch-up after 300 s',
    ]);
    expect(r.days[0]?.prompts).toMatchObject({ shown: 1, held: 2, heldBy: { call: 2 }, medianDelaySec: 300 });
    // Held prompts keep counting sitting time.
    expect(r.days[0]?.sittingMin).toBe(80);
  });

  it('only the reason word is recorded', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:20'), context: { call: true } },
      { at: t('09:40'), idle: 0 },
    ]);
    const context = r.events.filter((e) => e.type === 'context');
    expect(context).toEqual([
      { type: 'context', at: Date.parse('2025-06-02T09:20:00+02:00'), reasons: ['call'] },
    ]);
  });

  it('with call deferral turned off, the prompt shows during the call', () => {
    const settings = mergeSettings(defaultSettings, { interruptions: { call: false } });
    const r = run(
      [
        { at: t('09:00'), idle: 0 },
        { at: t('09:20'), context: { call: true } },
        { at: t('09:40'), idle: 0 },
      ],
      Z,
      settings,
    );
    expect(only(log(r.events), 'prompt-shown', 'prompt-deferred')).toEqual(['09:30 prompt-shown stand #1']);
  });

  it('a call that starts while a prompt is on screen takes it down until the call ends', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:31'), context: { call: true } },
      { at: t('09:36'), context: { call: false } },
      { at: t('09:40'), idle: 0 },
    ]);
    expect(only(log(r.events), 'prompt')).toEqual([
      '09:30 prompt-due stand',
      '09:30 prompt-shown stand #1',
      '09:31 prompt-deferred stand (call)',
      '09:36 prompt-shown stand #2 catch-up',
    ]);
  });
});

describe('Do Not Disturb', () => {
  it('DND on: held, one catch-up when it ends', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:25'), context: { dnd: true } },
      { at: t('09:50'), context: { dnd: false } },
      { at: t('09:55'), idle: 0 },
    ]);
    expect(only(log(r.events), 'prompt')).toEqual([
      '09:30 prompt-due stand',
      '09:30 prompt-deferred stand (dnd)',
      '09:50 prompt-shown stand #1 catch-up after 1200 s',
    ]);
  });

  it('two overlapping reasons that end at different times: one catch-up after the last', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:20'), context: { call: true } },
      { at: t('09:25'), context: { dnd: true } },
      { at: t('09:40'), context: { call: false } },
      { at: t('09:50'), context: { dnd: false } },
      { at: t('09:55'), idle: 0 },
    ]);
    expect(only(log(r.events), 'context', 'prompt')).toEqual([
      '09:20 context call',
      '09:25 context call,dnd',
      '09:30 prompt-due stand',
      '09:30 prompt-deferred stand (call)',
      '09:40 context dnd',
      '09:40 prompt-deferred stand (dnd)',
      '09:50 context none',
      '09:50 prompt-shown stand #1 catch-up after 1200 s',
    ]);
    expect(r.days[0]?.prompts).toMatchObject({ shown: 1, held: 1, heldBy: { call: 1, dnd: 1 } });
  });

  it('fullscreen holds by default', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:29'), context: { fullscreen: true } },
      { at: t('09:45'), context: { fullscreen: false } },
    ]);
    expect(only(log(r.events), 'prompt')).toEqual([
      '09:30 prompt-due stand',
      '09:30 prompt-deferred stand (fullscreen)',
      '09:45 prompt-shown stand #1 catch-up after 900 s',
    ]);
  });
});

describe('natural pauses', () => {
  const pauses = mergeSettings(defaultSettings, { naturalPauses: { enabled: true } });

  it('typing at the due time with a 25 s pause 40 s later: the prompt appears in that pause', () => {
    const r = run(
      [
        { at: t('09:00'), idle: 0 },
        // No input from 09:30:40 to 09:31:05.
        { at: t('09:31:05'), idle: 25 },
        { at: t('09:35'), idle: 0 },
      ],
      Z,
      pauses,
    );
    expect(only(log(r.events), 'prompt')).toEqual([
      '09:30 prompt-due stand',
      '09:30 prompt-deferred stand (typing)',
      // Idle reaches 20 s at 09:31:00: not a catch-up, just a better moment.
      '09:31 prompt-shown stand #1 after 60 s',
    ]);
    expect(r.days[0]?.prompts).toMatchObject({ held: 1, heldBy: { typing: 1 }, medianDelaySec: 60 });
  });

  it('typing without a pause: delivered when the hold (3 min) runs out', () => {
    const r = run(
      [
        { at: t('09:00'), idle: 0 },
        { at: t('09:40'), idle: 0 },
      ],
      Z,
      pauses,
    );
    expect(only(log(r.events), 'prompt')).toEqual([
      '09:30 prompt-due stand',
      '09:30 prompt-deferred stand (typing)',
      '09:33 prompt-shown stand #1 after 180 s',
    ]);
  });

  it('idle is sampled finely only while a prompt waits for a pause', () => {
    const wakes: number[] = [];
    const text = [
      { at: t('09:00'), idle: 0 },
      { at: t('09:45'), idle: 0 },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    runScenario(parseScenario(text, Z, pauses), {
      timeZone: Z,
      settings: pauses,
      onInput: (input) => {
        if (input.kind === 'idle') wakes.push(input.at);
      },
    });
    const start = Date.parse('2025-06-02T09:30:00+02:00');
    const inHold = wakes.filter((w) => w >= start && w <= start + 180_000);
    const outside = wakes.filter((w) => w < start || w > start + 180_000);
    // 3 min of hold at one sample per 10 s, and the usual sparse samples around it.
    expect(inHold.length).toBeLessThanOrEqual(19);
    expect(inHold.length).toBeGreaterThanOrEqual(18);
    expect(outside.length).toBeLessThanOrEqual(16);
  });

  it('off by default: a prompt due while typing shows at once', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:40'), idle: 0 },
    ]);
    expect(only(log(r.events), 'prompt-shown')).toEqual(['09:30 prompt-shown stand #1']);
  });
});

describe('calendar', () => {
  it('an event at 09:32: the stand prompt is offered before it', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:00'), calendar: [{ start: t('09:32'), end: t('10:00') }] },
      { at: t('09:23'), user: 'stand' },
      { at: t('09:31'), idle: 0 },
    ]);
    expect(only(log(r.events), 'prompt')).toEqual([
      '09:22 prompt-due stand before 09:32',
      '09:22 prompt-shown stand #1',
      '09:23 prompt-done stand by posture',
    ]);
  });

  it('a busy event holds a prompt like a call, and it comes once the event ends', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:00'), calendar: [{ start: t('09:10'), end: t('09:50') }] },
      { at: t('09:55'), idle: 0 },
    ]);
    expect(only(log(r.events), 'prompt')).toEqual([
      '09:30 prompt-due stand',
      '09:30 prompt-deferred stand (calendar)',
      '09:50 prompt-shown stand #1 catch-up after 1200 s',
    ]);
  });
});

describe('fatigue guard', () => {
  it('no more prompts once the daily cap is reached', () => {
    const settings = mergeSettings(defaultSettings, { promptCap: 2 });
    const r = run(
      [
        { at: t('09:00'), idle: 0 },
        { at: t('09:31'), user: 'skip' },
        { at: t('10:01'), user: 'skip' },
        { at: t('11:30'), idle: 0 },
      ],
      Z,
      settings,
    );
    expect(only(log(r.events), 'prompt-shown')).toEqual([
      '09:30 prompt-shown stand #1',
      '10:00 prompt-shown escalate #1',
    ]);
    expect(r.snapshots.at(-1)?.snapshot.promptsToday).toEqual({ count: 2, cap: 2 });
    expect(r.snapshots.at(-1)?.snapshot.nextPrompt).toBeNull();
  });

  it('the same kind skipped three times in a row: the snapshot says so (Today suggests a gentler schedule)', () => {
    const lines = [
      { at: t('09:00'), idle: 0 },
      { at: t('09:31'), user: 'skip' },
      { at: t('09:35'), power: 'lock' },
      { at: t('09:40'), power: 'unlock' },
      { at: t('10:11'), user: 'skip' },
      { at: t('10:12'), power: 'lock' },
      { at: t('10:17'), power: 'unlock' },
      { at: t('10:48'), user: 'skip' },
    ];
    const r = run(lines);
    expect(only(log(r.events), 'prompt-skipped')).toEqual([
      '09:31 prompt-skipped stand',
      '10:11 prompt-skipped stand',
      '10:48 prompt-skipped stand',
    ]);
    expect(r.snapshots.at(-2)?.snapshot.skippedInRow).toBeNull();
    expect(r.snapshots.at(-1)?.snapshot.skippedInRow).toEqual({ kind: 'stand', count: 3 });
  });
});

describe('a real working day (issue 18, engine side)', () => {
  it('locking the screen is the break: the prompt goes when the lock begins', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:31'), power: 'lock' },
      { at: t('10:16'), power: 'unlock' },
      { at: t('10:20'), idle: 0 },
    ]);
    expect(only(log(r.events), 'prompt', 'away', 'natural-break')).toEqual([
      '09:30 prompt-due stand',
      '09:30 prompt-shown stand #1',
      '09:31 away lock since 09:31',
      '09:31 prompt-cleared stand away',
      '09:34 natural-break lock since 09:31',
    ]);
    expect(r.snapshots[1]?.snapshot.activePrompt).toBeNull();
  });

  it('the end of working hours clears a waiting prompt', () => {
    const settings = mergeSettings(defaultSettings, {
      workingHours: { enabled: true, ranges: [{ start: '09:00', end: '17:30' }] },
    });
    const r = run(
      [
        { at: t('16:55'), idle: 0 },
        { at: t('17:45'), idle: 0 },
      ],
      Z,
      settings,
    );
    expect(only(log(r.events), 'prompt', 'hours')).toEqual([
      '17:25 prompt-due stand',
      '17:25 prompt-shown stand #1',
      '17:30 prompt-cleared stand outside-hours',
      '17:30 hours outside',
    ]);
  });

  it('back from a long break while standing: taken to be sitting, and asked once', () => {
    const r = run([
      { at: t('09:00'), user: 'stand' },
      { at: t('09:05'), power: 'lock' },
      { at: t('09:25'), power: 'unlock' },
      { at: t('09:26'), user: 'stand' },
      { at: t('09:27'), idle: 0 },
    ]);
    expect(only(log(r.events), 'posture', 'present')).toEqual([
      '09:00 posture standing (user)',
      '09:25 present since 09:25',
      '09:25 posture sitting (return)',
      '09:26 posture standing (user)',
    ]);
    const snaps = r.snapshots.map((s) => s.snapshot.askPosture);
    expect(snaps).toEqual([false, false, true, false, false]);
  });

  it('"sitting" as the answer when already sitting ends the question too', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:05'), power: 'lock' },
      { at: t('09:25'), power: 'unlock' },
      { at: t('09:26'), user: 'sit' },
    ]);
    expect(only(log(r.events), 'posture')).toEqual(['09:26 posture-confirmed sitting']);
    expect(r.snapshots.map((s) => s.snapshot.askPosture)).toEqual([false, false, true, false]);
  });

  it('a snack that answered a stand prompt goes back to sitting and asks, instead of assuming standing', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:31'), user: 'snack-start' },
      { at: t('09:33'), user: 'snack-done' },
      { at: t('09:34'), idle: 0 },
    ]);
    expect(only(log(r.events), 'snack', 'posture')).toEqual([
      '09:31 snack-start back to sitting',
      '09:31 posture moving (snack)',
      '09:33 snack-end done',
      '09:33 posture sitting (snack)',
    ]);
    expect(r.snapshots.map((s) => s.snapshot.askPosture)).toEqual([false, false, true, true]);
  });

  it('a snoozed prompt keeps its suggested routine', () => {
    let n = 0;
    const text = [
      { at: t('09:00'), idle: 0 },
      { at: t('09:31'), user: 'snooze' },
      { at: t('09:40'), idle: 0 },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const r = runScenario(parseScenario(text, Z), {
      timeZone: Z,
      suggestRoutine: () => `routine-${++n}`,
    });
    const shown = r.events.flatMap((e) => (e.type === 'prompt-shown' ? [[e.attempt, e.routineId]] : []));
    expect(shown).toEqual([
      [1, 'routine-1'],
      [2, 'routine-1'],
    ]);
  });

  it('escalation snooze: one truth for the wait, computed once', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:31'), user: 'skip' },
      { at: t('10:01'), idle: 0 },
      { at: t('10:02'), user: 'snooze' },
    ]);
    const before = r.snapshots[2]?.snapshot;
    expect(before?.activePrompt).toMatchObject({ kind: 'escalate', snoozeMin: 10 });
    const after = r.snapshots[3]?.snapshot;
    expect(after?.snoozedUntil).toEqual({
      kind: 'escalate',
      dueAgainAt: Date.parse('2025-06-02T10:12:00+02:00'),
    });
    expect(after?.nextPrompt?.dueAt).toBe(after?.snoozedUntil?.dueAgainAt);
  });

  it('the optional heads-up: a minute before a prompt, off by default', () => {
    const lines = [
      { at: t('09:00'), idle: 0 },
      { at: t('09:29:30'), idle: 0 },
    ];
    const on: Settings = mergeSettings(defaultSettings, { headsUp: { enabled: true } });
    expect(run(lines).snapshots[1]?.snapshot.headsUp).toBeNull();
    const r = run(lines, Z, on);
    expect(r.snapshots[1]?.snapshot.headsUp).toEqual({
      kind: 'stand',
      dueAt: Date.parse('2025-06-02T09:30:00+02:00'),
    });
  });
});

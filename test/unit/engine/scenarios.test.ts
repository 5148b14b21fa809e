/** Scenario tests on simulated time, written as event logs. Europe/Berlin unless stated. */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../../main/cli/scenario';
import { defaultSettings, mergeSettings } from '../../../shared/settings';
import { log, only, run } from './helpers';

const D = '2025-06-02'; // a Monday
const t = (time: string, date = D) => `${date}T${time}`;

describe('a full working day', () => {
  const text = readFileSync('test/fixtures/scenarios/working-day.jsonl', 'utf8');
  const result = runScenario(parseScenario(text, 'Europe/Berlin'), { timeZone: 'Europe/Berlin' });
  const lines = log(result.events);

  it('prompts at the schedule, follows answers, and detects breaks', () => {
    expect(lines.slice(0, 12)).toEqual([
      '09:00 day 2025-06-02 sitting present',
      '09:30 prompt-due stand',
      '09:30 prompt-shown stand #1',
      '09:31 prompt-done stand by posture',
      '09:31 posture standing (user)',
      '09:46 prompt-due sit',
      '09:46 prompt-shown sit #1',
      '09:47 prompt-done sit by snack',
      '09:47 snack-start back to sitting',
      '09:47 posture moving (snack)',
      '09:49 snack-end done',
      '09:49 posture sitting (snack)',
    ]);
    expect(lines).toContain('10:19 prompt-shown stand #1');
    expect(lines).toContain('10:20 prompt-snoozed stand until 10:25 left 1');
    expect(lines).toContain('10:25 prompt-shown stand #2');
    expect(lines).toContain('10:26 prompt-skipped stand');
    // Skipped at 30 min: the escalation comes when the bout passes 60 min.
    expect(lines).toContain('10:49 prompt-shown escalate #1');
    // 11:30 idle 600 s: away from 11:20 (retroactive, seen at the 11:23 wake-up), a natural break at once.
    expect(lines).toContain('11:20 away idle since 11:20');
    expect(lines).toContain('11:23 natural-break idle since 11:20');
    expect(lines).toContain('11:23 prompt-cleared escalate away');
    expect(lines).toContain('13:00 away lock since 13:00');
    expect(lines).toContain('13:45 present since 13:45');
  });

  it('adds up to the observed day', () => {
    const [day] = result.days;
    expect(result.days).toHaveLength(1);
    expect(day?.standingMin).toBe(16);
    expect(day?.movingMin).toBe(2);
    const total =
      (day?.sittingMin ?? 0) + (day?.standingMin ?? 0) + (day?.movingMin ?? 0) + (day?.awayMin ?? 0);
    expect(total).toBeCloseTo(8.5 * 60, 5);
    expect(day?.naturalBreaks).toBe(3);
    expect(day?.postureChanges).toBe(2);
    expect(day?.prompts.snoozed).toBe(1);
    expect(day?.prompts.skipped).toBe(1);
    expect(day?.prompts.done).toBe(2);
  });

  it('stays within a few hundred events', () => {
    expect(result.events.length).toBeLessThan(200);
  });
});

describe('natural breaks around the away threshold (3 min)', () => {
  it('an idle stretch just under the threshold is still sitting; the bout goes on', () => {
    const r = run([
      { at: t('09:00:00'), idle: 0 },
      { at: t('09:10:00'), idle: 179 },
      { at: t('09:40:00'), idle: 0 },
    ]);
    const lines = log(r.events);
    expect(only(lines, 'away', 'natural-break')).toEqual([]);
    expect(lines).toContain('09:30 prompt-shown stand #1');
    expect(r.days[0]?.sittingMin).toBe(40);
    expect(r.days[0]?.longestSittingBoutMin).toBe(40);
  });

  it('an idle stretch of exactly the threshold is away from the moment input stopped and restarts the bout', () => {
    const r = run([
      { at: t('09:00:00'), idle: 0 },
      { at: t('09:10:00'), idle: 180 },
      { at: t('09:45:00'), idle: 0 },
    ]);
    const lines = log(r.events);
    expect(only(lines, 'away', 'natural-break', 'present', 'prompt')).toEqual([
      '09:07 away idle since 09:07',
      '09:10 natural-break idle since 09:07',
      '09:11 present since 09:11',
      '09:41 prompt-due stand',
      '09:41 prompt-shown stand #1',
    ]);
    expect(r.days[0]).toMatchObject({
      sittingMin: 41,
      awayMin: 4,
      naturalBreaks: 1,
      longestSittingBoutMin: 34,
    });
  });

  it('a short lock pauses the bout without restarting it', () => {
    const r = run([
      { at: t('09:00:00'), idle: 0 },
      { at: t('09:10:00'), power: 'lock' },
      { at: t('09:12:00'), power: 'unlock' },
      { at: t('09:40:00'), idle: 0 },
    ]);
    const lines = log(r.events);
    expect(only(lines, 'natural-break')).toEqual([]);
    // 30 min of sitting are reached at 09:32, not 09:30: the 2 locked minutes do not count.
    expect(lines).toContain('09:32 prompt-shown stand #1');
    expect(r.days[0]).toMatchObject({ sittingMin: 38, awayMin: 2, longestSittingBoutMin: 38 });
  });
});

describe('power events', () => {
  it('suspend overnight: the night is neither away nor sitting', () => {
    const r = run([
      { at: t('16:00'), idle: 0 },
      { at: t('17:30'), power: 'suspend' },
      { at: t('08:30', '2025-06-03'), power: 'resume' },
      { at: t('09:00', '2025-06-03'), idle: 0 },
    ]);
    const lines = log(r.events);
    expect(only(lines, 'day', 'away', 'natural-break', 'present')).toEqual([
      '16:00 day 2025-06-02 sitting present',
      '17:30 away suspend since 17:30',
      '17:33 natural-break suspend since 17:30',
      '04:00 day 2025-06-03 sitting away',
      '08:30 present since 08:30',
    ]);
    expect(r.days.map((d) => [d.date, d.sittingMin, d.awayMin])).toEqual([
      ['2025-06-02', 90, 0],
      ['2025-06-03', 30, 0],
    ]);
  });

  it('lock over lunch is away and a natural break', () => {
    const r = run([
      { at: t('11:40'), idle: 0 },
      { at: t('12:00'), power: 'lock' },
      { at: t('13:00'), power: 'unlock' },
      { at: t('13:31'), idle: 0 },
    ]);
    const lines = log(r.events);
    expect(only(lines, 'away', 'natural-break', 'present', 'prompt-shown')).toEqual([
      '12:00 away lock since 12:00',
      '12:03 natural-break lock since 12:00',
      '13:00 present since 13:00',
      '13:30 prompt-shown stand #1',
    ]);
    expect(r.days[0]).toMatchObject({ sittingMin: 51, awayMin: 60, naturalBreaks: 1 });
  });

  it('silence longer than the threshold (machine slept without saying so) is away, never sitting', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:20'), silent: true },
      { at: t('10:20'), idle: 0 },
      { at: t('10:30'), idle: 0 },
    ]);
    const lines = log(r.events);
    // The last thing heard was the 09:18 wake-up sample.
    expect(only(lines, 'away', 'natural-break', 'present')).toEqual([
      '09:18 away gap since 09:18',
      '09:21 natural-break gap since 09:18',
      '10:20 present since 10:20',
    ]);
    expect(r.days[0]).toMatchObject({ sittingMin: 28, awayMin: 62 });
  });
});

describe('clock and calendar', () => {
  it('DST forward (Europe/Berlin, 30 Mar 2025): a night session counts real minutes, split at the day start', () => {
    const r = run([
      { at: '2025-03-30T01:00:00+01:00', idle: 0 },
      { at: '2025-03-30T05:00:00+02:00', idle: 0 },
    ]);
    // 01:00 CET to 05:00 CEST is 3 real hours: 2 h before the 04:00 CEST day start, 1 h after.
    expect(r.days.map((d) => [d.date, d.sittingMin + d.standingMin + d.movingMin + d.awayMin])).toEqual([
      ['2025-03-29', 120],
      ['2025-03-30', 60],
    ]);
    expect(only(log(r.events), 'day')).toEqual([
      '01:00 day 2025-03-29 sitting present',
      '04:00 day 2025-03-30 sitting present',
    ]);
  });

  it('DST back (26 Oct 2025): the repeated hour is counted once, as it really passes', () => {
    const r = run([
      { at: '2025-10-26T01:00:00+02:00', idle: 0 },
      { at: '2025-10-26T05:00:00+01:00', idle: 0 },
    ]);
    expect(r.days.map((d) => [d.date, d.sittingMin + d.standingMin + d.movingMin + d.awayMin])).toEqual([
      ['2025-10-25', 240],
      ['2025-10-26', 60],
    ]);
  });

  it('a manual clock change of +1 h is recorded, and changes no duration', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:10'), wall: t('10:10'), idle: 0 },
      { at: t('09:40'), idle: 0 },
    ]);
    const lines = log(r.events);
    expect(only(lines, 'clock')).toEqual(['09:10 clock +60 min']);
    expect(lines).toContain('09:30 prompt-shown stand #1');
    expect(r.days).toHaveLength(1);
    expect(r.days[0]?.sittingMin).toBe(40);
  });

  it('a manual clock change of -1 h across the day start neither reopens the day nor doubles minutes', () => {
    const r = run([
      { at: t('03:30'), idle: 0 },
      { at: t('04:30'), wall: t('03:30'), idle: 0 },
      { at: t('05:30'), idle: 0 },
    ]);
    const lines = log(r.events);
    // At true 04:00 the wall clock still read 04:00 (the change came at 04:30): the day started then.
    expect(only(lines, 'day', 'clock')).toEqual([
      '03:30 day 2025-06-01 sitting present',
      '04:00 day 2025-06-02 sitting present',
      '04:30 clock -60 min',
    ]);
    const total = r.days.reduce((n, d) => n + d.sittingMin + d.standingMin + d.movingMin + d.awayMin, 0);
    expect(total).toBe(120);
  });

  it('a manual clock change of +1 h across the day start begins the new day at the change', () => {
    const r = run([
      { at: t('03:00'), idle: 0 },
      { at: t('03:20'), wall: t('04:20'), idle: 0 },
      { at: t('04:00'), idle: 0 },
    ]);
    expect(only(log(r.events), 'day', 'clock')).toEqual([
      '03:00 day 2025-06-01 sitting present',
      '03:20 clock +60 min',
      '03:20 day 2025-06-02 sitting present',
    ]);
    expect(r.days.map((d) => [d.date, d.sittingMin])).toEqual([
      ['2025-06-01', 20],
      ['2025-06-02', 40],
    ]);
  });

  it('midnight is not a day boundary with the default 04:00 day start; 04:00 is', () => {
    const r = run([
      { at: t('23:00', '2025-06-01'), idle: 0 },
      { at: t('01:00'), idle: 0 },
      { at: t('03:40'), user: 'stand' },
      { at: t('04:20'), idle: 0 },
    ]);
    expect(r.days.map((d) => [d.date, d.sittingMin, d.standingMin])).toEqual([
      ['2025-06-01', 280, 20],
      ['2025-06-02', 0, 20],
    ]);
    // The standing bout goes on across the day start: its prompt is due 15 min after 03:40.
    expect(log(r.events)).toContain('03:55 prompt-shown sit #1');
  });

  it('with the day start at 00:00, midnight splits the day', () => {
    const settings = mergeSettings(defaultSettings, { dayStart: '00:00' });
    const r = run(
      [
        { at: t('23:30', '2025-06-01'), idle: 0 },
        { at: t('00:20'), idle: 0 },
      ],
      'Europe/Berlin',
      settings,
    );
    expect(r.days.map((d) => [d.date, d.sittingMin])).toEqual([
      ['2025-06-01', 30],
      ['2025-06-02', 20],
    ]);
  });
});

describe('prompt answers', () => {
  it('two snoozes, then a third snooze counts as a skip', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:31'), user: 'snooze' },
      { at: t('09:37'), user: 'snooze' },
      { at: t('09:43'), user: 'snooze' },
      { at: t('09:50'), idle: 0 },
    ]);
    expect(only(log(r.events), 'prompt')).toEqual([
      '09:30 prompt-due stand',
      '09:30 prompt-shown stand #1',
      '09:31 prompt-snoozed stand until 09:36 left 1',
      '09:36 prompt-shown stand #2',
      '09:37 prompt-snoozed stand until 09:42 left 0',
      '09:42 prompt-shown stand #3',
      '09:43 prompt-skipped stand (snooze limit)',
    ]);
    expect(r.days[0]?.prompts).toEqual({
      shown: 1,
      done: 0,
      snoozed: 2,
      skipped: 1,
      deferred: 0,
      held: 0,
      heldBy: {},
      medianDelaySec: null,
    });
  });

  it('pause until tomorrow: no prompts, tracking goes on, the pause ends at the day start', () => {
    const r = run([
      { at: t('13:00'), idle: 0 },
      { at: t('13:10'), user: 'pause', minutes: 'tomorrow' },
      { at: t('15:00'), idle: 0 },
      { at: t('15:00'), power: 'suspend' },
      { at: t('08:00', '2025-06-03'), power: 'resume' },
      { at: t('08:40', '2025-06-03'), idle: 0 },
    ]);
    const lines = log(r.events);
    expect(only(lines, 'pause', 'resume', 'prompt-shown')).toEqual([
      '13:10 pause until 04:00',
      '04:00 resume expired',
      '08:30 prompt-shown stand #1',
    ]);
    expect(r.days[0]?.sittingMin).toBe(120);
    expect(r.days[0]?.prompts.shown).toBe(0);
  });

  it('a snack answers a "move" prompt and returns to sitting (no standing desk)', () => {
    const settings = mergeSettings(defaultSettings, { schedule: { preset: 'no-standing-desk' } });
    const r = run(
      [
        { at: t('09:00'), idle: 0 },
        { at: t('09:31'), user: 'snack-start' },
        { at: t('09:33'), user: 'snack-done' },
        { at: t('09:40'), idle: 0 },
      ],
      'Europe/Berlin',
      settings,
    );
    expect(only(log(r.events), 'prompt', 'snack', 'posture')).toEqual([
      '09:30 prompt-due move',
      '09:30 prompt-shown move #1',
      '09:31 prompt-done move by snack',
      '09:31 snack-start back to sitting',
      '09:31 posture moving (snack)',
      '09:33 snack-end done',
      '09:33 posture sitting (snack)',
    ]);
    expect(r.days[0]).toMatchObject({ sittingMin: 38, movingMin: 2, postureChanges: 0 });
  });

  it('a forgotten snack ends at its cap, and idle time after it is away', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:05'), user: 'snack-start' },
      { at: t('09:40'), idle: 2100 },
    ]);
    expect(only(log(r.events), 'snack', 'away', 'natural')).toEqual([
      '09:05 snack-start back to sitting',
      '09:15 snack-end timeout',
      '09:15 away idle since 09:15',
      '09:18 natural-break idle since 09:15',
    ]);
    expect(r.days[0]).toMatchObject({ sittingMin: 5, movingMin: 10 });
  });

  it('standing still for long gets a shift prompt', () => {
    const settings = mergeSettings(defaultSettings, { schedule: { preset: 'no-standing-desk' } });
    const r = run(
      [
        { at: t('09:00'), user: 'stand' },
        { at: t('09:40'), idle: 0 },
      ],
      'Europe/Berlin',
      settings,
    );
    expect(only(log(r.events), 'prompt-shown', 'prompt-skipped')).toEqual(['09:15 prompt-shown shift #1']);
  });

  it('escalations past 60 min, at most every 30 min after that, and the bout never passes 2 h without one', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:31'), user: 'skip' },
      { at: t('10:01'), user: 'skip' },
      { at: t('11:30'), idle: 0 },
    ]);
    expect(only(log(r.events), 'prompt-shown')).toEqual([
      '09:30 prompt-shown stand #1',
      '10:00 prompt-shown escalate #1',
      '10:30 prompt-shown escalate #1',
      '11:00 prompt-shown escalate #1',
      '11:30 prompt-shown escalate #1',
    ]);
  });

  it('a custom 2 h sit length makes its one prompt an escalation', () => {
    const settings = mergeSettings(defaultSettings, {
      schedule: { preset: 'custom', custom: { sitMin: 120, standMin: 15, moveMin: 2 } },
    });
    const r = run(
      [
        { at: t('09:00'), idle: 0 },
        { at: t('11:10'), idle: 0 },
      ],
      'Europe/Berlin',
      settings,
    );
    expect(only(log(r.events), 'prompt-shown')).toEqual(['11:00 prompt-shown escalate #1']);
  });
});

describe('focus and working hours', () => {
  const deferral = mergeSettings(defaultSettings, { focusDeferral: { enabled: true } });

  it('a prompt due in a meeting is deferred, not skipped, and shown with a catch-up snack afterwards', () => {
    const r = run(
      [
        { at: t('09:00'), idle: 0 },
        { at: t('09:20'), focus: 'meeting' },
        { at: t('10:10'), focus: 'none' },
        { at: t('10:11'), user: 'snack-start' },
        { at: t('10:12'), user: 'snack-done' },
      ],
      'Europe/Berlin',
      deferral,
    );
    expect(only(log(r.events), 'focus', 'prompt', 'snack-start')).toEqual([
      '09:20 focus meeting',
      '09:30 prompt-due stand',
      '09:30 prompt-deferred stand (app)',
      // The regular prompt waits; a sitting bout past 60 min escalates, still held back.
      '10:00 prompt-cleared stand superseded',
      '10:00 prompt-due escalate',
      '10:00 prompt-deferred escalate (app)',
      '10:10 focus none',
      '10:10 prompt-shown escalate #1 catch-up after 600 s',
      '10:11 prompt-done escalate by snack',
      // A snack does not prove the user stands afterwards: back to sitting, and asked.
      '10:11 snack-start back to sitting catch-up',
    ]);
    expect(r.days[0]?.prompts).toEqual({
      shown: 1,
      done: 1,
      snoozed: 0,
      skipped: 0,
      deferred: 2,
      held: 2,
      heldBy: { app: 2 },
      medianDelaySec: 600,
    });
  });

  it('meetings do not hold prompts back while deferral is off', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:20'), focus: 'meeting' },
      { at: t('09:35'), idle: 0 },
    ]);
    expect(only(log(r.events), 'prompt-shown', 'prompt-deferred')).toEqual(['09:30 prompt-shown stand #1']);
  });

  it('working hours: no prompts outside them, tracking goes on', () => {
    const settings = mergeSettings(defaultSettings, {
      workingHours: { enabled: true, ranges: [{ start: '09:00', end: '17:30' }] },
    });
    const r = run(
      [
        { at: t('08:00'), idle: 0 },
        { at: t('09:10'), idle: 0 },
        { at: t('17:20'), user: 'skip' },
        { at: t('18:30'), idle: 0 },
      ],
      'Europe/Berlin',
      settings,
    );
    const lines = only(log(r.events), 'hours', 'prompt-shown', 'prompt-cleared');
    expect(lines[0]).toBe('08:00 hours outside');
    expect(lines[1]).toBe('09:00 hours inside');
    // The bout was 60 min old when hours began: the regular prompt shows at once.
    expect(lines[2]).toBe('09:00 prompt-shown stand #1');
    expect(lines.at(-1)).toMatch(/^17:3\d hours outside$/);
    expect(lines.filter((l) => l > '17:30' && l.includes('prompt-shown'))).toEqual([]);
    expect(r.days[0]?.sittingMin).toBe(630);
  });
});

describe('restart mid-day', () => {
  it('the bout and the open prompt survive a quit and a restart (restored from the events)', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:20'), quit: true },
      { at: t('09:21'), idle: 0 },
      { at: t('09:35'), idle: 0 },
    ]);
    const lines = log(r.events);
    expect(only(lines, 'away', 'natural-break', 'present', 'prompt-shown', 'observed')).toEqual([
      '09:20 observed final',
      '09:30 prompt-shown stand #1',
      '09:35 observed final',
    ]);
    expect(r.days[0]?.sittingMin).toBe(35);
  });

  it('a restart after a long time off is a gap: away, and a natural break', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:20'), quit: true },
      { at: t('10:00'), idle: 0 },
      { at: t('10:10'), idle: 0 },
    ]);
    expect(only(log(r.events), 'away', 'natural-break', 'present')).toEqual([
      '09:20 away gap since 09:20',
      '09:23 natural-break gap since 09:20',
      '10:00 present since 10:00',
    ]);
    expect(r.days[0]).toMatchObject({ sittingMin: 30, awayMin: 40 });
  });
});

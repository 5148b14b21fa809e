/**
 * Sleep and clocks at the engine's level, fed what the clock adapter gives it: `at` is true elapsed time
 * (asleep included), `wall` the wall clock when it differs. Europe/Berlin. The same cases run through the
 * whole app, on the clock adapter with a monotonic clock that stops while asleep, in test/unit/app/sleep.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { log, only, run } from './helpers';

const D = '2025-06-02'; // a Monday
const t = (time: string, date = D) => `${date}T${time}`;

describe('sleep', () => {
  it('lunch with the lid closed: the hour is away, the bout starts at 10:10, no prompt before 10:40', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:10'), power: 'suspend' },
      { at: t('10:10'), power: 'resume' },
      ...['10:15', '10:20', '10:26', '10:35', '10:39', '10:41'].map((m) => ({ at: t(m), idle: 2 })),
    ]);
    const lines = log(r.events);
    expect(only(lines, 'away', 'natural-break', 'present', 'prompt-shown')).toEqual([
      '09:10 away suspend since 09:10',
      '09:13 natural-break suspend since 09:10',
      '10:10 present since 10:10',
      '10:40 prompt-shown stand #1',
    ]);
    expect(r.days[0]).toMatchObject({ awayMin: 60, longestSittingBoutMin: 31 });
  });

  // The last observation is the engine's last wake-up before the lid closed (09:09).
  it('a sleep without a suspend event is a gap from the last observation', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('09:10'), silent: true },
      { at: t('10:12'), idle: 1 },
      { at: t('10:26'), idle: 1 },
    ]);
    expect(only(log(r.events), 'away', 'natural-break', 'present')).toEqual([
      '09:09 away gap since 09:09',
      '09:12 natural-break gap since 09:09',
      '10:11:59 present since 10:11:59',
    ]);
    expect(r.snapshots.at(-1)?.snapshot.boutMin).toBeLessThanOrEqual(16);
  });

  it('overnight: the morning opens the new day, with no escalation for the night', () => {
    const r = run([
      { at: t('16:00'), idle: 0 },
      { at: t('17:30'), power: 'suspend' },
      { at: t('08:30', '2025-06-03'), power: 'resume' },
      { at: t('08:50', '2025-06-03'), idle: 0 },
    ]);
    const lines = log(r.events);
    expect(only(lines, 'day')).toEqual([
      '16:00 day 2025-06-02 sitting present',
      '04:00 day 2025-06-03 sitting away',
    ]);
    expect(lines.filter((l) => l.startsWith('08:') && l.includes('prompt'))).toEqual([]);
  });

  it('a restart on a clock an hour behind the journal: the time line carries on, the jump is recorded', () => {
    const r = run([
      { at: t('09:00'), idle: 0 },
      { at: t('10:00'), quit: true },
      // What the driver feeds after the restart: time carried on from the journal, the wall clock as read.
      { at: t('10:00'), wall: t('09:00'), idle: 0 },
      { at: t('10:05'), user: 'stand' },
      { at: t('10:20'), wall: t('09:20'), idle: 0 },
      { at: t('10:21'), user: 'sit' },
      { at: t('10:52'), wall: t('09:52'), idle: 0 },
    ]);
    const lines = log(r.events);
    expect(lines.some((l) => l.includes('clock'))).toBe(true);
    expect(only(lines, 'prompt-shown').slice(-2)).toEqual([
      '10:20 prompt-shown sit #1',
      '10:51 prompt-shown stand #1',
    ]);
  });
});

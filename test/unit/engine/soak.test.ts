/** 30 simulated days (across a DST change): memory stays flat and per-day figures do not drift. */
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../../main/cli/scenario';
import { defaultSettings, mergeSettings } from '../../../shared/settings';
import { addDays } from '../../../shared/time';

const dayPattern: [string, object][] = [
  ['08:30', { power: 'resume' }],
  ['08:30:05', { idle: 0 }],
  ['09:01', { user: 'stand' }],
  ['09:17', { user: 'snack-start' }],
  ['09:19', { user: 'snack-done' }],
  ['10:40', { idle: 400 }],
  ['11:20', { user: 'snooze' }],
  ['12:00', { power: 'lock' }],
  ['12:45', { power: 'unlock' }],
  ['14:00', { focus: 'meeting' }],
  ['15:00', { focus: 'none' }],
  ['15:01', { user: 'skip' }],
  ['16:10', { user: 'stand' }],
  ['16:40', { user: 'sit' }],
  ['17:30', { power: 'suspend' }],
];

describe('a 30-day soak', () => {
  it('keeps the engine state flat and gives identical days', () => {
    const first = '2025-03-17'; // two weeks before the spring DST change in Berlin
    const lines: string[] = [];
    for (let d = 0; d < 30; d++) {
      const date = addDays(first, d);
      for (const [time, body] of dayPattern) {
        if (d === 0 && 'power' in body && body.power === 'resume') continue;
        lines.push(JSON.stringify({ at: `${date}T${time}`, ...body }));
      }
    }
    const settings = mergeSettings(defaultSettings, { focusDeferral: { enabled: true } });
    const sizes: number[] = [];
    let lineCount = 0;
    const result = runScenario(parseScenario(lines.join('\n'), 'Europe/Berlin', settings), {
      timeZone: 'Europe/Berlin',
      settings,
      onLine: (_, engine) => {
        lineCount++;
        if (lineCount % dayPattern.length === 0) sizes.push(JSON.stringify(engine.state()).length);
      },
    });
    expect(result.days).toHaveLength(30);
    const [one, ...rest] = result.days;
    for (const day of rest) expect({ ...day, date: '' }).toEqual({ ...one, date: '' });
    expect(one?.sittingMin).toBeGreaterThan(300);
    expect(one?.prompts.deferred).toBeGreaterThan(0);
    // The state holds no history: its size after each day stays within a few characters.
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThan(64);
    // Events per day stay modest and do not grow.
    const perDay = new Map<string, number>();
    let date = '';
    for (const e of result.events) {
      if (e.type === 'day') date = e.date;
      perDay.set(date, (perDay.get(date) ?? 0) + 1);
    }
    const counts = [...perDay.values()];
    expect(Math.max(...counts)).toBeLessThan(200);
    expect(Math.max(...counts.slice(1)) - Math.min(...counts.slice(1))).toBeLessThanOrEqual(2);
  });
});

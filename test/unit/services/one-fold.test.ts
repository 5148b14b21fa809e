/**
 * One fold for the app and the replay: random streams run through the engine (as `npm run replay` does)
 * while every batch is journaled as the app journals it; the app's summaries, read back from the month
 * files, must equal the replay's day figures, with nothing left out as clock-skewed. The streams include
 * time-zone changes (travel), day-start changes, quits (also while paused), silences and wall-clock jumps.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario, type ScenarioStep } from '../../../main/cli/scenario';
import type { SettingsStoreOptions, StoredSettings } from '../../../main/services/settings/store';
import { openStorage } from '../../../main/services/storage';
import { defaultSettings } from '../../../shared/settings';
import type { DaySummary, Segment } from '../../../shared/summary';
import { addDays } from '../../../shared/time';
import { stream, toSteps } from '../engine/random-streams';

const openConf = (o: SettingsStoreOptions) =>
  new Conf<StoredSettings>({ cwd: o.cwd, configName: o.name, schema: o.schema, defaults: o.defaults });

interface Compared {
  replay: DaySummary[];
  app: DaySummary[];
  appTimelines: Map<string, Segment[]>;
  skewed: number;
}

/** Runs the steps as the replay does, journaling each batch as the app does, then reads the app's figures. */
function runBoth(steps: ScenarioStep[], timeZone: string): Compared {
  const dir = mkdtempSync(join(tmpdir(), 'sitwise-one-fold-'));
  let now = steps[0]?.at ?? 0;
  const storage = openStorage({
    dataDir: dir,
    openSettingsStore: openConf,
    now: () => now,
    timeZone: () => timeZone,
    notify: () => {},
    chooseSavePath: async () => null,
  });
  try {
    const r = runScenario(steps, {
      timeZone,
      onEvents: (batch) => {
        for (const e of batch) now = Math.max(now, e.at);
        storage.journal.appendAll(batch);
      },
    });
    // Read a week later, when every day is a past day.
    now = (steps.at(-1)?.at ?? 0) + 7 * 86_400_000;
    const first = r.days[0]?.date;
    const last = r.days.at(-1)?.date;
    const app = first && last ? storage.summaries.range(addDays(first, -1), addDays(last, 1)) : [];
    const appTimelines = new Map(r.days.map((d) => [d.date, storage.summaries.timeline(d.date)]));
    return { replay: r.days, app, appTimelines, skewed: storage.summaries.stats.skewed };
  } finally {
    storage.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function expectSame(c: Compared): void {
  const appByDate = new Map(c.app.map((d) => [d.date, d]));
  for (const day of c.replay) expect(appByDate.get(day.date)).toEqual(day);
  // Days the replay does not have are empty in the app too.
  const replayDates = new Set(c.replay.map((d) => d.date));
  for (const day of c.app) if (!replayDates.has(day.date)) expect(day.sittingMin + day.awayMin).toBe(0);
  expect(c.skewed).toBe(0);
  // Every day's four figures add up to the time observed: its timeline, which has no holes.
  for (const day of c.replay) {
    const segs = c.appTimelines.get(day.date) ?? [];
    for (let k = 1; k < segs.length; k++) expect(segs[k]?.start).toBe(segs[k - 1]?.end);
    const span = segs.length > 0 ? (segs.at(-1)?.end ?? 0) - (segs[0]?.start ?? 0) : 0;
    const total = day.sittingMin + day.standingMin + day.movingMin + day.awayMin;
    expect(Math.abs(total - span / 60_000)).toBeLessThanOrEqual(0.2 + 1e-9);
  }
}

const lines = (zone: string, rows: object[]): ScenarioStep[] =>
  parseScenario(rows.map((r) => JSON.stringify(r)).join('\n'), zone, defaultSettings);

describe('one fold for the app and the replay', () => {
  it('a time-zone change westward keeps every minute of the day', () => {
    const c = runBoth(
      lines('Europe/Berlin', [
        { at: '2026-11-10T08:00:00+01:00', user: 'sit' },
        // Flew to New York: the day now ends at 04:00 New York time, six hours later.
        { at: '2026-11-10T15:00:00+01:00', timeZone: 'America/New_York' },
        { at: '2026-11-11T05:30:00+01:00', idle: 0 },
        { at: '2026-11-11T07:00:00+01:00', idle: 0 },
        { at: '2026-11-11T07:30:00+01:00', quit: true },
      ]),
      'Europe/Berlin',
    );
    expectSame(c);
    const day = c.app.find((d) => d.date === '2026-11-10');
    expect(day?.sittingMin).toBe(1410);
  });

  it('the day start moved later mid-day keeps the minutes before the new start', () => {
    const c = runBoth(
      lines('Europe/Berlin', [
        { at: '2026-11-10T09:00:00+01:00', user: 'sit' },
        { at: '2026-11-10T12:00:00+01:00', settings: { dayStart: '06:00' } },
        { at: '2026-11-11T03:00:00+01:00', idle: 0 },
        { at: '2026-11-11T05:00:00+01:00', idle: 0 },
        { at: '2026-11-11T05:30:00+01:00', quit: true },
      ]),
      'Europe/Berlin',
    );
    expectSame(c);
    expect(c.app.find((d) => d.date === '2026-11-10')?.sittingMin).toBe(1230);
  });

  it('quitting while paused until tomorrow ends the day at the quit, in both', () => {
    const c = runBoth(
      lines('Europe/Berlin', [
        { at: '2026-11-10T08:00:00+01:00', user: 'sit' },
        { at: '2026-11-10T10:00:00+01:00', user: 'pause', minutes: 'tomorrow' },
        { at: '2026-11-10T10:00:00+01:00', quit: true },
        { at: '2026-11-11T08:00:00+01:00', user: 'sit' },
        { at: '2026-11-11T09:00:00+01:00', quit: true },
      ]),
      'Europe/Berlin',
    );
    expectSame(c);
    expect(c.app.find((d) => d.date === '2026-11-10')?.sittingMin).toBe(120);
    expect(c.app.find((d) => d.date === '2026-11-11')?.sittingMin).toBe(60);
  });

  it('a day observed across the day start counts up to the day start in both', () => {
    const c = runBoth(
      lines('Europe/Berlin', [
        { at: '2026-11-10T20:00:00+01:00', user: 'sit' },
        { at: '2026-11-11T03:54:00+01:00', idle: 0 },
        { at: '2026-11-11T04:10:00+01:00', idle: 0 },
        { at: '2026-11-11T05:00:00+01:00', quit: true },
      ]),
      'Europe/Berlin',
    );
    expectSame(c);
    expect(c.app.find((d) => d.date === '2026-11-10')?.sittingMin).toBe(480);
    expect(c.app.find((d) => d.date === '2026-11-11')?.sittingMin).toBe(60);
  });

  // Each run writes a journal to disk: ~80 ms a run alone, so 80 runs take ~7 s (more on a loaded machine).
  it('restarted in another zone after the old day ended there: that day ends in its own zone', () => {
    // Flew to Sydney, quit; started again a day later with the system back on Berlin time.
    const c = runBoth(
      lines('Europe/Berlin', [
        { at: '2025-01-01T01:10:00+01:00', timeZone: 'Australia/Sydney' },
        { at: '2025-01-01T01:20:00+01:00', quit: true },
        { at: '2025-01-02T04:00:01+01:00', quit: true },
      ]),
      'Europe/Berlin',
    );
    expectSame(c);
    expect(c.replay.map((d) => [d.date, d.sittingMin])).toEqual([
      ['2024-12-31', 0],
      ['2025-01-01', 10],
      ['2025-01-02', 0],
    ]);
  });

  it('for random streams the app gives the replay’s day figures, and they add up', {
    timeout: 90_000,
  }, () => {
    fc.assert(
      fc.property(stream, (s) => {
        expectSame(runBoth(toSteps(s).steps, s.zone));
      }),
      { numRuns: 80 },
    );
  });
});

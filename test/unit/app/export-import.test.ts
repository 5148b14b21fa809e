/**
 * Export everything and import it back: export → delete all data → import gives identical summaries,
 * goals, plans and trends. An import goes only into an empty data folder and refuses a newer format.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../../main/app';
import type { InvokeChannel, RequestOf, ResponseOf } from '../../../shared/ipc';
import { FakeClock } from '../../host/fake-clock';
import { createHostPlatform, type HostControl } from '../../host/platform';

const START = Date.parse('2026-11-16T08:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;

let dir: string;
let out: string;
let clock: FakeClock;
let control: HostControl;
let app: App;

async function call<C extends InvokeChannel>(channel: C, payload?: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await app.dispatch(channel, payload);
  if (!result.ok) throw new Error(result.error.message);
  // The router returns the handler's value for this channel.
  return result.value as ResponseOf<C>;
}

async function refusal(channel: InvokeChannel, payload: unknown): Promise<string> {
  const result = await app.dispatch(channel, payload);
  return result.ok ? 'accepted' : result.error.message;
}

function boot(): void {
  const host = createHostPlatform({ clock, dataDir: dir, version: '0.0.0-test', timeZone: 'Europe/London' });
  control = host.control;
  app = createApp(host.platform, {
    onError: (e) => {
      throw e;
    },
  });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitwise-roundtrip-'));
  out = mkdtempSync(join(tmpdir(), 'sitwise-roundtrip-out-'));
  clock = new FakeClock(START);
  boot();
  await app.start();
});

afterEach(async () => {
  await app.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

/** A week of use: sitting and standing each day, a goal with sessions, a flare-up, a weekly check-in. */
async function useForAWeek(): Promise<void> {
  await call('settings.update', { snooze: { minutes: 10 } });
  await call('pacing.createGoal', {
    fields: {
      name: 'Walk',
      metric: 'session-min',
      cadence: { kind: 'daily' },
      progression: { mode: 'percent', pct: 10 },
      aim: null,
    },
    sessions: [{ minutes: 10 }, { minutes: 12 }, { minutes: 14 }],
  });
  for (let day = 0; day < 6; day++) {
    await clock.advance(40 * MIN);
    await call('state.act', { action: 'stand' });
    await clock.advance(25 * MIN);
    await call('state.act', { action: 'sit' });
    await clock.advance(50 * MIN);
    if (day === 2) await call('pacing.flare', { on: true });
    if (day === 4) await call('pacing.flare', { on: false });
    const goal = (await call('pacing.get')).goals[0];
    if (goal)
      await call('pacing.logSession', {
        goalId: goal.goal.id,
        minutes: 12 + day,
        before: 3,
        after: 2,
        note: '',
      });
    if (day === 3) {
      await call('checkin.submit', {
        peg: { pain: 4, enjoyment: 3, activity: 5 },
        activities: [{ name: 'gardening', score: 6 }],
        stiffness: 3,
        sleep: 6,
        confidence: 7,
      });
    }
    // The rest of the day away, then the next morning.
    control.idle = 20 * 3600;
    await clock.advance(24 * HOUR - 115 * MIN);
    control.idle = 0;
  }
}

async function everything() {
  return {
    days: await call('summary.range', { from: '2026-11-16', to: '2026-11-22' }),
    rollup: await call('summary.rollup', { from: '2026-11-16', to: '2026-11-22', by: 'week' }),
    pacing: await call('pacing.get'),
    trends: await call('checkin.trends'),
    checkin: await call('checkin.get'),
    settings: await call('settings.get'),
  };
}

describe('export, delete, import', () => {
  it('gives back identical summaries, goals, plans and trends', async () => {
    await useForAWeek();
    const before = await everything();
    expect(before.days.reduce((n, d) => n + d.sittingMin, 0)).toBeGreaterThan(200);
    expect(before.pacing.goals).toHaveLength(1);
    expect(before.trends.points.length).toBeGreaterThan(0);

    control.savePath = join(out, 'all.json');
    expect(await call('data.export', { format: 'json' })).toEqual({ saved: true, path: control.savePath });
    const text = readFileSync(control.savePath, 'utf8');
    const file = JSON.parse(text);
    expect(file.formatVersion).toBe(2);
    expect(Object.keys(file.sections)).toEqual(['settings', 'journal', 'pacing', 'routines', 'plan']);
    expect(file.sections.settings.data.snooze.minutes).toBe(10);
    const pacingTypes = Object.values(
      file.sections.pacing.months as Record<string, { rec: { type: string } }[]>,
    )
      .flat()
      .map((l) => l.rec.type);
    expect(pacingTypes).toContain('checkin.submitted');
    expect(pacingTypes).toContain('pacing.flare-entered');

    // Into a folder that already holds data: refused, nothing changes.
    expect(await refusal('data.import', { text })).toMatch(/^An import goes into an empty data folder only/);

    await call('data.delete', { confirm: 'delete all my data' });
    expect((await call('pacing.get')).goals).toEqual([]);
    expect(
      (await call('summary.range', { from: '2026-11-16', to: '2026-11-22' })).every(
        (d) => d.sittingMin === 0,
      ),
    ).toBe(true);

    expect(await call('data.import', { text })).toEqual({
      imported: ['settings', 'journal', 'pacing', 'routines', 'plan'],
    });
    expect(await everything()).toEqual(before);

    // After a restart on the imported folder, the same again.
    await app.stop();
    boot();
    await app.start();
    expect(await everything()).toEqual(before);
  });

  it('writes one CSV file per table beside the chosen file', async () => {
    await useForAWeek();
    control.savePath = join(out, 'sitwise.csv');
    await call('data.export', { format: 'csv' });
    expect(readdirSync(out).sort()).toEqual(['sitwise.checkins.csv', 'sitwise.csv', 'sitwise.sessions.csv']);
    const sessions = readFileSync(join(out, 'sitwise.sessions.csv'), 'utf8').trim().split('\n');
    expect(sessions[0]).toBe('date,goal_id,minutes,pain_before,pain_after,note');
    // Three baseline sessions and six logged ones.
    expect(sessions).toHaveLength(1 + 3 + 6);
    const checkins = readFileSync(join(out, 'sitwise.checkins.csv'), 'utf8').trim().split('\n');
    expect(checkins[1]).toMatch(/^2026-11-16,2026-11-19,4,3,5,3,6,7,gardening: 6,$/);
  });

  it('refuses a newer format, a newer section, a damaged line, and writes nothing', async () => {
    await call('data.delete', { confirm: 'delete all my data' });
    const newer = JSON.stringify({ format: 'sitwise-export', formatVersion: 3, sections: {} });
    expect(await refusal('data.import', { text: newer })).toMatch(/newer version of Sitwise \(format 3/);
    const unknown = JSON.stringify({
      format: 'sitwise-export',
      formatVersion: 2,
      sections: { 'sync-accounts': {} },
    });
    expect(await refusal('data.import', { text: unknown })).toMatch(/does not know \("sync-accounts"\)/);
    const newerLine = JSON.stringify({
      format: 'sitwise-export',
      formatVersion: 2,
      sections: { journal: { version: 1, months: { '2026-11': [{ v: 2, seq: 1, rec: {} }] } } },
    });
    expect(await refusal('data.import', { text: newerLine })).toMatch(
      /lines from a newer version of Sitwise/,
    );
    const damaged = JSON.stringify({
      format: 'sitwise-export',
      formatVersion: 2,
      sections: {
        settings: { version: 2, data: { theme: 'dark' } },
        journal: { version: 1, months: { '2026-11': [{ v: 1, seq: 1, rec: { type: 'observed', at: -5 } }] } },
      },
    });
    expect(await refusal('data.import', { text: damaged })).toMatch(
      /^The (settings|journal) in this file cannot be used/,
    );
    expect(await refusal('data.import', { text: 'not json' })).toMatch(/not a Sitwise export/);
    // The journal holds only the app's own tracking since start; none of the refused lines.
    expect(readFileSync(join(dir, 'journal', '2026-11.jsonl'), 'utf8')).not.toContain('"at":-5');
    expect((await call('settings.get')).theme).not.toBe('dark');
  });
});

/**
 * Time across suspend, through the whole app on the host platform: the real clock adapter on scripted OS
 * time sources (test/host/fake-clock.ts), the real engine, journal and summaries. On Linux and macOS the
 * monotonic clock and its timers stop while the lid is closed; the wall and boot clocks do not.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../../main/app';
import type { InvokeChannel, RequestOf, ResponseOf } from '../../../shared/ipc';
import { localDateOf } from '../../../shared/time';
import { FakeClock, type SleepMode } from '../../host/fake-clock';
import { createHostPlatform, type HostControl } from '../../host/platform';

const ZONE = 'Europe/London';
const MIN = 60_000;
const at = (hhmm: string, date = '2026-11-23') => Date.parse(`${date}T${hhmm}:00Z`);

interface Run {
  app: App;
  clock: FakeClock;
  control: HostControl;
  errors: unknown[];
  call<C extends InvokeChannel>(channel: C, payload?: RequestOf<C>): Promise<ResponseOf<C>>;
  /** Advances to a wall time, in minute steps (the user types throughout unless `idle` is set). */
  until(hhmm: string, date?: string): Promise<void>;
  promptsShown(): { kind: string; at: number }[];
}

function journal(dir: string): { type: string; deltaMs?: number }[] {
  return readFileSync(join(dir, 'journal', '2026-11.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line).rec);
}

const runs: Run[] = [];
afterEach(async () => {
  for (const r of runs.splice(0)) await r.app.stop();
});

async function start(
  clock: FakeClock,
  dir = mkdtempSync(join(tmpdir(), 'sitwise-sleep-')),
): Promise<Run & { dir: string }> {
  const host = createHostPlatform({ clock, dataDir: dir, version: '0.0.0-test', timeZone: ZONE });
  const errors: unknown[] = [];
  const shown: { kind: string; at: number }[] = [];
  host.control.pushes.on('push', (channel: string, payload: unknown) => {
    if (channel !== 'state.changed' || typeof payload !== 'object' || payload === null) return;
    const prompt = Reflect.get(payload, 'activePrompt');
    if (
      prompt &&
      prompt.state === 'shown' &&
      !shown.some((s) => s.kind === prompt.kind && s.at === prompt.dueAt)
    )
      shown.push({ kind: prompt.kind, at: prompt.dueAt });
  });
  const app = createApp(host.platform, { onError: (e) => errors.push(e) });
  await app.start();
  const run: Run & { dir: string } = {
    app,
    clock,
    control: host.control,
    errors,
    dir,
    async call(channel, payload) {
      const result = await app.dispatch(channel, payload);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as ResponseOf<typeof channel>;
    },
    async until(hhmm, date) {
      const target = at(hhmm, date);
      while (clock.wallNow() < target) await clock.advance(Math.min(MIN, target - clock.wallNow()));
    },
    promptsShown: () => shown,
  };
  runs.push(run);
  return run;
}

describe.each<SleepMode>(['linux', 'windows'])('lunch with the lid closed (%s)', (mode) => {
  it('counts the hour as away: a fresh bout after lunch, no stand prompt before 10:40', async () => {
    const r: Run & { dir: string } = await start(new FakeClock(at('09:00'), { sleepMode: mode }));
    await r.until('09:10');
    r.control.power('suspend');
    r.clock.sleep(60 * MIN);
    r.control.power('resume');
    expect(r.clock.now()).toBe(at('10:10'));
    await r.until('10:26');
    const snap = r.app.snapshot();
    expect(snap.presence).toBe('present');
    expect(snap.boutMin).toBeLessThanOrEqual(16);
    expect(snap.boutMin).toBeGreaterThanOrEqual(15);
    const day = await r.call('summary.day', { date: '2026-11-23' });
    expect(day.awayMin).toBeGreaterThanOrEqual(60);
    expect(day.sittingMin).toBeLessThanOrEqual(27);
    await r.until('10:39');
    expect(r.promptsShown()).toEqual([]);
    await r.until('10:42');
    expect(r.promptsShown()).toEqual([{ kind: 'stand', at: at('10:40') }]);
    // The sleep is not journaled as a manual change of the clock.
    expect(journal(r.dir).filter((e) => e.type === 'clock')).toEqual([]);
    expect(r.errors).toEqual([]);
  });
});

describe('sleep', () => {
  it('without a suspend event: the silence is a gap, the bout starts again', async () => {
    const r = await start(new FakeClock(at('09:00')));
    await r.until('09:10');
    r.clock.sleep(60 * MIN);
    await r.until('10:26');
    const snap = r.app.snapshot();
    expect(snap.presence).toBe('present');
    expect(snap.boutMin).toBeLessThanOrEqual(16);
    const day = await r.call('summary.day', { date: '2026-11-23' });
    expect(day.awayMin).toBeGreaterThanOrEqual(55);
    await r.until('10:38');
    expect(r.promptsShown()).toEqual([]);
    expect(r.errors).toEqual([]);
  });

  it('overnight: today is the new day and no escalation prompt greets the morning', async () => {
    const r = await start(new FakeClock(at('16:00')));
    await r.call('state.act', { action: 'stand' });
    await r.until('16:10');
    await r.call('state.act', { action: 'sit' });
    await r.until('17:30');
    const before = r.promptsShown().length;
    r.control.power('suspend');
    r.clock.sleep(at('08:30', '2026-11-24') - at('17:30'));
    r.control.power('resume');
    expect(localDateOf(r.clock.now(), { timeZone: ZONE, dayStart: '04:00' })).toBe('2026-11-24');
    await r.until('08:50', '2026-11-24');
    const morning = r.promptsShown().slice(before);
    expect(morning).toEqual([]);
    const today = await r.call('summary.day', { date: '2026-11-24' });
    expect(today.sittingMin).toBeGreaterThanOrEqual(19);
    expect(today.sittingMin).toBeLessThanOrEqual(21);
    const yesterday = await r.call('summary.day', { date: '2026-11-23' });
    expect(yesterday.sittingMin + yesterday.standingMin).toBeLessThanOrEqual(91);
    expect(r.errors).toEqual([]);
  });

  it('starting with the clock an hour behind the journal: tracking and prompts go on', async () => {
    const first = await start(new FakeClock(at('09:00')));
    await first.until('10:00');
    await first.app.stop();
    runs.splice(runs.indexOf(first), 1);

    const r = await start(new FakeClock(at('09:00')), first.dir);
    expect(r.errors).toEqual([]);
    const sat = await r.call('state.act', { action: 'stand' });
    expect(sat.posture).toBe('standing');
    await r.until('09:20');
    await r.call('state.act', { action: 'sit' });
    await r.until('10:00');
    // The escalation left open by the first run, answered by standing; then the schedule runs on:
    // sit after 15 min standing (wall 09:15), stand after 30 min sitting (wall 09:50).
    expect(r.promptsShown().map((p) => p.kind)).toEqual(['escalate', 'sit', 'stand']);
    expect(r.app.snapshot().activePrompt?.kind).toBe('stand');
    // The jump is journaled as what it is: the clock went back an hour.
    expect(journal(r.dir).filter((e) => e.type === 'clock')).toMatchObject([{ deltaMs: -60 * MIN }]);
    expect(r.errors).toEqual([]);
  });
});

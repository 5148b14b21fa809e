/**
 * The composition root on the end-to-end host's platform: real engine, journal, settings and pacing on a
 * temp folder, a fake clock. Checks the wiring itself: one timer, prompts presented the chosen way,
 * focus probed only when a prompt is due, events journaled, settings pushed, flare shown in the tray.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../../main/app';
import type { InvokeChannel, RequestOf, ResponseOf } from '../../../shared/ipc';
import { FakeClock } from '../../host/fake-clock';
import { createHostPlatform, type HostControl } from '../../host/platform';

const START = Date.parse('2026-11-23T09:00:00Z');
const MIN = 60_000;

let dir: string;
let clock: FakeClock;
let control: HostControl;
let app: App;
let pushes: { channel: string; payload: unknown }[];
let busyAsks: number;

async function call<C extends InvokeChannel>(channel: C, payload?: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await app.dispatch(channel, payload);
  if (!result.ok) throw new Error(result.error.message);
  // The router returns the handler's value for this channel.
  return result.value as ResponseOf<C>;
}

function boot(): void {
  const host = createHostPlatform({ clock, dataDir: dir, version: '0.0.0-test', timeZone: 'Europe/London' });
  control = host.control;
  const focus = host.platform.focus;
  host.platform.focus = {
    isBusy: async (options) => {
      busyAsks++;
      return focus.isBusy(options);
    },
  };
  control.pushes.on('push', (channel: string, payload: unknown) => pushes.push({ channel, payload }));
  app = createApp(host.platform, {
    onError: (e) => {
      throw e;
    },
  });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitwise-app-'));
  clock = new FakeClock(START);
  pushes = [];
  busyAsks = 0;
  boot();
  await app.start();
});

afterEach(async () => {
  await app.stop();
});

describe('createApp', () => {
  it('keeps exactly one engine timer alive (and one for the next reminder) and wakes coarsely', async () => {
    await clock.advance(10 * MIN);
    expect(clock.pendingTimers()).toBe(2);
    const states = pushes.filter((p) => p.channel === 'state.changed').length;
    // At the keyboard the engine samples idle time once per away threshold (3 min by default): 20 an hour,
    // so 3 wake-ups in these 10 minutes, each pushing one snapshot after the one pushed at start.
    expect(states).toBe(1 + 3);
  });

  it('opens the prompt window when the stand prompt is due, and closes it when snoozed', async () => {
    await clock.advance(30 * MIN + 1000);
    const snap = app.snapshot();
    expect(snap.activePrompt).toMatchObject({ kind: 'stand', state: 'shown' });
    expect(snap.activePrompt?.routineId).toEqual(expect.any(String));
    expect(control.opened.prompt).toBe(1);
    expect(control.promptOpen).toBe(true);
    await call('state.act', { action: 'snooze' });
    expect(control.promptOpen).toBe(false);
    await clock.advance(5 * MIN + 1000);
    expect(control.opened.prompt).toBe(2);
  });

  it('shows a notification with actions in the notification style, and its buttons act', async () => {
    await call('settings.update', { promptStyle: 'notification' });
    await clock.advance(30 * MIN + 1000);
    expect(control.opened.prompt).toBe(0);
    const note = control.notifications.at(-1);
    expect(note?.actions.map((a) => a.id)).toEqual(['start', 'snooze', 'skip']);
    control.notificationActions.get(note?.id ?? '')?.('start');
    expect(app.snapshot().posture).toBe('standing');
  });

  it('gives the optional heads-up a minute before a prompt, and withdraws it when the prompt shows', async () => {
    await call('settings.update', { headsUp: { enabled: true } });
    await clock.advance(29 * MIN + 1000);
    const headsUp = control.notifications.find((n) => n.id.startsWith('heads-up-'));
    expect(headsUp).toMatchObject({ title: 'Standing up in a minute', actions: [] });
    expect(control.opened.prompt).toBe(0);
    await clock.advance(MIN);
    expect(control.opened.prompt).toBe(1);
    expect(control.closedNotifications).toContain(headsUp?.id);
    expect(control.notifications.filter((n) => n.id.startsWith('heads-up-'))).toHaveLength(1);
  });

  it('gives no heads-up while it is off (the default)', async () => {
    await clock.advance(31 * MIN);
    expect(control.opened.prompt).toBe(1);
    expect(control.notifications.some((n) => n.id.startsWith('heads-up-'))).toBe(false);
  });

  it('asks "sitting or standing?" once on return from a break, and withdraws it once answered', async () => {
    await call('state.act', { action: 'stand' });
    await clock.advance(5 * MIN);
    control.power('lock');
    await clock.advance(25 * MIN);
    control.power('unlock');
    await new Promise((r) => setImmediate(r));
    const asked = control.notifications.filter((n) => n.id === 'welcome-back');
    expect(asked).toHaveLength(1);
    expect(asked[0]?.actions.map((a) => a.id)).toEqual(['sit', 'stand']);
    control.notificationActions.get('welcome-back')?.('sit');
    await new Promise((r) => setImmediate(r));
    expect(app.snapshot()).toMatchObject({ posture: 'sitting', askPosture: false });
    expect(control.closedNotifications).toContain('welcome-back');
    await clock.advance(10 * MIN);
    expect(control.notifications.filter((n) => n.id === 'welcome-back')).toHaveLength(1);
  });

  it('asks the focus probe only when a prompt is due, defers during a meeting and catches up after', async () => {
    await call('settings.update', { focusDeferral: { enabled: true } });
    control.busy = true;
    await clock.advance(29 * MIN);
    expect(busyAsks).toBe(0);
    await clock.advance(1 * MIN + 1000);
    expect(busyAsks).toBe(1);
    expect(app.snapshot().activePrompt?.state).toBe('deferred');
    expect(control.opened.prompt).toBe(0);
    const asked = busyAsks;
    await clock.advance(5 * MIN);
    // Still in the meeting: asked again at the engine's own coarse wake-ups, not every second.
    expect(busyAsks - asked).toBeGreaterThan(0);
    expect(busyAsks - asked).toBeLessThanOrEqual(5);
    control.busy = false;
    await clock.advance(5 * MIN);
    expect(app.snapshot().activePrompt).toMatchObject({ state: 'shown', catchUp: true });
    expect(control.opened.prompt).toBe(1);
  });

  it('journals events, and a restart mid-day keeps the bout', async () => {
    await clock.advance(20 * MIN);
    await call('state.act', { action: 'stand' });
    await clock.advance(5 * MIN);
    await app.stop();
    const months = readdirSync(join(dir, 'journal')).filter((f) => f.endsWith('.jsonl'));
    expect(months).toEqual(['2026-11.jsonl']);
    const lines = readFileSync(join(dir, 'journal', '2026-11.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(lines.some((l) => l.includes('"posture"') && l.includes('standing'))).toBe(true);
    boot();
    await app.start();
    expect(app.snapshot().posture).toBe('standing');
    const today = await call('summary.day', { date: '2026-11-23' });
    expect(today.sittingMin).toBeCloseTo(20, 0);
    expect(today.standingMin).toBeCloseTo(5, 0);
  });

  it('refuses a bad settings update naming the key, pushes a good one, and saves it', async () => {
    const bad = await app.dispatch('settings.update', { snooze: { minutes: 0 } });
    expect(bad.ok === false && bad.error.issues?.[0]?.path).toBe('snooze.minutes');
    expect((await call('settings.get')).snooze.minutes).toBe(5);
    await call('settings.update', { snooze: { minutes: 10 }, startAtLogin: true });
    expect(pushes.some((p) => p.channel === 'settings.changed')).toBe(true);
    expect(control.autostart).toBe(true);
    await app.stop();
    boot();
    await app.start();
    expect((await call('settings.get')).snooze.minutes).toBe(10);
  });

  it('shows flare-up mode in the tray when pacing enters it', async () => {
    expect(control.trayFlare).toBe(false);
    await call('pacing.flare', { on: true });
    expect(control.trayFlare).toBe(true);
    await call('pacing.flare', { on: false });
    expect(control.trayFlare).toBe(false);
  });

  it('reports idle detection as unavailable, once, when the OS cannot tell', async () => {
    control.idle = null;
    await clock.advance(5 * MIN);
    expect((await call('app.getInfo')).idleDetection).toBe('unavailable');
    await clock.advance(5 * MIN);
    expect((await call('notices.get')).filter((n) => n.kind === 'idle-unavailable')).toHaveLength(1);
  });

  it('a calendar file with an event at 09:32: the stand prompt due at 09:30 is offered at 09:22, before it', async () => {
    const file = join(dir, 'work.ics');
    writeFileSync(
      file,
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:1@t\r\nDTSTAMP:20261123T080000Z\r\n' +
        'DTSTART:20261123T093200Z\r\nDTEND:20261123T100000Z\r\nSUMMARY:Planning\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    );
    await call('settings.update', { calendar: { enabled: true, source: file } });
    expect((await call('calendar.refresh')).upcoming).toEqual([
      {
        start: Date.parse('2026-11-23T09:32:00Z'),
        end: Date.parse('2026-11-23T10:00:00Z'),
        title: 'Planning',
      },
    ]);
    await clock.advance(21 * MIN);
    expect(app.snapshot().activePrompt).toBeNull();
    await clock.advance(2 * MIN);
    expect(app.snapshot().activePrompt).toMatchObject({
      kind: 'stand',
      state: 'shown',
      beforeEventAt: Date.parse('2026-11-23T09:32:00Z'),
    });
    // The title stays in Settings' preview: it is in no snapshot and no journal line.
    expect(JSON.stringify(app.snapshot())).not.toContain('Planning');
    await app.stop();
    const journal = readdirSync(join(dir, 'journal')).map((f) =>
      readFileSync(join(dir, 'journal', f), 'utf8'),
    );
    expect(journal.join('')).not.toContain('Planning');
  });
});

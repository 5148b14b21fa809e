/**
 * One dispatcher for shell commands (tray, notification buttons, command line, second launch) and the
 * reminders, both inside createApp, on the end-to-end host's platform.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../../main/app';
import { FakeClock } from '../../host/fake-clock';
import { createHostPlatform, type HostControl } from '../../host/platform';

const START = Date.parse('2026-11-23T09:00:00Z'); // a Monday; Europe/London is UTC in November
const MIN = 60_000;

let clock: FakeClock;
let control: HostControl;
let app: App;
let errors: unknown[];

beforeEach(async () => {
  clock = new FakeClock(START);
  errors = [];
  const dir = mkdtempSync(join(tmpdir(), 'sitwise-commands-'));
  const host = createHostPlatform({ clock, dataDir: dir, version: '0.0.0-test', timeZone: 'Europe/London' });
  control = host.control;
  app = createApp(host.platform, { onError: (e) => errors.push(e) });
  await app.start();
});

afterEach(async () => {
  await app.stop();
});

describe('shell commands', () => {
  it('Start on a movement-snack notification begins the snack and opens the player', async () => {
    await app.dispatch('settings.update', { promptStyle: 'notification' });
    // The stand prompt at 09:30 goes unanswered; the escalation at 10:00 offers a snack.
    await clock.advance(60 * MIN + 1000);
    const note = control.notifications.at(-1);
    expect(note?.id).toMatch(/^escalate-/);
    expect(control.opened.prompt).toBe(0);
    control.notificationActions.get(note?.id ?? '')?.('start');
    await new Promise((resolve) => setImmediate(resolve));
    expect(app.snapshot().snack).not.toBeNull();
    expect(control.opened.prompt).toBe(1);
    expect(control.promptOpen).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the tray and the command line reach the same dispatcher: a snack from anywhere opens the player', async () => {
    await app.command({ kind: 'act', action: { action: 'snack-start' } });
    expect(app.snapshot().posture).toBe('moving');
    expect(control.opened.prompt).toBe(1);
    await app.command({ kind: 'act', action: { action: 'snack-stop' } });
    await app.commandLine(['--snack'], { secondLaunch: true });
    expect(control.opened.prompt).toBe(2);
  });

  it('refuses a command that is not one, naming why, and changes nothing', async () => {
    await expect(app.command({ kind: 'act', action: { action: 'fly' } })).rejects.toThrow(/Not a command/);
    await expect(app.command({ kind: 'shell', run: 'rm -rf ~' })).rejects.toThrow(/Not a command/);
    await expect(app.command({ kind: 'open', screen: 'nowhere' })).rejects.toThrow(/Not a command/);
    await expect(app.command({ kind: 'act', action: { action: 'pause', minutes: 0 } })).rejects.toThrow(
      /Not a command/,
    );
    expect(app.snapshot().posture).toBe('sitting');
    expect(control.opened).toEqual({ dashboard: [], prompt: 0 });
  });

  it('runs command-line flags; a plain second launch opens the dashboard; one bad flag voids the call', async () => {
    await app.commandLine(['--stand'], { secondLaunch: false });
    expect(app.snapshot().posture).toBe('standing');
    await app.commandLine([], { secondLaunch: true });
    expect(control.opened.dashboard).toEqual([undefined]);
    await app.commandLine(['--sit', '--pause=soon'], { secondLaunch: true });
    expect(app.snapshot().posture).toBe('standing');
    expect(errors).toHaveLength(1);
    await app.commandLine(['--open=pacing'], { secondLaunch: true });
    expect(control.opened.dashboard).toEqual([undefined, 'pacing']);
  });

  it('flare and quit go through the same path', async () => {
    await app.command({ kind: 'flare', on: true });
    expect(control.trayFlare).toBe(true);
    await app.command({ kind: 'quit' });
    expect(control.quits).toBe(1);
  });
});

describe('reminders in the app', () => {
  it('shows the end-of-day summary at 17:30 and opens Today when clicked', async () => {
    await clock.advance(8 * 60 * MIN + 29 * MIN);
    expect(control.notifications.some((n) => n.id.startsWith('end-of-day'))).toBe(false);
    await clock.advance(2 * MIN);
    const note = control.notifications.find((n) => n.id === 'end-of-day-2026-11-23');
    expect(note?.title).toBe('Your day with Sitwise');
    control.notificationActions.get(note?.id ?? '')?.('click');
    expect(control.opened.dashboard).toEqual(['today']);
  });

  it('a lid closed across 17:30 shows the summary when the machine is back, not a sleep later', async () => {
    await clock.advance(8 * 60 * MIN);
    control.power('suspend');
    clock.sleep(60 * MIN);
    control.power('resume');
    await clock.advance(1000);
    expect(control.notifications.some((n) => n.id === 'end-of-day-2026-11-23')).toBe(true);
  });
});

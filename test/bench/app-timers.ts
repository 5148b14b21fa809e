/**
 * Wake-ups of the whole app beside a real 1-second poller, on one fake clock.
 *
 * The app runs as it does in Electron minus Electron (createApp on the end-to-end host's platform): the
 * engine driver's timer, the reminder scheduler's and the tray's refresh timer (the same ticker the
 * Electron tray adapter runs; the host's tray has none) all arm timers on a counting wrapper of the clock. Beside it, on the same clock, a
 * 1-second poller of the kind Stretchly, BreakTimer and Workrave run reads the same idle time every second,
 * counts sitting seconds and prompts when the count reaches the sit length. Both
 * are counted per timer callback that fires; a fire counts as "present" when the engine reports the user
 * present at that moment (an idle stretch is seen as away only once it reaches the away threshold, so
 * that is slightly more than the present time of the day summary).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../main/app';
import type { ScenarioStep } from '../../main/cli/scenario';
import type { Clock } from '../../main/ports';
import { createTrayTicker } from '../../main/shell/tray-ticker';
import type { InvokeChannel, RequestOf, ResponseOf } from '../../shared/ipc';
import { defaultSettings, scheduleOf } from '../../shared/settings';
import { localDateOf } from '../../shared/time';
import { FakeClock } from '../host/fake-clock';
import { createHostPlatform } from '../host/platform';

export interface WakeCounts {
  /** Timer callbacks the app ran, all of them and those while the user was present. */
  app: { all: number; present: number };
  /** The 1-second poller's timer callbacks, likewise. */
  poller: { all: number; present: number };
  /** Length of the scenario and time present in it (from the day summary), in hours. */
  hours: number;
  presentHours: number;
  /** The poller's own result, so it is seen doing the job (prompts it would have shown). */
  pollerPrompts: number;
}

/** Idle seconds at `at` by the scenario rule (at the keyboard unless an idle line says otherwise). */
export function idleAt(list: ScenarioStep[], at: number): number {
  for (const s of list) {
    if (s.at >= at && 'input' in s && s.input.kind === 'idle') {
      const stop = s.at - s.input.idleSec * 1000;
      return stop <= at ? (at - stop) / 1000 : 0;
    }
  }
  return 0;
}

function countingClock(base: FakeClock, onFire: () => void): Clock {
  return {
    now: () => base.now(),
    wallNow: () => base.wallNow(),
    onChange: (listener) => base.onChange(listener),
    setTimer: (at, callback) =>
      base.setTimer(at, () => {
        onFire();
        callback();
      }),
  };
}

export async function countWakeUps(list: ScenarioStep[], timeZone: string): Promise<WakeCounts> {
  const first = list[0]?.at ?? 0;
  const last = list.at(-1)?.at ?? first;
  const dir = mkdtempSync(join(tmpdir(), 'sitwise-bench-timers-'));
  const fake = new FakeClock(first);
  const counts: WakeCounts = {
    app: { all: 0, present: 0 },
    poller: { all: 0, present: 0 },
    hours: (last - first) / 3_600_000,
    presentHours: 0,
    pollerPrompts: 0,
  };
  let present = (): boolean => true;
  const appClock = countingClock(fake, () => {
    counts.app.all++;
    if (present()) counts.app.present++;
  });
  const pollerClock = countingClock(fake, () => {
    counts.poller.all++;
    if (present()) counts.poller.present++;
  });

  const host = createHostPlatform({ clock: appClock, dataDir: dir, version: '0.0.0-bench', timeZone });
  const { platform, control } = host;
  platform.activity.idleSeconds = async () => idleAt(list, fake.now());
  const ticker = createTrayTicker(appClock, () => {});
  const hostTray = platform.tray.update.bind(platform.tray);
  platform.tray.update = (snapshot, extras) => {
    hostTray(snapshot, extras);
    ticker.follow(snapshot);
  };
  const app = createApp(platform, {
    onError: (e) => {
      throw e;
    },
  });
  async function call<C extends InvokeChannel>(channel: C, payload?: RequestOf<C>): Promise<ResponseOf<C>> {
    const result = await app.dispatch(channel, payload);
    if (!result.ok) throw new Error(result.error.message);
    // The router returns the handler's value for this channel.
    return result.value as ResponseOf<C>;
  }
  present = () => app.snapshot().presence === 'present';

  // The baseline: one timer a second, re-armed each time, doing the whole job on every tick.
  const sitSec = scheduleOf(defaultSettings).sitMin * 60;
  const awaySec = defaultSettings.awayThresholdMin * 60;
  let counter = 0;
  let stopPoller = (): void => {};
  const poll = (): void => {
    const away = idleAt(list, fake.now()) >= awaySec;
    counter = away ? 0 : counter + 1;
    if (counter >= sitSec) {
      counts.pollerPrompts++;
      counter = 0;
    }
    stopPoller = pollerClock.setTimer(fake.now() + 1000, poll);
  };

  try {
    await app.start();
    stopPoller = pollerClock.setTimer(first + 1000, poll);
    for (const step of list) {
      await fake.advance(Math.max(0, step.at - fake.now()));
      if (!('input' in step)) continue;
      const input = step.input;
      if (input.kind === 'power') control.power(input.power);
      else if (input.kind === 'user') await call('state.act', input.action);
    }
    stopPoller();
    const date = localDateOf(first, { timeZone, dayStart: defaultSettings.dayStart });
    const day = await call('summary.day', { date });
    counts.presentHours = (day.sittingMin + day.standingMin + day.movingMin) / 60;
  } finally {
    ticker.stop();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return counts;
}

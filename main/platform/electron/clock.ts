/**
 * The real clock: true elapsed time, across sleep, on every OS.
 *
 * `performance.now()` (and libuv's timers) run on the monotonic clock, which stops while a Linux or macOS
 * machine is suspended; `Date.now()` moves with manual changes and NTP. Neither alone gives durations that
 * are true across a closed lid. So `now()` is the monotonic clock plus a base that grows by the time spent
 * asleep, measured with the boot clock (`os.uptime()`: CLOCK_BOOTTIME on Linux, kern.boottime on macOS,
 * GetTickCount64 on Windows, all of which keep counting through sleep and ignore manual wall changes).
 * On Windows the monotonic clock already runs through sleep and nothing is added.
 *
 * Sleep is looked for at every reading and on `resync()` (the platform calls it at `resume`); when found,
 * every live timer is re-armed on the new time line (its monotonic deadline would otherwise fire late), and
 * change listeners are told, as they are on a wall-clock jump of a minute or more (reminders keyed to wall
 * time recompute). A manual wall change never moves `now()`: the engine sees it through `wallNow()`.
 */
import { uptime } from 'node:os';
import type { Cancel, Clock } from '../../ports';

/** What the clock reads from the OS; the end-to-end host passes a scripted set. */
export interface TimeSources {
  /** Monotonic ms (`performance.now()`): stops during sleep on Linux and macOS, runs on Windows. */
  monotonic(): number;
  /** Wall-clock epoch ms (`Date.now()`). */
  wall(): number;
  /** Seconds since boot, counting time asleep (`os.uptime()`; whole seconds on macOS). */
  uptime(): number;
  /** A timer on the monotonic clock (`setTimeout`). */
  schedule(callback: () => void, delayMs: number): Cancel;
}

export const nodeTimeSources: TimeSources = {
  monotonic: () => performance.now(),
  wall: () => Date.now(),
  uptime: () => uptime(),
  schedule(callback, delayMs) {
    const handle = setTimeout(callback, delayMs);
    return () => clearTimeout(handle);
  },
};

export interface SystemClock extends Clock {
  wallNow(): number;
  onChange(listener: () => void): Cancel;
  notBefore(at: number): void;
  /** Looks for time spent asleep now (call at `resume`). */
  resync(): void;
}

/** setTimeout overflows above 2^31-1 ms (~24.8 days): longer waits re-arm on the way. */
const MAX_DELAY = 2_147_483_647;
/** The boot clock moving this much more than the monotonic clock is sleep, not rounding (1 s on macOS). */
export const SLEEP_MIN_MS = 5_000;
/** The wall clock moving this much against `now()` is a jump (as the engine counts it), not drift. */
export const WALL_JUMP_MS = 60_000;

interface Timer {
  at: number;
  callback: () => void;
  cancel: Cancel | null;
}

export function createSystemClock(sources: TimeSources = nodeTimeSources): SystemClock {
  let lastMono = sources.monotonic();
  let lastUptime = sources.uptime();
  let base = sources.wall() - lastMono;
  let lastOffset = 0;
  const timers = new Set<Timer>();
  const listeners = new Set<() => void>();

  /** Reads the sources; true when the time line moved by sleep or the wall clock jumped. */
  function read(): { now: number; changed: boolean; slept: boolean } {
    const mono = sources.monotonic();
    const up = sources.uptime();
    const slept = (up - lastUptime) * 1000 - (mono - lastMono);
    lastMono = mono;
    lastUptime = up;
    const asleep = slept >= SLEEP_MIN_MS;
    if (asleep) base += Math.round(slept);
    const now = Math.round(mono + base);
    const offset = sources.wall() - now;
    const jumped = Math.abs(offset - lastOffset) >= WALL_JUMP_MS;
    lastOffset = offset;
    return { now, changed: asleep || jumped, slept: asleep };
  }

  function notify(): void {
    for (const listener of [...listeners]) listener();
  }

  function now(): number {
    const reading = read();
    if (reading.changed) settle(reading.slept);
    return reading.now;
  }

  function settle(slept: boolean): void {
    if (slept) for (const timer of timers) arm(timer);
    // Told after the current caller is done, so a listener never runs inside someone else's reading.
    if (listeners.size > 0) queueMicrotask(notify);
  }

  function arm(timer: Timer): void {
    timer.cancel?.();
    const delay = timer.at - Math.round(sources.monotonic() + base);
    if (delay <= MAX_DELAY) {
      timer.cancel = sources.schedule(
        () => {
          timer.cancel = null;
          const reading = read();
          if (reading.changed) settle(reading.slept);
          // Re-armed by a sleep just found, or woken early: wait for the deadline on the new time line.
          if (timer.cancel !== null) return;
          if (reading.now < timer.at) return arm(timer);
          timers.delete(timer);
          timer.callback();
        },
        Math.max(0, delay),
      );
    } else {
      timer.cancel = sources.schedule(() => arm(timer), MAX_DELAY);
    }
  }

  return {
    now,
    wallNow: () => {
      now();
      return sources.wall();
    },
    setTimer(at, callback) {
      const timer: Timer = { at, callback, cancel: null };
      timers.add(timer);
      arm(timer);
      return () => {
        timers.delete(timer);
        timer.cancel?.();
        timer.cancel = null;
      };
    },
    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    notBefore(at) {
      const current = now();
      if (at <= current) return;
      base += at - current;
      lastOffset = sources.wall() - at;
      settle(true);
    },
    resync() {
      now();
    },
  };
}

/**
 * Time for tests: scripted OS time sources under the real clock adapter (main/platform/electron/clock.ts),
 * so what the tests see is what the app sees on a desktop.
 *
 * The sources model what the OS does (Node's `performance.now()`, `Date.now()`, `os.uptime()`, timers):
 * - `advance(ms)`: everything moves; timers fire in time order on the way.
 * - `sleep(ms)`: the machine is suspended. The wall clock and the boot clock move. On Linux and macOS the
 *   monotonic clock and its timers do not (libuv's clock is CLOCK_MONOTONIC / mach_absolute_time, which
 *   stop while suspended): a timer due during the sleep fires only after its remaining monotonic wait.
 *   On Windows (`'windows'` mode) the monotonic clock runs through sleep; timers past due fire at once
 *   on the next `advance`. Nothing is fired during the sleep itself: the machine was off.
 * - `shiftWall(ms)`: a manual wall-clock change; nothing else moves.
 */
import { createSystemClock, type SystemClock, type TimeSources } from '../../main/platform/electron/clock';
import type { Cancel } from '../../main/ports';

export type SleepMode = 'linux' | 'windows';

interface SourceTimer {
  at: number;
  callback: () => void;
}

export class FakeClock implements SystemClock {
  private mono = 0;
  private wall: number;
  private bootMs = 0;
  private timers = new Map<number, SourceTimer>();
  private nextId = 1;
  private readonly mode: SleepMode;
  readonly sources: TimeSources;
  private readonly clock: SystemClock;

  constructor(start: number, options: { sleepMode?: SleepMode } = {}) {
    this.wall = start;
    this.mode = options.sleepMode ?? 'linux';
    this.sources = {
      monotonic: () => this.mono,
      wall: () => this.wall,
      // Whole seconds, as macOS reports it: the coarsest the adapter must cope with.
      uptime: () => Math.floor(this.bootMs / 1000),
      schedule: (callback, delayMs) => {
        if (!(delayMs >= 0)) throw new RangeError(`timer delay must be >= 0, got ${delayMs}`);
        const id = this.nextId++;
        this.timers.set(id, { at: this.mono + delayMs, callback });
        return () => {
          this.timers.delete(id);
        };
      },
    };
    this.clock = createSystemClock(this.sources);
  }

  now(): number {
    return this.clock.now();
  }

  wallNow(): number {
    return this.clock.wallNow();
  }

  setTimer(at: number, callback: () => void): Cancel {
    return this.clock.setTimer(at, callback);
  }

  onChange(listener: () => void): Cancel {
    return this.clock.onChange(listener);
  }

  notBefore(at: number): void {
    this.clock.notBefore(at);
  }

  resync(): void {
    this.clock.resync();
  }

  /** Simulates a manual wall-clock change without moving monotonic time. */
  shiftWall(ms: number): void {
    this.wall += ms;
  }

  /** The machine sleeps for `ms` (see the file comment for what moves). */
  sleep(ms: number): void {
    if (!(ms >= 0)) throw new Error(`sleep takes a non-negative number of ms, got ${ms}`);
    this.wall += ms;
    this.bootMs += ms;
    if (this.mode === 'windows') this.mono += ms;
  }

  /** Moves time forward, firing every timer that falls due on the way, in order. */
  async advance(ms: number): Promise<void> {
    if (!(ms >= 0)) throw new Error(`advance takes a non-negative number of ms, got ${ms}`);
    const target = this.mono + ms;
    for (;;) {
      const due = this.earliest(target);
      if (!due) break;
      this.timers.delete(due.id);
      this.move(Math.max(this.mono, due.at));
      due.callback();
      // Let async work started by the callback (idle sampling, journal writes) settle.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.move(target);
  }

  pendingTimers(): number {
    return this.timers.size;
  }

  private move(mono: number): void {
    const step = mono - this.mono;
    this.mono = mono;
    this.wall += step;
    this.bootMs += step;
  }

  private earliest(limit: number): ({ id: number } & SourceTimer) | null {
    let best: ({ id: number } & SourceTimer) | null = null;
    for (const [id, t] of this.timers) {
      if (t.at <= limit && (!best || t.at < best.at)) best = { id, ...t };
    }
    return best;
  }
}

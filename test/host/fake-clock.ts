import type { Cancel, Clock } from '../../main/ports';

/** A clock the tests move by hand: timers fire in time order as `advance` passes them. */
export class FakeClock implements Clock {
  private current: number;
  private wallOffset = 0;
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  constructor(start: number) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  wallNow(): number {
    return this.current + this.wallOffset;
  }

  /** Simulates a manual wall-clock change without moving monotonic time. */
  shiftWall(ms: number): void {
    this.wallOffset += ms;
  }

  setTimer(at: number, callback: () => void): Cancel {
    const id = this.nextId++;
    this.timers.set(id, { at, callback });
    return () => {
      this.timers.delete(id);
    };
  }

  /** Moves time forward, firing every timer that falls due on the way, in order. */
  async advance(ms: number): Promise<void> {
    if (!(ms >= 0)) throw new Error(`advance takes a non-negative number of ms, got ${ms}`);
    const target = this.current + ms;
    for (;;) {
      const due = this.earliest(target);
      if (!due) break;
      this.timers.delete(due.id);
      this.current = Math.max(this.current, due.at);
      due.callback();
      // Let async work started by the callback (idle sampling, journal writes) settle.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.current = target;
  }

  pendingTimers(): number {
    return this.timers.size;
  }

  private earliest(limit: number): { id: number; at: number; callback: () => void } | null {
    let best: { id: number; at: number; callback: () => void } | null = null;
    for (const [id, t] of this.timers) {
      if (t.at <= limit && (!best || t.at < best.at)) best = { id, ...t };
    }
    return best;
  }
}

/** The real clock, for `npm run host`. */
export const realClock: Clock = {
  now: () => Date.now(),
  setTimer(at, callback) {
    const handle = setTimeout(callback, Math.max(0, at - Date.now()));
    return () => clearTimeout(handle);
  },
};

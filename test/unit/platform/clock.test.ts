/** The clock adapter on scripted OS time sources (see test/host/fake-clock.ts for what each one models). */
import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../host/fake-clock';

const T0 = Date.parse('2026-11-23T09:00:00Z');
const MIN = 60_000;

describe('system clock', () => {
  it('counts time asleep although the monotonic clock stopped', () => {
    const clock = new FakeClock(T0);
    clock.sleep(60 * MIN);
    expect(clock.now()).toBe(T0 + 60 * MIN);
    expect(clock.wallNow()).toBe(T0 + 60 * MIN);
  });

  it('counts it once on Windows, where the monotonic clock runs through sleep', () => {
    const clock = new FakeClock(T0, { sleepMode: 'windows' });
    clock.sleep(60 * MIN);
    expect(clock.now()).toBe(T0 + 60 * MIN);
  });

  it('never moves with a manual wall-clock change, in either direction', () => {
    const clock = new FakeClock(T0);
    clock.shiftWall(2 * 60 * MIN);
    expect(clock.now()).toBe(T0);
    clock.shiftWall(-3 * 60 * MIN);
    expect(clock.now()).toBe(T0);
    expect(clock.wallNow()).toBe(T0 - 60 * MIN);
  });

  it('re-arms a timer that was due during the sleep: it fires at resume, not after its monotonic wait', async () => {
    const clock = new FakeClock(T0);
    const fired: number[] = [];
    clock.setTimer(T0 + 10 * MIN, () => fired.push(clock.now()));
    await clock.advance(5 * MIN);
    clock.sleep(60 * MIN);
    clock.resync();
    await clock.advance(0);
    expect(fired).toEqual([T0 + 65 * MIN]);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('any reading after a sleep re-arms timers on the new time line', async () => {
    const clock = new FakeClock(T0);
    const fired: number[] = [];
    clock.setTimer(T0 + 90 * MIN, () => fired.push(clock.now()));
    clock.sleep(60 * MIN);
    expect(clock.now()).toBe(T0 + 60 * MIN);
    await clock.advance(29 * MIN);
    expect(fired).toEqual([]);
    await clock.advance(2 * MIN);
    expect(fired).toEqual([T0 + 90 * MIN]);
  });

  it('tells listeners after a sleep and after a wall jump, not on drift', async () => {
    const clock = new FakeClock(T0);
    let told = 0;
    clock.onChange(() => told++);
    clock.shiftWall(30_000);
    clock.now();
    await Promise.resolve();
    expect(told).toBe(0);
    clock.shiftWall(60 * MIN);
    clock.now();
    await Promise.resolve();
    expect(told).toBe(1);
    clock.sleep(10 * MIN);
    clock.now();
    await Promise.resolve();
    expect(told).toBe(2);
  });

  it('carries the time line on from saved data written ahead of it, never going back', () => {
    const clock = new FakeClock(T0);
    clock.notBefore(T0 + 60 * MIN);
    expect(clock.now()).toBe(T0 + 60 * MIN);
    expect(clock.wallNow()).toBe(T0);
    clock.notBefore(T0);
    expect(clock.now()).toBe(T0 + 60 * MIN);
  });
});

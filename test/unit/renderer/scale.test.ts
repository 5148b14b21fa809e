import { describe, expect, it } from 'vitest';
import {
  bands,
  countAxis,
  heightOf,
  minutesAxis,
  niceMax,
  ticks,
  timelineRect,
} from '../../../renderer/src/lib/scale';

describe('niceMax', () => {
  it('rounds up to 1, 2, 2.5, 5 × 10^k', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(11)).toBe(20);
    expect(niceMax(21)).toBe(25);
    expect(niceMax(26)).toBe(50);
    expect(niceMax(100)).toBe(100);
  });
  it('is never below the value', () => {
    for (let v = 0.3; v < 5000; v *= 1.37) expect(niceMax(v)).toBeGreaterThanOrEqual(v);
  });
});

describe('minutesAxis', () => {
  it('uses minute steps up to an hour', () => {
    expect(minutesAxis(12)).toEqual({ max: 15, ticks: [0, 5, 10, 15] });
    expect(minutesAxis(55)).toEqual({ max: 60, ticks: [0, 15, 30, 45, 60] });
  });
  it('uses whole hours above an hour, every two hours past six', () => {
    expect(minutesAxis(75).ticks).toEqual([0, 60, 120]);
    const big = minutesAxis(7.5 * 60);
    expect(big.max).toBe(480);
    expect(big.ticks).toEqual([0, 120, 240, 360, 480]);
    for (const v of [61, 200, 390, 700, 1400]) {
      const a = minutesAxis(v);
      expect(a.max).toBeGreaterThanOrEqual(v);
      for (const tick of a.ticks) expect(tick % 60).toBe(0);
    }
  });
});

describe('bars and timelines', () => {
  it('splits the width into equal bands with gaps', () => {
    const b = bands(4, 400, 0.5);
    expect(b).toHaveLength(4);
    expect(b[0]).toEqual({ x: 25, width: 50 });
    expect(b[3]?.x).toBe(325);
    expect(bands(0, 400)).toEqual([]);
  });
  it('maps values to heights, clipped to the axis', () => {
    expect(heightOf(30, 60, 200)).toBe(100);
    expect(heightOf(90, 60, 200)).toBe(200);
    expect(heightOf(-1, 60, 200)).toBe(0);
    expect(heightOf(5, 0, 200)).toBe(0);
  });
  it('places and clips timeline stretches', () => {
    expect(timelineRect(10, 20, 0, 100, 1000)).toEqual({ x: 100, width: 100 });
    expect(timelineRect(-10, 20, 0, 100, 1000)).toEqual({ x: 0, width: 200 });
    expect(timelineRect(120, 130, 0, 100, 1000)).toBeNull();
  });
  it('spaces ticks evenly', () => {
    expect(ticks(1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe('count axis', () => {
  it('has whole-number ticks only', () => {
    expect(countAxis(4)).toEqual({ max: 4, ticks: [0, 1, 2, 3, 4] });
    expect(countAxis(5)).toEqual({ max: 5, ticks: [0, 1, 2, 3, 4, 5] });
    expect(countAxis(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(countAxis(14)).toEqual({ max: 15, ticks: [0, 5, 10, 15] });
    expect(countAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
    for (const n of [3, 9, 23, 61, 140]) expect(countAxis(n).ticks.every(Number.isInteger)).toBe(true);
  });
});

/** Chart maths kept pure so it can be tested without a browser: nice axis maxima, ticks, and bars. */

/** The smallest "nice" number (1, 2, 2.5, 5 × 10^k) at or above `value`; 1 for empty data. */
export function niceMax(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const exp = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * exp >= value - 1e-9) return step * exp;
  }
  return 10 * exp;
}

/** `count + 1` evenly spaced ticks from 0 to max. */
export function ticks(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (max * i) / count);
}

export interface Axis {
  max: number;
  ticks: number[];
}

/** An axis for counts (prompts, snacks): whole-number ticks only, at most five steps, at least 0 to 1. */
export function countAxis(value: number): Axis {
  const v = Number.isFinite(value) && value > 1 ? Math.ceil(value) : 1;
  let step = 1;
  for (let scale = 1; ; scale *= 10) {
    const found = [1, 2, 5].map((m) => m * scale).find((s) => Math.ceil(v / s) <= 5);
    if (found !== undefined) {
      step = found;
      break;
    }
  }
  const max = Math.ceil(v / step) * step;
  return { max, ticks: Array.from({ length: max / step + 1 }, (_, i) => i * step) };
}

const minuteSteps: readonly [max: number, count: number][] = [
  [10, 2],
  [15, 3],
  [20, 4],
  [30, 3],
  [40, 4],
  [60, 4],
];
const hourSteps: readonly number[] = [1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 24];

/**
 * An axis for minutes whose ticks read well: 5-, 10- or 15-minute steps up to an hour, then whole hours
 * (or every two hours past six). Values past a day get a nice number of hours.
 */
export function minutesAxis(value: number): Axis {
  const v = Number.isFinite(value) && value > 0 ? value : 0;
  for (const [max, count] of minuteSteps) {
    if (v <= max) return { max, ticks: ticks(max, count) };
  }
  const hours = hourSteps.find((h) => h * 60 >= v) ?? Math.ceil(niceMax(v / 60));
  const count = hours <= 6 ? hours : hours % 2 === 0 && hours / 2 <= 12 ? hours / 2 : 4;
  return { max: hours * 60, ticks: ticks(hours * 60, count) };
}

export interface Band {
  x: number;
  width: number;
}

/** Equal bands across `width` with a gap ratio between bars. */
export function bands(n: number, width: number, gapRatio = 0.3): Band[] {
  if (n <= 0) return [];
  const step = width / n;
  const barWidth = step * (1 - gapRatio);
  return Array.from({ length: n }, (_, i) => ({ x: i * step + (step - barWidth) / 2, width: barWidth }));
}

/** Linear map from a value in [0, max] to a pixel height in [0, height]. */
export function heightOf(value: number, max: number, height: number): number {
  if (!(max > 0)) return 0;
  return (Math.max(0, Math.min(value, max)) / max) * height;
}

export interface TimelineRect {
  x: number;
  width: number;
}

/** Where a [start, end) stretch sits on a timeline of `width` pixels covering [from, to). Clipped. */
export function timelineRect(
  start: number,
  end: number,
  from: number,
  to: number,
  width: number,
): TimelineRect | null {
  const span = to - from;
  if (!(span > 0)) return null;
  const a = Math.max(start, from);
  const b = Math.min(end, to);
  if (b <= a) return null;
  return { x: ((a - from) / span) * width, width: ((b - a) / span) * width };
}

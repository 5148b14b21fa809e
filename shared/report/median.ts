import { median as exactMedian } from '../summary';

/** The median of a non-empty list (the summaries' median), to 0.1 as the report shows it. */
export function median(values: readonly number[]): number {
  const m = exactMedian(values);
  if (m === null) throw new RangeError('the median of nothing');
  return Math.round(m * 10) / 10;
}

/** Durations in words: Sitwise counts in minutes in every language ("45 min", "1 Std. 5 Min."). */
import type { Formatter } from './format';

/** Rounds to whole minutes; negative or not-a-number counts as 0. */
export function formatMinutes(fmt: Formatter, minutes: number): string {
  const total = Number.isFinite(minutes) ? Math.max(0, Math.round(minutes)) : 0;
  if (total < 60) return fmt.t('unit.minutes', { minutes: total });
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  return rest === 0 ? fmt.t('unit.hours', { hours }) : fmt.t('unit.hoursMinutes', { hours, minutes: rest });
}

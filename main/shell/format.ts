/** The macOS menu-bar countdown: digits and unit letters only, the same in every language. */

/** Compact countdown for a macOS menu-bar title: "7m", "1h05". */
export function formatCountdown(minutes: number): string {
  const total = Math.max(0, Math.ceil(minutes));
  if (total < 60) return `${total}m`;
  return `${Math.floor(total / 60)}h${String(total % 60).padStart(2, '0')}`;
}

/** Short human durations and clock times for the tray and notifications. */

/** "0 min", "7 min", "1 h", "1 h 5 min". Rounds to whole minutes; negative input counts as 0. */
export function formatMinutes(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Compact countdown for a macOS menu-bar title: "7m", "1h05". */
export function formatCountdown(minutes: number): string {
  const total = Math.max(0, Math.ceil(minutes));
  if (total < 60) return `${total}m`;
  return `${Math.floor(total / 60)}h${String(total % 60).padStart(2, '0')}`;
}

/** Local "HH:MM" (24-hour) of an instant in a time zone. */
export function formatClock(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(ms);
}

/**
 * The computer's time zone, read again whenever `tick` changes (each new snapshot), so days and clock
 * times follow a person who travels or changes the zone while Sitwise runs. No timer of its own.
 */
import { useEffect, useState } from 'react';

const current = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function useTimeZone(tick: unknown): string {
  const [zone, setZone] = useState(current);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `tick` is the moment to look again.
  useEffect(() => {
    const now = current();
    setZone((prev) => (prev === now ? prev : now));
  }, [tick]);
  return zone;
}

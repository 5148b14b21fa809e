/** Engine time "now", moving forward between snapshots at the speed of the real clock. */
import { useEffect, useState } from 'react';

export function useEngineNow(at: number | null, receivedAt: number, everyMs = 15_000): number | null {
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = window.setInterval(() => setTick((n) => n + 1), everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
  if (at === null) return null;
  return at + Math.max(0, performance.now() - receivedAt);
}

/**
 * Shows a value the person just chose while main saves it, so a checkbox ticks at once. When the saved
 * value arrives it takes over; when saving fails (the promise gives `false` or rejects) the old value
 * comes back and the caller shows main's message.
 */
import { useCallback, useEffect, useState } from 'react';

export function usePending<T>(saved: T): [T, (next: T, saving: unknown) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a newly saved value replaces the pending one.
  useEffect(() => {
    setPending(null);
  }, [saved]);
  const choose = useCallback((next: T, saving: unknown) => {
    setPending({ value: next });
    if (saving instanceof Promise) {
      saving.then(
        (ok: unknown) => {
          if (ok === false) setPending(null);
        },
        () => setPending(null),
      );
    }
  }, []);
  return [pending ? pending.value : saved, choose];
}

/**
 * The one way a screen changes something in main: one request at a time (no double submits), a busy
 * flag, the failure read into words, and an optional success note. Settings, pacing, check-in, export
 * and delete all go through it.
 */
import { useCallback, useRef, useState } from 'react';
import { type ReadableError, readError } from '../lib/errors';

/** How a run ended: its value, or the failure (null when refused as a double submit). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ReadableError | null };

export interface Mutation {
  busy: boolean;
  error: ReadableError | null;
  note: string | null;
  /**
   * Runs `work` unless another run is in flight; a failure is kept in `error`. `onDone` may return a
   * note to show.
   */
  run<T>(work: () => Promise<T>, onDone?: (value: T) => string | null | undefined): Promise<Outcome<T>>;
  /** Shows a problem found before anything was sent (a value the form already knows is wrong). */
  fail(message: string): void;
  clear(): void;
}

export function useMutation(): Mutation {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ReadableError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const inFlight = useRef(false);

  const run = useCallback(
    async <T>(
      work: () => Promise<T>,
      onDone?: (value: T) => string | null | undefined,
    ): Promise<Outcome<T>> => {
      if (inFlight.current) return { ok: false, error: null };
      inFlight.current = true;
      setBusy(true);
      setError(null);
      setNote(null);
      try {
        const value = await work();
        setNote(onDone?.(value) ?? null);
        return { ok: true, value };
      } catch (e) {
        const error = readError(e);
        setError(error);
        return { ok: false, error };
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [],
  );
  const fail = useCallback((message: string) => {
    setNote(null);
    setError({ message, issues: [], code: 'refused-here' });
  }, []);
  const clear = useCallback(() => {
    setError(null);
    setNote(null);
  }, []);
  return { busy, error, note, run, fail, clear };
}

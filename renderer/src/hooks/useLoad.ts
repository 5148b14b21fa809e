/** Loads something over IPC with explicit loading / error / ready states and a retry. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ReadableError, readError } from '../lib/errors';

export type Load<T> =
  | { status: 'loading'; value: T | null }
  | { status: 'error'; error: ReadableError; value: T | null }
  | { status: 'ready'; value: T };

export interface Loaded<T> {
  state: Load<T>;
  reload(): void;
}

/** `deps` decide when to load again; a stale answer (from older deps) is dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<Load<T>>({ status: 'loading', value: null });
  const [nonce, setNonce] = useState(0);
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when to reload.
  useEffect(() => {
    const mine = ++generation.current;
    setState((prev) => ({ status: 'loading', value: prev.value }));
    loadRef.current().then(
      (value) => {
        if (mine === generation.current) setState({ status: 'ready', value });
      },
      (error: unknown) => {
        if (mine === generation.current)
          setState((prev) => ({ status: 'error', error: readError(error), value: prev.value }));
      },
    );
  }, [...deps, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { state, reload };
}

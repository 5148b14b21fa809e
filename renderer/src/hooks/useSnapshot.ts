/** The engine's live state: loaded once, then kept current by the `state.changed` push. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UserAction } from '../../../shared/ipc';
import type { EngineSnapshot } from '../../../shared/snapshot';
import { api } from '../api';
import { type ReadableError, readError } from '../lib/errors';

export interface LiveSnapshot {
  snapshot: EngineSnapshot | null;
  error: ReadableError | null;
  /** `performance.now()` when the snapshot arrived, to let counters tick between pushes. */
  receivedAt: number;
  act(action: UserAction): Promise<EngineSnapshot | null>;
  actionError: ReadableError | null;
  reload(): void;
}

/** `first`: a `state.get` already started before React rendered (saves a frame or two on a cold page). */
export function useSnapshot(first?: Promise<EngineSnapshot>): LiveSnapshot {
  const [snapshot, setSnapshot] = useState<EngineSnapshot | null>(null);
  const [receivedAt, setReceivedAt] = useState(0);
  const [error, setError] = useState<ReadableError | null>(null);
  const [actionError, setActionError] = useState<ReadableError | null>(null);
  const [nonce, setNonce] = useState(0);
  const firstRef = useRef(first);

  const accept = useCallback((next: EngineSnapshot) => {
    // Pushes and answers can cross; never go back in time.
    setSnapshot((prev) => (prev && prev.at > next.at ? prev : next));
    setReceivedAt(performance.now());
    setError(null);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: nonce is the retry trigger.
  useEffect(() => {
    const off = api().on('state.changed', accept);
    const request = firstRef.current ?? api().invoke('state.get');
    firstRef.current = undefined;
    request.then(accept, (e: unknown) => setError(readError(e)));
    return off;
  }, [accept, nonce]);

  const act = useCallback(
    async (action: UserAction) => {
      try {
        const next = await api().invoke('state.act', action);
        accept(next);
        setActionError(null);
        return next;
      } catch (e) {
        setActionError(readError(e));
        return null;
      }
    },
    [accept],
  );

  return { snapshot, error, receivedAt, act, actionError, reload: () => setNonce((n) => n + 1) };
}

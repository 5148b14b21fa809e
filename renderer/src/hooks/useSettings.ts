/** The settings as main holds them, kept current by the `settings.changed` push. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings, SettingsPatch } from '../../../shared/settings';
import { api } from '../api';
import { type ReadableError, readError } from '../lib/errors';

export interface LiveSettings {
  settings: Settings | null;
  error: ReadableError | null;
  /** Sends an update; the saved settings replace the shown ones. Rejects with main's reason (run it through useMutation). */
  save(patch: SettingsPatch): Promise<Settings>;
  reload(): void;
}

/** `first`: a `settings.get` already started before React rendered. */
export function useSettings(first?: Promise<Settings>): LiveSettings {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<ReadableError | null>(null);
  const [nonce, setNonce] = useState(0);
  const firstRef = useRef(first);

  // biome-ignore lint/correctness/useExhaustiveDependencies: nonce is the retry trigger.
  useEffect(() => {
    const off = api().on('settings.changed', (s) => setSettings(s));
    setError(null);
    const request = firstRef.current ?? api().invoke('settings.get');
    firstRef.current = undefined;
    request.then(setSettings, (e: unknown) => setError(readError(e)));
    return off;
  }, [nonce]);

  const save = useCallback(async (patch: SettingsPatch) => {
    const next = await api().invoke('settings.update', patch);
    setSettings(next);
    return next;
  }, []);

  return { settings, error, save, reload: () => setNonce((n) => n + 1) };
}

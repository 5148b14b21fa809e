import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/ipc';
import { api } from './api';

export function Dashboard() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api().invoke('app.getInfo').then(setInfo, (e: unknown) => setError(String(e)));
  }, []);
  return (
    <main>
      <h1>Sitwise</h1>
      {error && <p role="alert">{error}</p>}
      {info ? <p data-testid="version">Version {info.version}</p> : <p>Loading…</p>}
    </main>
  );
}

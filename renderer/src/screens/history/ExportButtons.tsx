/** Data export: asks main to write CSV or JSON where the person chooses, and says what happened. */
import { useState } from 'react';
import type { ExportFormat } from '../../../../shared/ipc';
import { api } from '../../api';
import { readError } from '../../lib/errors';
import { t } from '../../strings/format';
import { history as s } from '../../strings/history';

export function ExportButtons() {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const r = await api().invoke('data.export', { format });
      setMessage({
        text: r.saved && r.path ? t(s.export.saved, { path: r.path }) : s.export.cancelled,
        error: false,
      });
    } catch (e) {
      setMessage({ text: t(s.export.failed, { message: readError(e).message }), error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">{s.export.title}</h2>
      <p>{s.export.body}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => run('csv')} disabled={busy}>
          {s.export.csv}
        </button>
        <button type="button" className="button" onClick={() => run('json')} disabled={busy}>
          {s.export.json}
        </button>
      </div>
      <p role="status" className={message?.error ? 'field-error' : 'muted'} data-testid="export-status">
        {message?.text ?? ''}
      </p>
    </section>
  );
}

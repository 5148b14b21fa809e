/** Export, delete everything (typed confirmation), and About. */
import { useState } from 'react';
import type { ExportFormat } from '../../../../shared/ipc';
import { api } from '../../api';
import { useAppInfo } from '../../components/AppVersion';
import { readError } from '../../lib/errors';
import { t } from '../../strings/format';
import { history } from '../../strings/history';
import { settingsText as s } from '../../strings/settings';
import { Group } from './Group';

const PHRASE = 'delete all my data';

export function DataGroup() {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const r = await api().invoke('data.export', { format });
      setMessage({
        text: r.saved && r.path ? t(history.export.saved, { path: r.path }) : history.export.cancelled,
        error: false,
      });
    } catch (e) {
      setMessage({ text: t(history.export.failed, { message: readError(e).message }), error: true });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (confirm.trim() !== PHRASE) return;
    setBusy(true);
    try {
      await api().invoke('data.delete', { confirm: PHRASE });
      setConfirm('');
      setMessage({ text: s.data.deleted, error: false });
    } catch (e) {
      setMessage({ text: t(s.data.deleteFailed, { message: readError(e).message }), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Group id="data" title={s.groups.data}>
        <p>{s.data.exportBody}</p>
        <div className="button-row">
          <button type="button" className="button" disabled={busy} onClick={() => exportAs('csv')}>
            {history.export.csv}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => exportAs('json')}>
            {history.export.json}
          </button>
        </div>
        <h3 className="danger-title">{s.data.deleteTitle}</h3>
        <p>{s.data.deleteBody}</p>
        <div className="field">
          <label htmlFor="delete-confirm">{t(s.data.deleteConfirmLabel, { phrase: PHRASE })}</label>
          <input
            id="delete-confirm"
            type="text"
            autoComplete="off"
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
          />
        </div>
        <button
          type="button"
          className="button danger"
          disabled={busy || confirm.trim() !== PHRASE}
          onClick={remove}
        >
          {s.data.deleteButton}
        </button>
        <p
          role="status"
          className={message?.error ? 'field-error' : 'field-status'}
          data-testid="data-status"
        >
          {message?.text ?? ''}
        </p>
      </Group>
      <About />
    </>
  );
}

function About() {
  const { state } = useAppInfo();
  const info = state.status === 'ready' ? state.value : null;
  return (
    <Group id="about" title={s.groups.about}>
      {info ? (
        <ul className="plain">
          <li>{t(s.about.version, { version: info.version })}</li>
          <li>{t(s.about.dataDir, { dir: info.dataDir })}</li>
          <li>{t(s.about.platform, { platform: info.platform })}</li>
          <li>{info.idleDetection === 'ok' ? s.about.idleOk : s.about.idleUnavailable}</li>
        </ul>
      ) : state.status === 'error' ? (
        <p className="field-error">{state.error.message}</p>
      ) : null}
      <p>{s.about.privacy}</p>
      <p>{s.about.wellness}</p>
    </Group>
  );
}

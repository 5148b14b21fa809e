/** Notices from main (settings reset, journal problems, idle detection missing), dismissible. */
import { useEffect, useState } from 'react';
import type { Notice } from '../../../shared/ipc';
import { api } from '../api';
import { t } from '../i18n/t';

export function Notices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    const off = api().on('notice', (n) => setNotices((list) => [...list.filter((x) => x.id !== n.id), n]));
    // A failure to read notices must not hide the app: it is logged and the list stays empty.
    api()
      .invoke('notices.get')
      .then(setNotices, (e: unknown) => console.error('notices.get failed', e));
    return off;
  }, []);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t('shell.noticesLabel')}>
      {notices.map((n) => (
        <div key={n.id} className="notice warn" role="status">
          <p>{n.message}</p>
          <button
            type="button"
            className="button small"
            onClick={() =>
              api()
                .invoke('notices.dismiss', { id: n.id })
                .then(setNotices, (e: unknown) => console.error('notices.dismiss failed', e))
            }
          >
            {t('shell.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}

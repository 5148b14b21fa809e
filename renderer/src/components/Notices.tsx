/**
 * Notices from main (settings reset, damaged files, a disk that refuses, idle detection missing),
 * dismissible. Each arrives as a code with parameters, is checked against the notice schema here (the
 * boundary) and worded in the window's language; one that does not match is logged and not shown.
 */
import { useEffect, useState } from 'react';
import { noticeText } from '../../../shared/i18n/notice-text';
import { type Notice, noticeSchema } from '../../../shared/i18n/notices';
import { api } from '../api';
import { formatter, t } from '../i18n/t';

function valid(raw: readonly unknown[]): Notice[] {
  const out: Notice[] = [];
  for (const item of raw) {
    const parsed = noticeSchema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
    else console.error('a notice from main does not match its schema', parsed.error.issues);
  }
  return out;
}

export function Notices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    const off = api().on('notice', (raw) => {
      const [n] = valid([raw]);
      if (n) setNotices((list) => [...list.filter((x) => x.id !== n.id), n]);
    });
    // The first read can answer after a notice was already pushed (raised between the read and its answer):
    // the pushed one is kept, not replaced by the older list.
    const first = (list: readonly unknown[]) =>
      setNotices((pushed) => {
        const read = valid(list);
        return [...read, ...pushed.filter((p) => !read.some((r) => r.id === p.id))];
      });
    // A failure to read notices must not hide the app: it is logged and the list stays empty.
    api()
      .invoke('notices.get')
      .then(first, (e: unknown) => console.error('notices.get failed', e));
    return off;
  }, []);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t('shell.noticesLabel')}>
      {notices.map((n) => (
        <div key={n.id} className="notice warn" role="status">
          <p>{noticeText(formatter(), n.reason)}</p>
          <button
            type="button"
            className="button small"
            onClick={() =>
              api()
                .invoke('notices.dismiss', { id: n.id })
                .then(
                  (list) => setNotices(valid(list)),
                  (e: unknown) => console.error('notices.dismiss failed', e),
                )
            }
          >
            {t('shell.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}

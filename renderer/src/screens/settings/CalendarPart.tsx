/**
 * The calendar part of the Interruptions group: on/off, the address or file, the plain statement that this
 * is Sitwise's one network call, the last read or its error, and a preview of the next busy events — the
 * only place an event's title is shown. Main fetches; this page only asks main for the status.
 */
import { useRef } from 'react';
import { calendarProblemSchema, calendarProblemText } from '../../../../shared/i18n/calendar-problems';
import type { CalendarStatus } from '../../../../shared/ipc';
import { api } from '../../api';
import { useApp } from '../../context';
import { useLoad } from '../../hooks/useLoad';
import { formatter, t } from '../../i18n/t';
import { formatClock, formatWeekdayClock } from '../../lib/format';
import { SettingRows } from './SettingRow';
import type { Row } from './table';
import type { GroupSave } from './useGroupSave';

/** Built when rendered, so the words are the window's language. */
const rows = (): readonly Row[] => [
  { kind: 'toggle', path: 'calendar.enabled', label: t('settings.calendar.enabled') },
  {
    kind: 'text',
    path: 'calendar.source',
    label: t('settings.calendar.source'),
    help: t('settings.calendar.sourceHelp'),
  },
];

/** The status now; when a read is under way, waits for it (main joins the read, it does not start another). */
async function loadStatus(): Promise<CalendarStatus> {
  const status = await api().invoke('calendar.status');
  return status.state === 'loading' ? api().invoke('calendar.refresh') : status;
}

/** Main's code for the failure, checked here (the boundary); one that does not match reads as unreadable. */
function problemWords(raw: unknown): string {
  const parsed = calendarProblemSchema.safeParse(raw);
  return calendarProblemText(formatter(), parsed.success ? parsed.data : { code: 'unreadable' });
}

function StatusText({ status }: { status: CalendarStatus }) {
  if (status.state === 'off') return <p className="muted">{t('settings.calendar.off')}</p>;
  if (status.state === 'loading') return <p className="muted">{t('settings.calendar.loading')}</p>;
  return (
    <>
      <p className="muted">
        {status.lastReadAt === null
          ? t('settings.calendar.neverRead')
          : t('settings.calendar.lastRead', { time: formatClock(status.lastReadAt) })}
      </p>
      {status.error !== null ? (
        <p className="field-error" role="status">
          {t('settings.calendar.error', { error: problemWords(status.error) })}
        </p>
      ) : null}
      <h4>{t('settings.calendar.upcomingTitle')}</h4>
      {status.upcoming.length === 0 ? (
        <p className="muted">{t('settings.calendar.upcomingNone')}</p>
      ) : (
        <ul className="plain" data-testid="calendar-upcoming">
          {status.upcoming.map((e) => (
            <li key={`${e.start}-${e.end}-${e.title}`}>
              {t('settings.calendar.event', {
                start: formatWeekdayClock(e.start),
                end: formatClock(e.end),
                title: e.title === '' ? t('settings.calendar.untitled') : e.title,
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function CalendarPart({ group }: { group: GroupSave }) {
  const { settings } = useApp();
  const { enabled, source } = settings.calendar;
  // "Read now" asks main to read again; otherwise the status is only looked at.
  const readNow = useRef(false);
  const { state, reload } = useLoad<CalendarStatus>(() => {
    const force = readNow.current;
    readNow.current = false;
    return force ? api().invoke('calendar.refresh') : loadStatus();
  }, [enabled, source]);
  return (
    <section aria-labelledby="calendar-title" className="calendar-part" data-testid="calendar-part">
      <h3 id="calendar-title">{t('settings.calendar.title')}</h3>
      <p className="muted">{t('settings.calendar.body')}</p>
      <p className="muted">
        <strong>{t('settings.calendar.network')}</strong>
      </p>
      <SettingRows rows={rows()} group={group} />
      {state.status === 'error' ? <p className="field-error">{state.error.message}</p> : null}
      {state.value ? <StatusText status={state.value} /> : null}
      {enabled && source !== '' ? (
        <button
          type="button"
          className="button"
          disabled={state.status === 'loading'}
          onClick={() => {
            readNow.current = true;
            reload();
          }}
        >
          {t('settings.calendar.readNow')}
        </button>
      ) : null}
    </section>
  );
}

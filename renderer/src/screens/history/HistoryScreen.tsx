/** History: day / week / month views with previous / next, charts, a day detail, and export. */
import type { DaySummary, Segment } from '../../../../shared/summary';
import { localDateOf } from '../../../../shared/time';
import { api } from '../../api';
import { ExportButtons } from '../../components/ExportButtons';
import { ScreenHeader } from '../../components/ScreenHeader';
import { EmptyState, ErrorState, Loading, WaitCard } from '../../components/States';
import { useApp } from '../../context';
import { useLoad } from '../../hooks/useLoad';
import { msgKey, t } from '../../i18n/t';
import { formatDay, formatDayLong, formatMonth } from '../../lib/format';
import {
  type Period,
  type PeriodKind,
  parseHistoryRoute,
  pastDates,
  periodKinds,
  periodOf,
  stepPeriod,
} from '../../lib/periods';
import { hrefOf } from '../../lib/route';
import { isEmptyDay } from '../today/DayFigures';
import { DayView } from './DayView';
import { PeriodView } from './PeriodView';

type Data = { kind: 'day'; summary: DaySummary; segments: Segment[] } | { kind: 'range'; days: DaySummary[] };

function periodTitle(p: Period): string {
  if (p.kind === 'day') return formatDayLong(p.from);
  if (p.kind === 'week') return t('history.weekLabel', { date: formatDay(p.from) });
  return formatMonth(p.from);
}

const linkTo = (p: Period) => hrefOf('history', p.kind, p.from);

export function HistoryScreen({ rest }: { rest: string[] }) {
  const { live, settings, timeZone } = useApp();
  const at = live.snapshot?.at ?? null;
  const today = at === null ? null : localDateOf(at, { timeZone, dayStart: settings.dayStart });

  return (
    <div className="stack">
      <ScreenHeader title={t('history.title')} intro={t('history.intro')} />
      {today ? (
        <HistoryBody rest={rest} today={today} />
      ) : (
        <WaitCard error={live.error} onRetry={live.reload} />
      )}
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">{t('history.export.title')}</h2>
        <p>{t('history.export.body')}</p>
        <ExportButtons />
      </section>
    </div>
  );
}

function HistoryBody({ rest, today }: { rest: string[]; today: string }) {
  const period = parseHistoryRoute(rest, today);
  const dates = pastDates(period, today);
  const data = useLoad<Data>(async () => {
    if (period.kind === 'day') {
      const [summary, segments] = await Promise.all([
        api().invoke('summary.day', { date: period.from }),
        api().invoke('timeline.day', { date: period.from }),
      ]);
      return { kind: 'day', summary, segments };
    }
    const first = dates[0];
    const last = dates.at(-1);
    if (!first || !last) return { kind: 'range', days: [] };
    return { kind: 'range', days: await api().invoke('summary.range', { from: first, to: last }) };
  }, [period.kind, period.from, today]);

  const prev = stepPeriod(period, -1);
  const next = stepPeriod(period, 1);
  const hasNext = next.from <= today;
  const current = periodOf(period.kind, today);

  return (
    <>
      <nav className="history-nav" aria-label={t('history.viewsLabel')}>
        <ul className="tabs">
          {periodKinds.map((k: PeriodKind) => (
            <li key={k}>
              <a
                href={hrefOf(
                  'history',
                  k,
                  period.kind === k
                    ? period.from
                    : periodOf(k, period.from <= today ? period.from : today).from,
                )}
                aria-current={period.kind === k ? 'page' : undefined}
              >
                {t(msgKey('history.views', k))}
              </a>
            </li>
          ))}
        </ul>
        <div className="button-row">
          <a className="button small" href={linkTo(prev)}>
            {t(msgKey('history.previous', period.kind))}
          </a>
          <h2 className="period-title" data-testid="period-title">
            {periodTitle(period)}
          </h2>
          {hasNext && (
            <a className="button small" href={linkTo(next)}>
              {t(msgKey('history.next', period.kind))}
            </a>
          )}
          {current.from !== period.from && (
            <a className="button small quiet" href={linkTo(current)}>
              {t(msgKey('history.current', period.kind))}
            </a>
          )}
        </div>
      </nav>
      <Body state={data.state} reload={data.reload} period={period} />
    </>
  );
}

function Body({
  state,
  reload,
  period,
}: {
  state: ReturnType<typeof useLoad<Data>>['state'];
  reload(): void;
  period: Period;
}) {
  if (state.status === 'error')
    return <ErrorState error={state.error} title={t('history.loadError')} onRetry={reload} />;
  if (state.status === 'loading' || !state.value) return <Loading />;
  const v = state.value;
  if (v.kind === 'day') return <DayView summary={v.summary} segments={v.segments} />;
  if (v.days.length === 0 || v.days.every(isEmptyDay)) {
    return (
      <div className="card">
        <EmptyState
          title={
            period.kind === 'week' || period.kind === 'month'
              ? t('history.emptyTitle')
              : t('history.emptyPeriod')
          }
        >
          <p>{t('history.emptyBody')}</p>
        </EmptyState>
      </div>
    );
  }
  return <PeriodView period={period} days={v.days} />;
}

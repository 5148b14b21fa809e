/** Today: live status and quick actions, today's totals against goals, the timeline, prompts and a tip. */
import type { DaySummary, Segment } from '../../../../shared/summary';
import { addDays, dayBounds, localDateOf } from '../../../../shared/time';
import { visiblePrompt } from '../../../../shared/visible-prompt';
import { api } from '../../api';
import { DayTimeline } from '../../components/charts/DayTimeline';
import { ScreenHeader } from '../../components/ScreenHeader';
import { EmptyState, ErrorState, Loading, WaitCard } from '../../components/States';
import { suggestSnackRoutine, tipFor } from '../../content';
import { useApp } from '../../context';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/t';
import { hrefOf } from '../../lib/route';
import { standingTargetOf, TodayPacing } from '../pacing/TodayPacing';
import { Goals, isEmptyDay, Longest, PromptCounts, type StandingTarget, Totals } from './DayFigures';
import { GentlerCard } from './GentlerCard';
import { NowCard } from './NowCard';

interface DayData {
  summary: DaySummary;
  segments: Segment[];
  firstDay: boolean;
}

export function TodayScreen() {
  const { live, settings, timeZone } = useApp();
  const snap = live.snapshot;
  const date = snap ? localDateOf(snap.at, { timeZone, dayStart: settings.dayStart }) : null;
  // Reload figures when something visible changes, at most once a simulated minute.
  const changeKey = snap
    ? `${snap.posture}|${snap.presence}|${snap.snack ? 1 : 0}|${snap.activePrompt?.id ?? ''}|${Math.floor(snap.at / 60_000)}`
    : '';
  const day = useLoad<DayData | null>(async () => {
    if (!date) return null;
    const [summary, segments] = await Promise.all([
      api().invoke('summary.day', { date }),
      api().invoke('timeline.day', { date }),
    ]);
    // An empty day is only "your first day" when the weeks before it are empty too.
    const firstDay = isEmptyDay(summary)
      ? (await api().invoke('summary.range', { from: addDays(date, -28), to: addDays(date, -1) })).every(
          isEmptyDay,
        )
      : false;
    return { summary, segments, firstDay };
  }, [date, changeKey]);
  const pacing = useLoad(() => api().invoke('pacing.get'), [changeKey]);
  const pacingView = pacing.state.value;

  const startSnack = () => {
    const waiting = snap ? visiblePrompt(snap) : null;
    const kind = waiting?.kind ?? 'move';
    const id =
      waiting?.routineId ??
      suggestSnackRoutine(kind, {
        catchUp: false,
        ...(snap?.posture === 'standing' ? { posture: 'standing' } : { posture: 'sitting' }),
      }).id;
    window.location.hash = hrefOf('routines', id, 'snack');
  };

  const seed = date ? Number(date.replaceAll('-', '')) : 0;
  const tip = tipFor(snap?.posture === 'standing' ? 'standing' : 'sitting', seed);

  return (
    <div className="stack">
      <ScreenHeader title={t('today.title')} intro={t('today.intro')} />
      {snap ? (
        <NowCard snap={snap} onSnack={startSnack} />
      ) : (
        <WaitCard error={live.error} title={t('today.stateError')} onRetry={live.reload} />
      )}
      <GentlerCard />
      <DaySection
        state={day.state}
        reload={day.reload}
        date={date}
        timeZone={timeZone}
        dayStart={settings.dayStart}
        standingTarget={standingTargetOf(pacingView)}
      />
      <TodayPacing view={pacingView} />
      <aside className="card tip-card" aria-labelledby="tip-title">
        <h2 id="tip-title">{t('today.tip')}</h2>
        <p data-testid="tip">{tip.text}</p>
      </aside>
    </div>
  );
}

function DaySection({
  state,
  reload,
  date,
  timeZone,
  dayStart,
  standingTarget,
}: {
  state: ReturnType<typeof useLoad<DayData | null>>['state'];
  reload(): void;
  date: string | null;
  timeZone: string;
  dayStart: string;
  standingTarget: StandingTarget | null;
}) {
  const { settings } = useApp();
  const data = state.value;
  if (!data || !date) {
    return (
      <section className="card" aria-labelledby="totals-title">
        <h2 id="totals-title">{t('today.totals')}</h2>
        {state.status === 'error' ? (
          <ErrorState error={state.error} title={t('today.summaryError')} onRetry={reload} />
        ) : (
          <Loading />
        )}
      </section>
    );
  }
  const { summary, segments, firstDay } = data;
  const bounds = dayBounds(date, { timeZone, dayStart });
  const lastEnd = segments.reduce((m, seg) => Math.max(m, seg.end), 0);
  const firstStart = segments.reduce((m, seg) => Math.min(m, seg.start), Number.POSITIVE_INFINITY);
  // Show the part of the day that has data (whole hours), not 24 empty hours.
  const HOUR = 3_600_000;
  const from = Number.isFinite(firstStart)
    ? Math.max(bounds.start, Math.floor(firstStart / HOUR) * HOUR)
    : bounds.start;
  const to =
    lastEnd > 0
      ? Math.min(bounds.end, Math.max(Math.ceil(lastEnd / HOUR) * HOUR, from + 4 * HOUR))
      : bounds.end;
  return (
    <>
      <section className="card" aria-labelledby="totals-title">
        <h2 id="totals-title">{t('today.totals')}</h2>
        {state.status === 'error' && (
          <p className="field-error" role="alert">
            {state.error.message}
          </p>
        )}
        {isEmptyDay(summary) ? (
          <EmptyState title={firstDay ? t('today.firstDayTitle') : t('today.emptyDayTitle')}>
            <p>{firstDay ? t('today.firstDayBody') : t('today.emptyDayBody')}</p>
          </EmptyState>
        ) : (
          <div className="today-grid">
            <div>
              <Totals day={summary} />
              <Goals day={summary} settings={settings} standingTarget={standingTarget} />
            </div>
            <Longest day={summary} />
          </div>
        )}
      </section>
      {segments.length > 0 && (
        <section className="card" aria-labelledby="timeline-title">
          <h2 id="timeline-title">{t('today.timeline')}</h2>
          <DayTimeline
            segments={segments}
            from={from}
            to={to}
            title={t('today.timelineTitle')}
            testId="today-timeline"
          />
        </section>
      )}
      <section className="card" aria-labelledby="prompts-title">
        <h2 id="prompts-title">{t('today.prompts')}</h2>
        <PromptCounts day={summary} />
      </section>
    </>
  );
}

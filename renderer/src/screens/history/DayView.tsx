/** One day in detail: totals, longest stretch, prompts and the timeline. */
import type { DaySummary, Segment } from '../../../../shared/summary';
import { dayBounds } from '../../../../shared/time';
import { DayTimeline } from '../../components/charts/DayTimeline';
import { EmptyState } from '../../components/States';
import { useApp } from '../../context';
import { t } from '../../i18n/t';
import { formatDayLong } from '../../lib/format';
import { isEmptyDay, Longest, PromptCounts, Totals } from '../today/DayFigures';

export function DayView({ summary, segments }: { summary: DaySummary; segments: readonly Segment[] }) {
  const { settings, timeZone } = useApp();
  if (isEmptyDay(summary)) {
    return (
      <div className="card">
        <EmptyState title={t('history.emptyPeriod')} />
      </div>
    );
  }
  const bounds = dayBounds(summary.date, { timeZone, dayStart: settings.dayStart });
  const title = t('history.dayTitle', { date: formatDayLong(summary.date) });
  return (
    <div className="stack">
      <section className="card" aria-labelledby="day-totals">
        <h2 id="day-totals">{t('history.totals')}</h2>
        <div className="today-grid">
          <Totals day={summary} />
          <Longest day={summary} />
        </div>
      </section>
      <section className="card" aria-labelledby="day-timeline">
        <h2 id="day-timeline">{t('today.timeline')}</h2>
        {segments.length > 0 ? (
          <DayTimeline
            segments={segments}
            from={bounds.start}
            to={bounds.end}
            title={title}
            testId="day-timeline"
          />
        ) : (
          <p className="muted">{t('history.noTimeline')}</p>
        )}
      </section>
      <section className="card" aria-labelledby="day-prompts">
        <h2 id="day-prompts">{t('today.prompts')}</h2>
        <PromptCounts day={summary} />
      </section>
    </div>
  );
}

/** Week or month: period totals, four charts over its days, and a table of days linking to each day. */
import { scheduleOf } from '../../../../shared/settings';
import { type DaySummary, emptyDay, sumPromptCounts } from '../../../../shared/summary';
import { datesBetween } from '../../../../shared/time';
import { BarChart } from '../../components/charts/BarChart';
import { useApp } from '../../context';
import { t } from '../../i18n/t';
import { formatDay, formatMinutes, formatShare, formatWeekday } from '../../lib/format';
import type { Period } from '../../lib/periods';
import { hrefOf } from '../../lib/route';
import { countAxis, minutesAxis, ticks } from '../../lib/scale';
import { LONG_BOUT_MIN, plannedStandingShare, standingShare } from '../../lib/targets';
import { HeldLine, isEmptyDay, Totals } from '../today/DayFigures';

export function sumDays(days: readonly DaySummary[], date: string): DaySummary {
  const total = emptyDay(date);
  for (const d of days) {
    total.sittingMin += d.sittingMin;
    total.standingMin += d.standingMin;
    total.movingMin += d.movingMin;
    total.awayMin += d.awayMin;
    total.longestSittingBoutMin = Math.max(total.longestSittingBoutMin, d.longestSittingBoutMin);
    total.postureChanges += d.postureChanges;
    total.naturalBreaks += d.naturalBreaks;
  }
  total.prompts = sumPromptCounts(days.map((d) => d.prompts));
  return total;
}

const tracked = (d: DaySummary) => d.sittingMin + d.standingMin + d.movingMin > 0;

export function PeriodView({ period, days }: { period: Period; days: readonly DaySummary[] }) {
  const { settings } = useApp();
  const known = new Map(days.map((d) => [d.date, d]));
  // Charts show the whole period so weeks line up; days still to come are empty.
  const all = datesBetween(period.from, period.to).map((date) => known.get(date) ?? emptyDay(date));
  const total = sumDays(days, period.from);
  const trackedDays = days.filter(tracked).length;
  const labels = all.map((d) =>
    period.kind === 'week' ? formatWeekday(d.date) : d.date.slice(8).replace(/^0/, ''),
  );
  const postureAxis = minutesAxis(Math.max(0, ...all.map((d) => d.sittingMin + d.standingMin + d.movingMin)));
  const boutAxis = minutesAxis(Math.max(LONG_BOUT_MIN, ...all.map((d) => d.longestSittingBoutMin)));
  const planned = plannedStandingShare(scheduleOf(settings));
  const promptAxis = countAxis(Math.max(4, ...all.map((d) => d.prompts.shown)));
  const range = { from: formatDay(period.from), to: formatDay(period.to) };

  return (
    <div className="stack">
      <section className="card" aria-labelledby="period-totals">
        <h2 id="period-totals">{t('history.totals')}</h2>
        <Totals day={total} />
        <p className="muted">
          {t('history.trackedDays', { n: trackedDays })} · {t('history.avgSitting')}:{' '}
          <span data-testid="avg-sitting">
            {formatMinutes(trackedDays > 0 ? total.sittingMin / trackedDays : 0)}
          </span>{' '}
          · {t('history.standingShare')}:{' '}
          <span data-testid="period-share">{formatShare(standingShare(total))}</span>
        </p>
        <HeldLine counts={total.prompts} />
      </section>
      <section className="card" aria-labelledby="chart-posture">
        <h2 id="chart-posture">{t('history.charts.postureTitle')}</h2>
        <BarChart
          testId="chart-posture"
          title={t('history.charts.postureTitle')}
          description={t('history.charts.postureDesc', range)}
          categories={labels}
          categoryLabel={t('charts.day')}
          axis={postureAxis}
          format={formatMinutes}
          series={[
            {
              key: 'sitting',
              label: t('common.posture.sitting'),
              className: 's-sitting',
              values: all.map((d) => d.sittingMin),
            },
            {
              key: 'standing',
              label: t('common.posture.standing'),
              className: 's-standing',
              values: all.map((d) => d.standingMin),
            },
            {
              key: 'moving',
              label: t('common.posture.moving'),
              className: 's-moving',
              values: all.map((d) => d.movingMin),
            },
          ]}
        />
      </section>
      <section className="card" aria-labelledby="chart-bout">
        <h2 id="chart-bout">{t('history.charts.boutTitle')}</h2>
        <BarChart
          testId="chart-bout"
          title={t('history.charts.boutTitle')}
          description={t('history.charts.boutDesc', { limit: formatMinutes(LONG_BOUT_MIN) })}
          categories={labels}
          categoryLabel={t('charts.day')}
          axis={boutAxis}
          format={formatMinutes}
          target={{ value: LONG_BOUT_MIN, label: t('history.charts.boutTarget') }}
          series={[
            {
              key: 'bout',
              label: t('history.charts.boutLabel'),
              className: 's-bout',
              values: all.map((d) => d.longestSittingBoutMin),
            },
          ]}
        />
      </section>
      <section className="card" aria-labelledby="chart-share">
        <h2 id="chart-share">{t('history.charts.shareTitle')}</h2>
        <BarChart
          testId="chart-share"
          title={t('history.charts.shareTitle')}
          description={t('history.charts.shareDesc')}
          categories={labels}
          categoryLabel={t('charts.day')}
          axis={{ max: 1, ticks: ticks(1) }}
          format={formatShare}
          {...(planned > 0 ? { target: { value: planned, label: t('history.charts.shareTarget') } } : {})}
          series={[
            {
              key: 'share',
              label: t('history.charts.shareLabel'),
              className: 's-share',
              values: all.map(standingShare),
            },
          ]}
        />
      </section>
      <section className="card" aria-labelledby="chart-prompts">
        <h2 id="chart-prompts">{t('history.charts.promptsTitle')}</h2>
        <BarChart
          testId="chart-prompts"
          title={t('history.charts.promptsTitle')}
          description={t('history.charts.promptsDesc')}
          categories={labels}
          categoryLabel={t('charts.day')}
          mode="grouped"
          axis={promptAxis}
          format={(n) => String(Math.round(n))}
          series={[
            {
              key: 'shown',
              label: t('history.charts.shown'),
              className: 's-shown',
              values: all.map((d) => d.prompts.shown),
            },
            {
              key: 'done',
              label: t('history.charts.done'),
              className: 's-done',
              values: all.map((d) => d.prompts.done),
            },
          ]}
        />
      </section>
      <section className="card" aria-labelledby="days-table">
        <h2 id="days-table">{t('history.daysTable')}</h2>
        <table className="data-table days-table" data-testid="days-table">
          <thead>
            <tr>
              <th scope="col">{t('charts.day')}</th>
              <th scope="col" className="num">
                {t('common.posture.sitting')}
              </th>
              <th scope="col" className="num">
                {t('common.posture.standing')}
              </th>
              <th scope="col" className="num">
                {t('common.posture.moving')}
              </th>
              <th scope="col" className="num">
                {t('history.charts.boutLabel')}
              </th>
              <th scope="col" className="num">
                {t('history.charts.promptsDoneShown')}
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date}>
                <th scope="row">
                  <a href={hrefOf('history', 'day', d.date)}>{formatDay(d.date)}</a>
                </th>
                {isEmptyDay(d) ? (
                  // Nothing measured (before install, a day off, the computer off): not a day of 0 min.
                  <td colSpan={5} className="muted not-tracked">
                    {t('history.notTracked')}
                  </td>
                ) : (
                  <>
                    <td className="num">{formatMinutes(d.sittingMin)}</td>
                    <td className="num">{formatMinutes(d.standingMin)}</td>
                    <td className="num">{formatMinutes(d.movingMin)}</td>
                    <td className="num">{formatMinutes(d.longestSittingBoutMin)}</td>
                    <td className="num">
                      {d.prompts.done} / {d.prompts.shown}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

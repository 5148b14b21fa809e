/** Check-in scores over time beside the sitting and standing figures of each check-in's week. */
import type { Trends } from '../../../../shared/pacing/trends';
import { BarChart } from '../../components/charts/BarChart';
import { EmptyState } from '../../components/States';
import { msgKey, t } from '../../i18n/t';
import { formatDay } from '../../lib/format';
import { hrefOf } from '../../lib/route';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export function TrendsView({ trends, onReviewed }: { trends: Trends; onReviewed(): void }) {
  const { points, change, review } = trends;
  if (points.length === 0) {
    return (
      <section className="card">
        <EmptyState title={t('checkin.trendsTitle')}>
          <p>{t('checkin.trendsEmpty')}</p>
        </EmptyState>
      </section>
    );
  }
  const categories = points.map((p) => formatDay(p.date));
  const first = points[0];
  const last = points[points.length - 1];
  const longest = points.map((p) => p.figures?.longestSittingBoutMin ?? 0);
  const standing = points.map((p) => p.figures?.avgStandingMin ?? 0);
  const top = Math.max(60, ...longest, ...standing);
  const max = Math.ceil(top / 30) * 30;

  return (
    <section className="card stack" aria-labelledby="trends-title" data-testid="checkin-trends">
      <h2 id="trends-title">{t('checkin.trendsTitle')}</h2>
      {review.due && (
        <div className="notice stack" data-testid="review-nudge">
          <p>{t('checkin.review')}</p>
          <div className="button-row">
            <a className="button" href={hrefOf('plan', 'review')}>
              {t('checkin.reviewLink')}
            </a>
            <button type="button" className="button quiet" onClick={onReviewed}>
              {t('checkin.reviewDone')}
            </button>
          </div>
        </div>
      )}
      <BarChart
        title={t('checkin.chartTitle')}
        description={t('checkin.chartDescription')}
        categories={categories}
        categoryLabel={t('checkin.categoryLabel')}
        mode="grouped"
        axis={{ max: 10, ticks: [0, 5, 10] }}
        format={(v) => String(v)}
        series={[
          {
            key: 'peg',
            label: t('checkin.series.peg'),
            className: 's-shown',
            values: points.map((p) => p.peg),
          },
          {
            key: 'psfs',
            label: t('checkin.series.psfs'),
            className: 's-done',
            values: points.map((p) => p.psfs ?? 0),
          },
        ]}
        testId="checkin-scores-chart"
      />
      {points.some((p) => p.figures !== null) ? (
        <BarChart
          title={t('checkin.sittingTitle')}
          description={t('checkin.sittingDescription')}
          categories={categories}
          categoryLabel={t('checkin.categoryLabel')}
          mode="grouped"
          axis={{ max, ticks: [0, max / 2, max] }}
          format={(v) => String(Math.round(v))}
          series={[
            { key: 'longest', label: t('checkin.series.longest'), className: 's-bout', values: longest },
            {
              key: 'standing',
              label: t('checkin.series.standing'),
              className: 's-standing',
              values: standing,
            },
          ]}
          testId="checkin-sitting-chart"
        />
      ) : (
        <p className="help">
          {t('checkin.sittingTitle')}: {t('checkin.noFigures')}
        </p>
      )}
      {change && first && last && (
        <div data-testid="checkin-change">
          <h3>{t('checkin.change')}</h3>
          <p>
            {t('checkin.changePeg', { first: first.peg, latest: last.peg })}:{' '}
            {t(msgKey('checkin.trend', change.peg.trend))}
          </p>
          {change.psfs && first.psfs !== null && last.psfs !== null && (
            <p>
              {t('checkin.changePsfs', { first: first.psfs, latest: last.psfs })}:{' '}
              {t(msgKey('checkin.trend', change.psfs.trend))}
            </p>
          )}
          <p>
            {t('checkin.changeOther', {
              stiffness: signed(change.stiffness),
              sleep: signed(change.sleep),
              confidence: signed(change.confidence),
            })}
          </p>
        </div>
      )}
    </section>
  );
}

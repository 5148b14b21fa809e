/**
 * My plan: the user's plan on one page (and printable). Goals, flare mode and review dates come from the
 * pacing log, schedule, hours, staples and checklist from settings; the lines in the user's words are
 * edited here and saved in the plan store. `#/plan/review` opens it for the four-week review.
 */
import { useState } from 'react';
import { api } from '../../api';
import { ScreenHeader } from '../../components/ScreenHeader';
import { LoadCard } from '../../components/States';
import { useApp } from '../../context';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/t';
import { formatDayLong } from '../../lib/format';
import { hrefOf } from '../../lib/route';
import { PlanFacts } from './PlanFacts';
import { PlanWordsForm } from './PlanWordsForm';
import { SinceReviewCard } from './SinceReviewCard';

export function PlanScreen({ rest }: { rest: string[] }) {
  const { settings } = useApp();
  const view = useLoad(() => api().invoke('plan.get'), []);
  const [reviewed, setReviewed] = useState<string | null>(null);
  const data = view.state.value;
  const reviewing = rest[0] === 'review';

  const markReviewed = () =>
    api()
      .invoke('checkin.reviewed')
      .then((trends) => {
        setReviewed(trends.review.nextOn);
        view.reload();
      }, view.reload);

  return (
    <div className="stack plan-page">
      <ScreenHeader title={t('plan.title')} intro={t('plan.intro')}>
        <div className="button-row no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('plan.print')}
          </button>
          <a className="button quiet" href={hrefOf('report')}>
            {t('plan.reportLink')}
          </a>
        </div>
      </ScreenHeader>
      <LoadCard load={view} errorTitle={t('plan.loadError')} />
      {data && (
        <>
          {(reviewing || data.review.due) && data.sinceReview && <SinceReviewCard since={data.sinceReview} />}
          <section className="card stack" aria-labelledby="plan-review">
            <h2 id="plan-review">{t('plan.reviewTitle')}</h2>
            {data.review.last && <p>{t('plan.lastReview', { date: formatDayLong(data.review.last) })}</p>}
            <p data-testid="plan-next-review">
              {data.review.nextOn === null
                ? t('plan.noReview')
                : data.review.due
                  ? t('plan.reviewDue')
                  : t('plan.nextReview', { date: formatDayLong(data.review.nextOn) })}
            </p>
            {reviewed !== null && (
              <p className="field-status">{t('plan.reviewedNote', { date: formatDayLong(reviewed) })}</p>
            )}
            {data.review.nextOn !== null && (reviewing || data.review.due) && reviewed === null && (
              <div className="button-row no-print">
                <button type="button" className="button primary" onClick={() => void markReviewed()}>
                  {t('plan.markReviewed')}
                </button>
              </div>
            )}
          </section>
          <PlanFacts view={data} settings={settings} />
          <PlanWordsForm words={data.words} onSaved={view.reload} />
        </>
      )}
    </div>
  );
}

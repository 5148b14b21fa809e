/** What changed since the last review (or the first check-in): figures then and now, no verdicts. */
import type { SinceReview } from '../../../../shared/plan/review';
import { t } from '../../i18n/t';
import { formatDayLong } from '../../lib/format';

export function SinceReviewCard({ since }: { since: SinceReview }) {
  const date = formatDayLong(since.since);
  const when = since.kind === 'review' ? t('plan.sinceReview', { date }) : t('plan.sinceFirst', { date });
  const num = (n: number | null) => (n === null ? t('plan.notSet') : String(n));
  return (
    <section className="card notice stack" aria-labelledby="plan-since" data-testid="plan-since">
      <h2 id="plan-since">{t('plan.sinceTitle', { when })}</h2>
      <ul className="plan-list">
        {since.goals.map((g) => (
          <li key={g.goalId}>
            {t('plan.sinceGoal', { name: g.name, before: num(g.before), after: num(g.after) })}
          </li>
        ))}
        {since.added.map((name) => (
          <li key={name}>{t('plan.sinceGoalNew', { name })}</li>
        ))}
        <li>
          {since.flares.length === 0
            ? t('plan.sinceNoFlares')
            : t('plan.sinceFlares', {
                list: since.flares
                  .map((f) =>
                    f.left
                      ? `${formatDayLong(f.entered)} – ${formatDayLong(f.left)}`
                      : formatDayLong(f.entered),
                  )
                  .join('; '),
              })}
        </li>
        <li>{t('plan.sinceCheckins', { n: since.checkins })}</li>
        {since.peg && <li>{t('plan.sincePeg', { before: since.peg.before, after: since.peg.after })}</li>}
        {since.psfs && <li>{t('plan.sincePsfs', { before: since.psfs.before, after: since.psfs.after })}</li>}
      </ul>
    </section>
  );
}

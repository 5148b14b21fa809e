/** What changed since the last review (or the first check-in): figures then and now, no verdicts. */
import type { SinceReview } from '../../../../shared/plan/review';
import { formatDayLong } from '../../lib/format';
import { t } from '../../strings/format';
import { planText as s } from '../../strings/report';

export function SinceReviewCard({ since }: { since: SinceReview }) {
  const when = t(since.kind === 'review' ? s.sinceReview : s.sinceFirst, {
    date: formatDayLong(since.since),
  });
  const num = (n: number | null) => (n === null ? s.notSet : String(n));
  return (
    <section className="card notice stack" aria-labelledby="plan-since" data-testid="plan-since">
      <h2 id="plan-since">{t(s.sinceTitle, { when })}</h2>
      <ul className="plan-list">
        {since.goals.map((g) => (
          <li key={g.goalId}>
            {t(s.sinceGoal, { name: g.name, before: num(g.before), after: num(g.after) })}
          </li>
        ))}
        {since.added.map((name) => (
          <li key={name}>{t(s.sinceGoalNew, { name })}</li>
        ))}
        <li>
          {since.flares.length === 0
            ? s.sinceNoFlares
            : t(s.sinceFlares, {
                list: since.flares
                  .map((f) =>
                    f.left
                      ? `${formatDayLong(f.entered)} – ${formatDayLong(f.left)}`
                      : formatDayLong(f.entered),
                  )
                  .join('; '),
              })}
        </li>
        <li>{t(s.sinceCheckins, { n: since.checkins })}</li>
        {since.peg && <li>{t(s.sincePeg, { before: since.peg.before, after: since.peg.after })}</li>}
        {since.psfs && <li>{t(s.sincePsfs, { before: since.psfs.before, after: since.psfs.after })}</li>}
      </ul>
    </section>
  );
}

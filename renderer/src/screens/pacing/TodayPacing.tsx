/**
 * A small card for Today: flare mode and today's pacing targets, linking to the Pacing screen. A standing
 * target is told by Today's own standing line (one story), so it is not repeated here.
 */
import type { PacingView } from '../../../../shared/pacing/ipc';
import { t } from '../../i18n/t';
import { hrefOf } from '../../lib/route';
import { amountText } from './describe';

export function TodayPacing({ view }: { view: PacingView | null }) {
  if (!view) return null;
  const { flare, goals } = view;
  const targets = goals.flatMap((g) =>
    g.plan.status === 'active' && g.plan.today.target !== null && g.goal.metric !== 'standing-min'
      ? [
          {
            id: g.goal.id,
            text: t('pacing.todayCard.goal', {
              name: g.goal.name,
              target: amountText(g.goal.metric, g.plan.today.target),
            }),
          },
        ]
      : [],
  );
  if (!flare.active && flare.today.phase === 'none' && targets.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="today-pacing" data-testid="today-pacing">
      <h2 id="today-pacing">{t('pacing.todayCard.title')}</h2>
      {flare.today.phase === 'flare' && (
        <p data-testid="today-flare">
          {t('pacing.todayCard.flareOn', { pct: Math.round(flare.today.factor * 100) })}
        </p>
      )}
      {flare.today.phase === 'return' && (
        <p data-testid="today-flare">
          {t('pacing.todayCard.returning', { day: flare.today.day, of: flare.today.of })}
        </p>
      )}
      {targets.length > 0 && (
        <ul>
          {targets.map((x) => (
            <li key={x.id}>{x.text}</li>
          ))}
        </ul>
      )}
      <p>
        <a href={hrefOf('pacing')}>{t('pacing.todayCard.open')}</a>
      </p>
    </section>
  );
}

/** Today's standing target from the first standing goal with a target today, for Today's standing line. */
export function standingTargetOf(view: PacingView | null): { name: string; minutes: number } | null {
  for (const g of view?.goals ?? []) {
    if (g.goal.metric === 'standing-min' && g.plan.status === 'active' && g.plan.today.target !== null)
      return { name: g.goal.name, minutes: g.plan.today.target };
  }
  return null;
}

/** One goal: its plan for this week and today, the next step, logging, editing and past weeks. */
import { useId } from 'react';
import type { GoalView } from '../../../../shared/pacing/ipc';
import { DataTable } from '../../components/charts/DataTable';
import { ProgressBar } from '../../components/States';
import { t } from '../../i18n/t';
import { formatDay } from '../../lib/format';
import { amountText, cadenceText, nextText, todayText } from './describe';
import { GoalEdit } from './GoalEdit';
import { LogForm } from './LogForm';

export function GoalCard({ view, today, onChange }: { view: GoalView; today?: string; onChange(): void }) {
  const { goal, plan } = view;
  const titleId = useId();
  const manual = goal.metric === 'session-min';
  return (
    <article className="card stack" aria-labelledby={titleId} data-testid={`goal-${goal.name}`}>
      <header>
        <h3 id={titleId}>{goal.name}</h3>
        <p className="help">{cadenceText(goal.cadence)}</p>
      </header>
      {plan.status === 'collecting' ? (
        <p data-testid="goal-collecting">
          {manual
            ? t('pacing.collectingManual', { n: plan.baseline.needed })
            : t('pacing.collectingMeasured', { n: plan.baseline.needed })}
        </p>
      ) : (
        <div className="stack">
          <p data-testid="goal-baseline">
            {t('pacing.baseline', { value: amountText(goal.metric, Math.round(plan.baseline.value)) })} (
            {plan.baseline.source === 'derived' ? t('pacing.baselineDerived') : t('pacing.baselineEdited')})
          </p>
          <p data-testid="goal-week">
            {goal.metric === 'longest-sitting-bout-min'
              ? t('pacing.thisWeekCap', {
                  target: amountText(goal.metric, plan.thisWeek.target),
                  cadence: cadenceText(goal.cadence),
                })
              : t('pacing.thisWeek', {
                  target: amountText(goal.metric, plan.thisWeek.target),
                  cadence: cadenceText(goal.cadence),
                })}
          </p>
          <ProgressBar
            value={plan.thisWeek.done / Math.max(1, plan.thisWeek.required)}
            label={t('pacing.progressLabel')}
          />
          <p>{t('pacing.progress', { done: plan.thisWeek.done, required: plan.thisWeek.required })}</p>
          <p data-testid="goal-today">{todayText(goal, plan)}</p>
          {plan.today.value !== null && (
            <p>{t('pacing.todayValue', { value: amountText(goal.metric, Math.round(plan.today.value)) })}</p>
          )}
          <p data-testid="goal-next">{nextText(goal, plan)}</p>
          {plan.weeks.length > 1 && (
            <DataTable
              caption={t('pacing.historyTitle')}
              rowHeader={t('pacing.historyCols.week')}
              rows={plan.weeks.map((w) => formatDay(w.from))}
              columns={[
                {
                  label: t('pacing.historyCols.target'),
                  values: plan.weeks.map((w) => amountText(goal.metric, w.target)),
                },
                {
                  label: t('pacing.historyCols.done'),
                  values: plan.weeks.map((w) => `${w.done}/${w.required}`),
                },
                {
                  label: t('pacing.historyCols.result'),
                  values: plan.weeks.map((w) =>
                    w.met
                      ? t('pacing.result.met')
                      : w.current
                        ? t('pacing.result.current')
                        : t('pacing.result.missed'),
                  ),
                },
              ]}
            />
          )}
        </div>
      )}
      {manual && <LogForm goalId={goal.id} {...(today ? { today } : {})} onLogged={onChange} />}
      <GoalEdit view={view} onChange={onChange} />
    </article>
  );
}

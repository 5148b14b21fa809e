/** One goal: its plan for this week and today, the next step, logging, editing and past weeks. */
import { useId } from 'react';
import type { GoalView } from '../../../../shared/pacing/ipc';
import { DataTable } from '../../components/charts/DataTable';
import { ProgressBar } from '../../components/States';
import { formatDay } from '../../lib/format';
import { plural, t } from '../../strings/format';
import { pacingText as s } from '../../strings/pacing';
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
          {plural(plan.baseline.needed, manual ? s.collectingManual : s.collectingMeasured)}
        </p>
      ) : (
        <div className="stack">
          <p data-testid="goal-baseline">
            {t(s.baseline, { value: amountText(goal.metric, Math.round(plan.baseline.value)) })} (
            {plan.baseline.source === 'derived' ? s.baselineDerived : s.baselineEdited})
          </p>
          <p data-testid="goal-week">
            {t(goal.metric === 'longest-sitting-bout-min' ? s.thisWeekCap : s.thisWeek, {
              target: amountText(goal.metric, plan.thisWeek.target),
              cadence: cadenceText(goal.cadence),
            })}
          </p>
          <ProgressBar
            value={plan.thisWeek.done / Math.max(1, plan.thisWeek.required)}
            label={s.progressLabel}
          />
          <p>{t(s.progress, { done: plan.thisWeek.done, required: plan.thisWeek.required })}</p>
          <p data-testid="goal-today">{todayText(goal, plan)}</p>
          {plan.today.value !== null && (
            <p>{t(s.todayValue, { value: amountText(goal.metric, Math.round(plan.today.value)) })}</p>
          )}
          <p data-testid="goal-next">{nextText(goal, plan)}</p>
          {plan.weeks.length > 1 && (
            <DataTable
              caption={s.historyTitle}
              rowHeader={s.historyCols.week}
              rows={plan.weeks.map((w) => formatDay(w.from))}
              columns={[
                {
                  label: s.historyCols.target,
                  values: plan.weeks.map((w) => amountText(goal.metric, w.target)),
                },
                { label: s.historyCols.done, values: plan.weeks.map((w) => `${w.done}/${w.required}`) },
                {
                  label: s.historyCols.result,
                  values: plan.weeks.map((w) =>
                    w.met ? s.result.met : w.current ? s.result.current : s.result.missed,
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

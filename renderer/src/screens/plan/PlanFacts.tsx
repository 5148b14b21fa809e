/** The parts of My plan read from the pacing log and settings: goals, staples, flare plan, schedule, setup. */
import type { MyPlanView } from '../../../../shared/plan/ipc';
import { presets, type Settings, scheduleOf } from '../../../../shared/settings';
import { checklist, getRoutine } from '../../content';
import { msgKey, t } from '../../i18n/t';
import { formatDayLong, weekdayName } from '../../lib/format';
import { hrefOf } from '../../lib/route';
import { amountText, nextText } from '../pacing/describe';

export function PlanFacts({ view, settings }: { view: MyPlanView; settings: Settings }) {
  const { goals, flare } = view.pacing;
  const schedule = scheduleOf(settings);
  const presetName = t(msgKey('settings.schedule.presets', settings.schedule.preset, '.label'));
  const hours = settings.workingHours;
  const ticked = new Set(settings.checklist);
  const done = checklist().filter((i) => ticked.has(i.id)).length;
  const staples = settings.staples.map((id) => getRoutine(id)?.title ?? id);

  return (
    <>
      <section className="card stack" aria-labelledby="plan-goals" data-testid="plan-goals">
        <h2 id="plan-goals">{t('plan.goalsTitle')}</h2>
        {goals.length === 0 ? (
          <p>
            {t('plan.noGoals')} <a href={hrefOf('pacing')}>{t('plan.openPacing')}</a>
          </p>
        ) : (
          <ul className="plan-list">
            {goals.map(({ goal, plan }) => (
              <li key={goal.id}>
                <strong>{goal.name}</strong>
                {plan.status === 'collecting' ? (
                  <span> — {t('plan.collecting', { n: plan.baseline.samples.length })}</span>
                ) : (
                  <>
                    <span>
                      {' '}
                      —{' '}
                      {t('plan.thisWeek', {
                        target: amountText(goal.metric, plan.thisWeek.target),
                        done: plan.thisWeek.done,
                        required: plan.thisWeek.required,
                      })}
                    </span>
                    <br />
                    <span className="help">{nextText(goal, plan)}</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="plan-grid">
        <section className="card stack" aria-labelledby="plan-staples">
          <h2 id="plan-staples">{t('plan.staplesTitle')}</h2>
          {staples.length === 0 ? (
            <p>{t('plan.noStaples')}</p>
          ) : (
            <ul className="plan-list">
              {staples.map((title) => (
                <li key={title}>{title}</li>
              ))}
            </ul>
          )}
        </section>
        <section className="card stack" aria-labelledby="plan-flare" data-testid="plan-flare">
          <h2 id="plan-flare">{t('plan.flareTitle')}</h2>
          {flare.active && flare.since && <p>{t('plan.flareOn', { date: formatDayLong(flare.since) })}</p>}
          <p>{t('plan.flareShare', { pct: `${flare.defaults.sharePct} %` })}</p>
          <p>{t('plan.flareReturnDays', { n: flare.defaults.returnDays })}</p>
        </section>
        <section className="card stack" aria-labelledby="plan-schedule">
          <h2 id="plan-schedule">{t('plan.scheduleTitle')}</h2>
          <p>
            {schedule.standMin === 0
              ? t('plan.scheduleNoStand', {
                  name: presetName,
                  sit: schedule.sitMin,
                  move: schedule.moveMin,
                })
              : t('plan.schedule', {
                  name: presetName,
                  sit: schedule.sitMin,
                  stand: schedule.standMin,
                  move: schedule.moveMin,
                })}
          </p>
          {settings.schedule.preset !== 'custom' && (
            <p className="help">{presets[settings.schedule.preset].source}</p>
          )}
          <p>
            {hours.enabled
              ? t('plan.hours', {
                  days: [1, 2, 3, 4, 5, 6, 0]
                    .filter((d) => hours.days.includes(d))
                    .map((d) => weekdayName(d, 'short'))
                    .join(', '),
                  ranges: hours.ranges.map((r) => `${r.start}–${r.end}`).join(', '),
                })
              : t('plan.hoursOff')}
          </p>
        </section>
        <section className="card stack" aria-labelledby="plan-checklist">
          <h2 id="plan-checklist">{t('plan.checklistTitle')}</h2>
          <p>{t('plan.checklist', { done, total: checklist.length })}</p>
          <p className="no-print">
            <a href={hrefOf('tips')}>{t('plan.openTips')}</a>
          </p>
        </section>
      </div>
    </>
  );
}

/** The Pacing screen: flare mode, each goal's plan, and a new goal. */

import { api } from '../../api';
import { ScreenHeader } from '../../components/ScreenHeader';
import { EmptyState, LoadCard } from '../../components/States';
import { useApp } from '../../context';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/t';
import { FlareCard } from './FlareCard';
import { GoalCard } from './GoalCard';
import { NewGoalForm } from './NewGoalForm';

export function PacingScreen() {
  const { live } = useApp();
  // Reload on a new day so "today" and the week stay right.
  const day = live.snapshot ? Math.floor(live.snapshot.at / 3_600_000) : 0;
  const view = useLoad(() => api().invoke('pacing.get'), [day]);
  const data = view.state.value;

  return (
    <div className="stack">
      <ScreenHeader title={t('pacing.title')} intro={t('pacing.intro')} />
      <LoadCard load={view} errorTitle={t('pacing.loadError')} />
      {data && (
        <>
          <FlareCard flare={data.flare} onChange={view.reload} />
          <section className="stack" aria-labelledby="pacing-goals">
            <h2 id="pacing-goals">{t('pacing.goalsTitle')}</h2>
            {data.goals.length === 0 ? (
              <div className="card">
                <EmptyState title={t('pacing.noGoals')}>
                  <p>{t('pacing.noGoalsBody')}</p>
                </EmptyState>
              </div>
            ) : (
              data.goals.map((g) => (
                <GoalCard key={g.goal.id} view={g} today={data.today} onChange={view.reload} />
              ))
            )}
          </section>
          <NewGoalForm onCreated={view.reload} />
        </>
      )}
    </div>
  );
}

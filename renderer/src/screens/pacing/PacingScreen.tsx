/** The Pacing screen: flare mode, each goal's plan, and a new goal. */

import { EmptyState, LoadCard } from '../../components/States';
import { useApp } from '../../context';
import { useLoad } from '../../hooks/useLoad';
import { pacingText as s } from '../../strings/pacing';
import { pacing } from './client';
import { FlareCard } from './FlareCard';
import { GoalCard } from './GoalCard';
import { NewGoalForm } from './NewGoalForm';

export function PacingScreen() {
  const { live } = useApp();
  // Reload on a new day so "today" and the week stay right.
  const day = live.snapshot ? Math.floor(live.snapshot.at / 3_600_000) : 0;
  const view = useLoad(() => pacing('pacing.get'), [day]);
  const data = view.state.value;

  return (
    <div className="stack">
      <header>
        <h1>{s.title}</h1>
        <p>{s.intro}</p>
      </header>
      <LoadCard load={view} errorTitle={s.loadError} />
      {data && (
        <>
          <FlareCard flare={data.flare} onChange={view.reload} />
          <section className="stack" aria-labelledby="pacing-goals">
            <h2 id="pacing-goals">{s.goalsTitle}</h2>
            {data.goals.length === 0 ? (
              <div className="card">
                <EmptyState title={s.noGoals}>
                  <p>{s.noGoalsBody}</p>
                </EmptyState>
              </div>
            ) : (
              data.goals.map((g) => <GoalCard key={g.goal.id} view={g} onChange={view.reload} />)
            )}
          </section>
          <NewGoalForm onCreated={view.reload} />
        </>
      )}
    </div>
  );
}

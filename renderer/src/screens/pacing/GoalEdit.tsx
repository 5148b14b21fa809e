/** Editing a goal: its starting level, holding next week, and deleting it (confirmed when it has history). */
import { useState } from 'react';
import type { GoalView } from '../../../../shared/pacing/ipc';
import { addDays } from '../../../../shared/time';
import { pacingText as s } from '../../strings/pacing';
import { pacing } from './client';
import { numberOf, useAction } from './useAction';

export function GoalEdit({ view, onChange }: { view: GoalView; onChange(): void }) {
  const { goal, plan } = view;
  const [baseline, setBaseline] = useState(goal.baselineOverride ? String(goal.baselineOverride.value) : '');
  const action = useAction();
  // Main refuses to delete a goal with sessions until confirmed, and says why: that is the question asked.
  const confirming = action.error?.issues.some((i) => i.path === 'confirmHistory') ?? false;
  const nextWeek = plan.status === 'active' ? addDays(plan.thisWeek.from, 7) : null;
  const held = nextWeek !== null && goal.holdWeeks.includes(nextWeek);

  const saveBaseline = () =>
    action.run(
      () =>
        pacing('pacing.updateGoal', {
          goalId: goal.id,
          baseline: baseline.trim() === '' ? null : numberOf(baseline),
        }),
      () => {
        onChange();
        return null;
      },
    );
  const toggleHold = () => {
    if (!nextWeek) return;
    void action.run(
      () => pacing('pacing.updateGoal', { goalId: goal.id, holdWeek: { week: nextWeek, hold: !held } }),
      () => {
        onChange();
        return null;
      },
    );
  };
  const remove = (confirmHistory: boolean) =>
    action.run(
      () => pacing('pacing.deleteGoal', { goalId: goal.id, confirmHistory }),
      () => {
        onChange();
        return s.edit.deleted;
      },
    );

  return (
    <details>
      <summary>{s.edit.summary}</summary>
      <div className="stack">
        <div className="field">
          <label htmlFor={`${goal.id}-baseline`}>{s.edit.baseline}</label>
          <p className="help">{s.edit.baselineHelp}</p>
          <input
            id={`${goal.id}-baseline`}
            type="number"
            value={baseline}
            onChange={(e) => setBaseline(e.currentTarget.value)}
          />
        </div>
        <div className="button-row">
          <button type="button" className="button" disabled={action.busy} onClick={() => void saveBaseline()}>
            {s.edit.saveBaseline}
          </button>
          {nextWeek && (
            <button
              type="button"
              className="button"
              aria-pressed={held}
              disabled={action.busy}
              onClick={toggleHold}
            >
              {held ? s.edit.unholdNext : s.edit.holdNext}
            </button>
          )}
          <button
            type="button"
            className="button danger"
            disabled={action.busy}
            onClick={() => void remove(false)}
          >
            {s.edit.delete}
          </button>
        </div>
        {confirming && action.error && (
          <div className="notice" role="alert">
            <p>{action.error.message}</p>
            <div className="button-row">
              <button type="button" className="button danger" onClick={() => void remove(true)}>
                {s.edit.confirmDelete}
              </button>
              <button type="button" className="button quiet" onClick={action.clear}>
                {s.edit.cancel}
              </button>
            </div>
          </div>
        )}
        {action.error && !confirming && (
          <p className="field-error" role="alert">
            {action.error.message}
          </p>
        )}
        {action.note && <p className="field-status">{action.note}</p>}
      </div>
    </details>
  );
}

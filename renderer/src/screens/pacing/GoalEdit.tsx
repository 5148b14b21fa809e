/** Editing a goal: its starting level, holding next week, and deleting it (confirmed when it has history). */
import { useState } from 'react';
import type { GoalView } from '../../../../shared/pacing/ipc';
import { addDays } from '../../../../shared/time';
import { api } from '../../api';
import { FormStatus, TextField } from '../../components/form/Field';
import { useMutation } from '../../hooks/useMutation';
import { t } from '../../i18n/t';
import { numberOf } from '../../lib/formInput';

export function GoalEdit({ view, onChange }: { view: GoalView; onChange(): void }) {
  const { goal, plan } = view;
  const [baseline, setBaseline] = useState(goal.baselineOverride ? String(goal.baselineOverride.value) : '');
  const editing = useMutation();
  // Main refuses to delete a goal with sessions until confirmed, and says why: that is the question asked.
  const confirming = editing.error?.issues.some((i) => i.path === 'confirmHistory') ?? false;
  const nextWeek = plan.status === 'active' ? addDays(plan.thisWeek.from, 7) : null;
  const held = nextWeek !== null && goal.holdWeeks.includes(nextWeek);
  const changed = () => {
    onChange();
    return null;
  };

  const saveBaseline = () =>
    editing.run(
      () =>
        api().invoke('pacing.updateGoal', {
          goalId: goal.id,
          baseline: baseline.trim() === '' ? null : numberOf(baseline),
        }),
      changed,
    );
  const toggleHold = (week: string) =>
    editing.run(
      () => api().invoke('pacing.updateGoal', { goalId: goal.id, holdWeek: { week, hold: !held } }),
      changed,
    );
  const remove = (confirmHistory: boolean) =>
    editing.run(
      () => api().invoke('pacing.deleteGoal', { goalId: goal.id, confirmHistory }),
      () => {
        onChange();
        return t('pacing.edit.deleted');
      },
    );

  return (
    <details>
      <summary>{t('pacing.edit.summary')}</summary>
      <div className="stack">
        <TextField
          label={t('pacing.edit.baseline')}
          help={t('pacing.edit.baselineHelp')}
          type="number"
          value={baseline}
          onChange={setBaseline}
        />
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={editing.busy}
            onClick={() => void saveBaseline()}
          >
            {t('pacing.edit.saveBaseline')}
          </button>
          {nextWeek && (
            <button
              type="button"
              className="button"
              aria-pressed={held}
              disabled={editing.busy}
              onClick={() => void toggleHold(nextWeek)}
            >
              {held ? t('pacing.edit.unholdNext') : t('pacing.edit.holdNext')}
            </button>
          )}
          <button
            type="button"
            className="button danger"
            disabled={editing.busy}
            onClick={() => void remove(false)}
          >
            {t('pacing.edit.delete')}
          </button>
        </div>
        {confirming && editing.error ? (
          <div className="notice" role="alert">
            <p>{editing.error.message}</p>
            <div className="button-row">
              <button type="button" className="button danger" onClick={() => void remove(true)}>
                {t('pacing.edit.confirmDelete')}
              </button>
              <button type="button" className="button quiet" onClick={editing.clear}>
                {t('pacing.edit.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <FormStatus error={editing.error?.message} note={editing.note} />
        )}
      </div>
    </details>
  );
}

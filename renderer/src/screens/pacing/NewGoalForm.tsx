/** Creating a goal: from an example or from scratch, with up to 3 recent sessions to set the baseline. */
import { type FormEvent, useId, useReducer } from 'react';
import { metrics } from '../../../../shared/pacing/goal';
import { api } from '../../api';
import { DayPicker, FormStatus, Group, SelectField, TextField } from '../../components/form/Field';
import { useMutation } from '../../hooks/useMutation';
import { msgKey, t } from '../../i18n/t';
import { errorSummary, fieldError } from '../../lib/formInput';
import { cadenceKinds, createRequestOf, emptyDraft, goalDraftReducer, isManual, modes } from './goalDraft';
import { goalPresets } from './presets';

export function NewGoalForm({ onCreated }: { onCreated(): void }) {
  const id = useId();
  const [draft, dispatch] = useReducer(goalDraftReducer, emptyDraft);
  const creating = useMutation();
  const err = (path: string) => fieldError(creating.error, path);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void creating.run(
      () => api().invoke('pacing.createGoal', createRequestOf(draft)),
      () => {
        dispatch({ type: 'reset' });
        onCreated();
        return t('pacing.create.created');
      },
    );
  };

  return (
    <form noValidate className="card stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('pacing.create.title')}</h2>
      <Group label={t('pacing.create.presets')} help={t('pacing.create.presetsHelp')}>
        <div className="button-row">
          {goalPresets.map((p) => (
            <button
              key={p.id}
              type="button"
              className="button small"
              onClick={() => {
                dispatch({ type: 'example', fields: p.fields });
                creating.clear();
              }}
            >
              {t(msgKey('pacing.create.preset', p.id))}
            </button>
          ))}
        </div>
      </Group>
      <TextField
        label={t('pacing.create.name')}
        value={draft.name}
        error={err('fields.name')}
        onChange={(value) => dispatch({ type: 'set', field: 'name', value })}
      />
      <SelectField
        label={t('pacing.create.metric')}
        value={draft.metric}
        options={metrics.map((m) => ({ value: m, label: t(msgKey('pacing.metric', m)) }))}
        onChange={(value) => dispatch({ type: 'set', field: 'metric', value })}
      />
      <div className="inline-fields">
        <SelectField
          label={t('pacing.create.cadence')}
          value={draft.kind}
          options={cadenceKinds.map((k) => ({ value: k, label: t(msgKey('pacing.cadenceLabel', k)) }))}
          onChange={(value) => dispatch({ type: 'set', field: 'kind', value })}
        />
        {draft.kind === 'per-week' && (
          <TextField
            label={t('pacing.create.times')}
            type="number"
            value={draft.times}
            error={err('fields.cadence.times')}
            onChange={(value) => dispatch({ type: 'set', field: 'times', value })}
          />
        )}
      </div>
      {draft.kind === 'weekdays' && (
        <DayPicker
          label={t('pacing.create.days')}
          value={draft.days}
          names="short"
          error={err('fields.cadence.days')}
          onChange={(value) => dispatch({ type: 'set', field: 'days', value })}
        />
      )}
      <div className="inline-fields">
        <SelectField
          label={t('pacing.create.progression')}
          value={draft.mode}
          options={modes.map((m) => ({ value: m, label: t(msgKey('pacing.create.progressionMode', m)) }))}
          onChange={(value) => dispatch({ type: 'set', field: 'mode', value })}
        />
        {draft.mode === 'percent' && (
          <TextField
            label={t('pacing.create.pct')}
            type="number"
            value={draft.pct}
            error={err('fields.progression.pct')}
            onChange={(value) => dispatch({ type: 'set', field: 'pct', value })}
          />
        )}
        {draft.mode === 'step' && (
          <TextField
            label={t('pacing.create.step')}
            type="number"
            value={draft.step}
            error={err('fields.progression.step')}
            onChange={(value) => dispatch({ type: 'set', field: 'step', value })}
          />
        )}
        <TextField
          label={t('pacing.create.aim')}
          help={t('pacing.create.aimHelp')}
          type="number"
          value={draft.aim}
          error={err('fields.aim')}
          onChange={(value) => dispatch({ type: 'set', field: 'aim', value })}
        />
      </div>
      {isManual(draft) && (
        <Group label={t('pacing.create.sessions')} help={t('pacing.create.sessionsHelp')}>
          {draft.sessions.map((x, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: three fixed rows.
            <div className="inline-fields" key={i}>
              <TextField
                label={t('pacing.create.sessionMinutes', { n: i + 1 })}
                type="number"
                value={x.minutes}
                error={err(`sessions.${i}.minutes`)}
                onChange={(value) => dispatch({ type: 'session', index: i, part: 'minutes', value })}
              />
              <TextField
                label={t('pacing.create.sessionDate', { n: i + 1 })}
                type="date"
                value={x.date}
                error={err(`sessions.${i}.date`)}
                onChange={(value) => dispatch({ type: 'session', index: i, part: 'date', value })}
              />
            </div>
          ))}
        </Group>
      )}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={creating.busy}>
          {t('pacing.create.submit')}
        </button>
      </div>
      <FormStatus error={errorSummary(creating.error)} note={creating.note} />
    </form>
  );
}

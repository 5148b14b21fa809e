/** The lines of My plan in the user's words: flare relief and return, the three domains, a clinician note. */
import { type FormEvent, useId, useState } from 'react';
import type { PlanWordKey, PlanWords } from '../../../../shared/plan/words';
import { api } from '../../api';
import { planText as s } from '../../strings/report';
import { errorSummary, fieldError, useAction } from '../pacing/useAction';

const groups: { title: string; keys: PlanWordKey[]; help?: string }[] = [
  { title: s.flareWordsTitle, keys: ['flareRelief', 'flareReturn'] },
  { title: s.domainsTitle, keys: ['movement', 'recovery', 'environment'], help: s.domainsHelp },
];

const labels: Record<PlanWordKey, string> = {
  flareRelief: s.flareRelief,
  flareReturn: s.flareReturn,
  movement: s.domains.movement,
  recovery: s.domains.recovery,
  environment: s.domains.environment,
  clinicianNote: s.clinicianNote,
};

export function PlanWordsForm({ words, onSaved }: { words: PlanWords; onSaved(): void }) {
  const id = useId();
  const [draft, setDraft] = useState<PlanWords>(words);
  const action = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (action.busy) return;
    void action.run(
      () => api().invoke('plan.update', draft),
      () => {
        onSaved();
        return s.saved;
      },
    );
  };

  const field = (key: PlanWordKey, multiline = false) => {
    const err = fieldError(action.error, key);
    const props = {
      id: `${id}-${key}`,
      value: draft[key],
      'aria-invalid': err !== null,
      'aria-describedby': err ? `${id}-${key}-error` : undefined,
      onChange: (e: { currentTarget: { value: string } }) => {
        const value = e.currentTarget.value;
        setDraft((prev) => ({ ...prev, [key]: value }));
      },
    };
    return (
      <div className="field" key={key}>
        <label htmlFor={props.id}>{labels[key]}</label>
        {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
        {err && (
          <p className="field-error" id={`${id}-${key}-error`}>
            {err}
          </p>
        )}
      </div>
    );
  };

  return (
    <form
      noValidate
      className="stack plan-words"
      onSubmit={submit}
      aria-label={s.domainsTitle}
      data-testid="plan-words"
    >
      {groups.map((g) => (
        <fieldset key={g.title} className="card stack plan-fieldset">
          <legend>{g.title}</legend>
          {g.help && <p className="help">{g.help}</p>}
          {g.keys.map((k) => field(k))}
        </fieldset>
      ))}
      <div className="card stack no-print">
        {field('clinicianNote', true)}
        <div className="button-row">
          <button type="submit" className="button primary" disabled={action.busy}>
            {s.save}
          </button>
          {action.note && <span className="field-status">{action.note}</span>}
        </div>
        {action.error && (
          <p className="field-error" role="alert">
            {errorSummary(action.error)}
          </p>
        )}
      </div>
    </form>
  );
}

/** The lines of My plan in the user's words: flare relief and return, the three domains, a clinician note. */
import { type FormEvent, useState } from 'react';
import type { PlanWordKey, PlanWords } from '../../../../shared/plan/words';
import { api } from '../../api';
import { FormStatus, TextField } from '../../components/form/Field';
import { useMutation } from '../../hooks/useMutation';
import { errorSummary, fieldError } from '../../lib/formInput';
import { planText as s } from '../../strings/report';

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
  const [draft, setDraft] = useState<PlanWords>(words);
  const saving = useMutation();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void saving.run(
      () => api().invoke('plan.update', draft),
      () => {
        onSaved();
        return s.saved;
      },
    );
  };

  const field = (key: PlanWordKey, rows?: number) => (
    <TextField
      key={key}
      label={labels[key]}
      value={draft[key]}
      error={fieldError(saving.error, key)}
      {...(rows === undefined ? {} : { rows })}
      onChange={(value) => setDraft((prev) => ({ ...prev, [key]: value }))}
    />
  );

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
        {field('clinicianNote', 3)}
        <div className="button-row">
          <button type="submit" className="button primary" disabled={saving.busy}>
            {s.save}
          </button>
        </div>
        <FormStatus error={errorSummary(saving.error)} note={saving.note} />
      </div>
    </form>
  );
}

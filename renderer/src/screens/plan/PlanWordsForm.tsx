/** The lines of My plan in the user's words: flare relief and return, the three domains, a clinician note. */
import { type FormEvent, useState } from 'react';
import type { MessageKey } from '../../../../shared/i18n/messages/en';
import type { PlanWordKey, PlanWords } from '../../../../shared/plan/words';
import { api } from '../../api';
import { FormStatus, TextField } from '../../components/form/Field';
import { useMutation } from '../../hooks/useMutation';
import { t } from '../../i18n/t';
import { errorSummary, fieldError } from '../../lib/formInput';

const groups: {
  title: 'plan.flareWordsTitle' | 'plan.domainsTitle';
  keys: PlanWordKey[];
  help?: 'plan.domainsHelp';
}[] = [
  { title: 'plan.flareWordsTitle', keys: ['flareRelief', 'flareReturn'] },
  { title: 'plan.domainsTitle', keys: ['movement', 'recovery', 'environment'], help: 'plan.domainsHelp' },
];

const labels = {
  flareRelief: 'plan.flareRelief',
  flareReturn: 'plan.flareReturn',
  movement: 'plan.domains.movement',
  recovery: 'plan.domains.recovery',
  environment: 'plan.domains.environment',
  clinicianNote: 'plan.clinicianNote',
} as const satisfies Record<PlanWordKey, MessageKey>;

export function PlanWordsForm({ words, onSaved }: { words: PlanWords; onSaved(): void }) {
  const [draft, setDraft] = useState<PlanWords>(words);
  const saving = useMutation();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void saving.run(
      () => api().invoke('plan.update', draft),
      () => {
        onSaved();
        return t('plan.saved');
      },
    );
  };

  const field = (key: PlanWordKey, rows?: number) => (
    <TextField
      key={key}
      label={t(labels[key])}
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
      aria-label={t('plan.domainsTitle')}
      data-testid="plan-words"
    >
      {groups.map((g) => (
        <fieldset key={g.title} className="card stack plan-fieldset">
          <legend>{t(g.title)}</legend>
          {g.help && <p className="help">{t(g.help)}</p>}
          {g.keys.map((k) => field(k))}
        </fieldset>
      ))}
      <div className="card stack no-print">
        {field('clinicianNote', 3)}
        <div className="button-row">
          <button type="submit" className="button primary" disabled={saving.busy}>
            {t('plan.save')}
          </button>
        </div>
        <FormStatus error={errorSummary(saving.error)} note={saving.note} />
      </div>
    </form>
  );
}

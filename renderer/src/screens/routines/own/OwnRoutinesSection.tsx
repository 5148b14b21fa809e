/** "Your routines" in the library: their cards, a button for a new one, and importing a routine file. */
import { type ChangeEvent, useId, useRef } from 'react';
import { api } from '../../../api';
import { FormStatus } from '../../../components/form/Field';
import { ErrorState, Loading } from '../../../components/States';
import { useApp } from '../../../context';
import { useMutation } from '../../../hooks/useMutation';
import { t } from '../../../i18n/t';
import { hrefOf } from '../../../lib/route';
import { OwnRoutineCard } from './OwnRoutineCard';
import { useOwnRoutines } from './useOwnRoutines';

export function OwnRoutinesSection() {
  const { settings } = useApp();
  const loaded = useOwnRoutines();
  const importing = useMutation();
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const { state } = loaded;

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    // Read as text only: the file is never run or shown as markup; main checks it against the schema.
    const text = await file.text();
    input.value = '';
    const r = await importing.run(
      () => api().invoke('routines.import', { text }),
      () => t('routines.own.imported'),
    );
    if (r.ok) window.location.hash = hrefOf('routines', r.value.id);
  };

  return (
    <section aria-labelledby="own-title" className="stack" data-testid="own-routines">
      <h2 id="own-title">{t('routines.own.title')}</h2>
      <p className="muted">{t('routines.own.intro')}</p>
      {state.status === 'error' ? (
        <ErrorState error={state.error} title={t('routines.own.notFound')} onRetry={loaded.reload} />
      ) : state.value === null ? (
        <Loading label={t('routines.own.loading')} />
      ) : state.value.length === 0 ? (
        <p>{t('routines.own.none')}</p>
      ) : (
        <ul className="grid routine-grid">
          {state.value.map((entry) => (
            <OwnRoutineCard key={entry.own.id} entry={entry} mine={settings.staples.includes(entry.own.id)} />
          ))}
        </ul>
      )}
      <div className="button-row">
        <a className="button primary" href={hrefOf('routines', 'new')}>
          {t('routines.own.create')}
        </a>
        <button
          type="button"
          className="button"
          aria-describedby={`${inputId}-help`}
          disabled={importing.busy}
          onClick={() => fileInput.current?.click()}
        >
          {t('routines.own.importLabel')}
        </button>
        {/* The system's file picker, opened by the button above; hidden, so the button is the one control. */}
        <input
          ref={fileInput}
          hidden
          type="file"
          accept=".json,application/json"
          onChange={importFile}
          data-testid="import-routine"
        />
      </div>
      <p id={`${inputId}-help`} className="muted small">
        {t('routines.own.importHelp')}
      </p>
      <FormStatus error={importing.error?.message} note={importing.note} testId="import-status" />
    </section>
  );
}

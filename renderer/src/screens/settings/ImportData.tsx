/**
 * Import a JSON export (a new computer): the page reads the file the person picks and hands its text to
 * main, which checks all of it and restores it into an empty data folder, or says why not.
 */
import { useRef } from 'react';
import { api } from '../../api';
import { FormStatus } from '../../components/form/Field';
import { useMutation } from '../../hooks/useMutation';
import { t } from '../../i18n/t';

export function ImportData() {
  const importing = useMutation();
  const input = useRef<HTMLInputElement>(null);
  const pick = (file: File | undefined) => {
    if (!file) return;
    void importing.run(
      async () => api().invoke('data.import', { text: await file.text() }),
      () => t('settings.data.imported', { name: file.name }),
    );
    // The same file can be picked again after a refusal.
    if (input.current) input.current.value = '';
  };
  return (
    <>
      <h3>{t('settings.data.importTitle')}</h3>
      <p>{t('settings.data.importBody')}</p>
      <input
        ref={input}
        id="import-file"
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(e) => pick(e.currentTarget.files?.[0])}
      />
      <button
        type="button"
        className="button"
        disabled={importing.busy}
        onClick={() => input.current?.click()}
      >
        {t('settings.data.importButton')}
      </button>
      <FormStatus
        error={importing.error && t('settings.data.importFailed', { message: importing.error.message })}
        note={importing.note}
        testId="import-status"
      />
    </>
  );
}

/** Export, and deleting everything behind a typed confirmation (it also resets settings and onboarding). */
import { useState } from 'react';
import { api } from '../../api';
import { ExportButtons } from '../../components/ExportButtons';
import { FormStatus, TextField } from '../../components/form/Field';
import { useMutation } from '../../hooks/useMutation';
import { t } from '../../i18n/t';
import { Group } from './Group';
import { ImportData } from './ImportData';

const PHRASE = 'delete all my data';

export function DataGroup() {
  const [confirm, setConfirm] = useState('');
  const deleting = useMutation();
  const remove = () =>
    deleting.run(
      () => api().invoke('data.delete', { confirm: PHRASE }),
      () => {
        setConfirm('');
        return t('settings.data.deleted');
      },
    );
  return (
    <Group id="data" title={t('settings.groups.data')}>
      <p>{t('settings.data.exportBody')}</p>
      <ExportButtons testId="data-status" />
      <ImportData />
      <h3 className="danger-title">{t('settings.data.deleteTitle')}</h3>
      <p>{t('settings.data.deleteBody')}</p>
      <TextField
        label={t('settings.data.deleteConfirmLabel', { phrase: PHRASE })}
        value={confirm}
        autoComplete="off"
        onChange={setConfirm}
      />
      <button
        type="button"
        className="button danger"
        disabled={deleting.busy || confirm.trim() !== PHRASE}
        onClick={() => void remove()}
      >
        {t('settings.data.deleteButton')}
      </button>
      <FormStatus
        error={deleting.error && t('settings.data.deleteFailed', { message: deleting.error.message })}
        note={deleting.note}
      />
    </Group>
  );
}

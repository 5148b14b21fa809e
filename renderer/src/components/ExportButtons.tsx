/** Data export (History and Settings): main writes CSV or JSON where the person chooses, and we say what happened. */
import { type ExportFormat, exportFormatSchema } from '../../../shared/ipc';
import { api } from '../api';
import { useMutation } from '../hooks/useMutation';
import { msgKey, t } from '../i18n/t';
import { FormStatus } from './form/Field';

const formats = exportFormatSchema.options;

export function ExportButtons({ testId = 'export-status' }: { testId?: string }) {
  const exporting = useMutation();
  const run = (format: ExportFormat) =>
    exporting.run(
      () => api().invoke('data.export', { format }),
      (r) =>
        r.saved && r.path ? t('history.export.saved', { path: r.path }) : t('history.export.cancelled'),
    );
  return (
    <>
      <div className="button-row">
        {formats.map((format) => (
          <button
            key={format}
            type="button"
            className="button"
            onClick={() => void run(format)}
            disabled={exporting.busy}
          >
            {t(msgKey('history.export', format))}
          </button>
        ))}
      </div>
      <FormStatus
        error={exporting.error && t('history.export.failed', { message: exporting.error.message })}
        note={exporting.note}
        testId={testId}
      />
    </>
  );
}

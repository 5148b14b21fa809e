/** One titled settings card with its save status announced politely. */
import type { ReactNode } from 'react';
import { t } from '../../i18n/t';
import type { GroupStatus } from './useGroupSave';

export function Group({
  id,
  title,
  status,
  children,
}: {
  id: string;
  title: string;
  status?: GroupStatus | null | undefined;
  children: ReactNode;
}) {
  return (
    <section
      className="card settings-group"
      id={`group-${id}`}
      aria-labelledby={`group-${id}-title`}
      data-testid={`group-${id}`}
    >
      <div className="group-head">
        <h2 id={`group-${id}-title`}>{title}</h2>
        <p className={status?.kind === 'error' ? 'field-error' : 'field-status'} role="status">
          {status?.kind === 'saved'
            ? t('settings.saved')
            : status?.kind === 'error'
              ? t('settings.notSaved', { message: status.message })
              : ''}
        </p>
      </div>
      {children}
    </section>
  );
}

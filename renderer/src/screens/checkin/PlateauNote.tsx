/**
 * The calm plateau note (shared/pacing/plateau.ts): shown once per plateau, put away with one button
 * (journaled), pointing to a clinician or a supervised programme and to the report. No scores, no triage.
 */
import { useState } from 'react';
import type { PlateauNoteView } from '../../../../shared/pacing/ipc';
import { api } from '../../api';
import { t } from '../../i18n/t';
import { hrefOf } from '../../lib/route';

export function PlateauNote({ note, onDismissed }: { note: PlateauNoteView; onDismissed(): void }) {
  const [error, setError] = useState<string | null>(null);
  const dismiss = () =>
    api()
      .invoke('checkin.dismissPlateau', { week: note.week })
      .then(onDismissed, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  return (
    <section className="card notice stack" aria-labelledby="plateau-title" data-testid="plateau-note">
      <h2 id="plateau-title">{t('checkin.plateau.title')}</h2>
      <p>{t('checkin.plateau.body')}</p>
      <div className="button-row">
        <a className="button" href={hrefOf('report')}>
          {t('checkin.plateau.report')}
        </a>
        <button type="button" className="button quiet" onClick={() => void dismiss()}>
          {t('checkin.plateau.dismiss')}
        </button>
      </div>
      {error && <p className="field-error">{error}</p>}
    </section>
  );
}

/** The weekly check-in: a gentle prompt (snoozable, never blocking), the questions, red flags, trends. */
import { useState } from 'react';
import type { PlateauNoteView } from '../../../../shared/pacing/ipc';
import type { Trends } from '../../../../shared/pacing/trends';
import { addDays } from '../../../../shared/time';
import { api } from '../../api';
import { FormStatus } from '../../components/form/Field';
import { ScreenHeader } from '../../components/ScreenHeader';
import { LoadCard } from '../../components/States';
import { useLoad } from '../../hooks/useLoad';
import { useMutation } from '../../hooks/useMutation';
import { t } from '../../i18n/t';
import { formatDay } from '../../lib/format';
import { CheckinForm } from './CheckinForm';
import { PlateauNote } from './PlateauNote';
import { RedFlagStep } from './RedFlagStep';
import { TrendsView } from './TrendsView';

type Step = 'form' | 'flags' | 'after';

export function CheckinScreen() {
  const status = useLoad(() => api().invoke('checkin.get'), []);
  const trends = useLoad(() => api().invoke('checkin.trends'), []);
  const [step, setStep] = useState<Step>('form');
  const [latest, setLatest] = useState<Trends | null>(null);
  const snoozing = useMutation();
  const [plateau, setPlateau] = useState<PlateauNoteView | null | undefined>(undefined);
  const st = status.state.value;
  // The note from this submission, or the one still open from an earlier check-in.
  const note = plateau === undefined ? (st?.plateau ?? null) : plateau;
  const shownTrends = latest ?? trends.state.value;

  const snooze = () =>
    snoozing.run(
      () => api().invoke('checkin.snooze', { minutes: 60 }),
      () => {
        status.reload();
        return null;
      },
    );
  const reviewed = () => api().invoke('checkin.reviewed').then(setLatest, trends.reload);

  return (
    <div className="stack">
      <ScreenHeader title={t('checkin.title')} intro={t('checkin.intro')} />
      <LoadCard load={status} errorTitle={t('checkin.loadError')} />
      {st && step === 'form' && st.done && (
        <p className="card" data-testid="checkin-done">
          {t('checkin.done', { date: formatDay(st.done.date), next: formatDay(addDays(st.week, 7)) })}
        </p>
      )}
      {st && step === 'form' && !st.done && (
        <>
          {st.due ? (
            <div className="notice" data-testid="checkin-due">
              <p>{t('checkin.due')}</p>
              <div className="button-row">
                <button type="button" className="button quiet" onClick={() => void snooze()}>
                  {t('checkin.snooze')}
                </button>
              </div>
              <FormStatus error={snoozing.error?.message} note={null} />
            </div>
          ) : st.snoozedUntil !== null ? (
            <p className="help">{t('checkin.snoozed')}</p>
          ) : null}
          <CheckinForm
            lastActivities={st.lastActivities}
            onSaved={(r) => {
              setLatest(r.trends);
              setPlateau(r.plateau);
              setStep('flags');
            }}
          />
        </>
      )}
      {/* Once answered, any guidance comes first and the saved note steps back beneath it. */}
      {step === 'flags' && <p className="field-status">{t('checkin.saved')}</p>}
      {step !== 'form' && <RedFlagStep onDone={() => setStep('after')} />}
      {step === 'after' && <p className="muted">{t('checkin.saved')}</p>}
      {note && <PlateauNote note={note} onDismissed={() => setPlateau(null)} />}
      {shownTrends && <TrendsView trends={shownTrends} onReviewed={() => void reviewed()} />}
    </div>
  );
}

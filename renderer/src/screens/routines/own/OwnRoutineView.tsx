/** One of a person's own routines: its steps with figures, the player, staple, edit, export and delete. */
import { useState } from 'react';
import { routineDurationSec } from '../../../../../shared/content/duration';
import { api } from '../../../api';
import { StepFigure } from '../../../components/figure/StepFigure';
import { FormStatus } from '../../../components/form/Field';
import { GuidedPlayer } from '../../../components/GuidedPlayer';
import { useApp } from '../../../context';
import { useMutation } from '../../../hooks/useMutation';
import { useStapleToggle } from '../../../hooks/useStapleToggle';
import { msgKey, t } from '../../../i18n/t';
import { doseText, sideText } from '../../../lib/dose';
import { formatLength } from '../../../lib/format';
import { hrefOf } from '../../../lib/route';
import type { OwnEntry } from './useOwnRoutines';

export function OwnRoutineView({ entry, play }: { entry: OwnEntry; play: boolean }) {
  const { settings } = useApp();
  const { playable } = entry;
  const staple = useStapleToggle(playable.id);
  const action = useMutation();
  const [confirming, setConfirming] = useState(false);
  const back = () => {
    window.location.hash = hrefOf('routines', playable.id);
  };

  const exportFile = () =>
    action.run(
      () => api().invoke('routines.export', { id: playable.id }),
      (r) =>
        r.saved && r.path ? t('routines.own.exported', { path: r.path }) : t('routines.own.exportCancelled'),
    );
  const remove = async () => {
    const r = await action.run(() => api().invoke('routines.delete', { id: playable.id }));
    if (r.ok) window.location.hash = hrefOf('routines');
  };

  return (
    <div className="stack">
      <p>
        <a href={hrefOf('routines')}>← {t('routines.back')}</a>
      </p>
      <header className="screen-header">
        <h1>{playable.title}</h1>
        <p className="muted">
          {t(msgKey('common.placement', playable.placement))} ·{' '}
          {t('routines.minutes', { duration: formatLength(routineDurationSec(playable)) })}
        </p>
        <div className="button-row">
          <span className="badge">{t('routines.own.ownBadge')}</span>
          {playable.snack && <span className="badge">{t('routines.snackBadge')}</span>}
          {staple.mine && <span className="badge accent">{t('routines.myStaple')}</span>}
        </div>
      </header>
      {play ? (
        <GuidedPlayer
          key={playable.id}
          routine={playable}
          sound={settings.sound}
          autoStart
          onDone={back}
          onStop={back}
        />
      ) : (
        <>
          <div className="button-row">
            <a className="button primary" href={hrefOf('routines', playable.id, 'play')}>
              {t('routines.startGuided')}
            </a>
            <button
              type="button"
              className="button"
              aria-pressed={staple.mine}
              onClick={staple.toggle}
              disabled={staple.status.busy}
            >
              {staple.mine ? t('routines.unmarkStaple') : t('routines.markStaple')}
            </button>
            <a className="button" href={hrefOf('routines', playable.id, 'edit')}>
              {t('routines.own.edit')}
            </a>
            <button type="button" className="button" onClick={exportFile} disabled={action.busy}>
              {t('routines.own.exportFile')}
            </button>
            <button type="button" className="button quiet" onClick={() => setConfirming(true)}>
              {t('routines.own.remove')}
            </button>
          </div>
          <FormStatus error={staple.status.error?.message} note={staple.status.note} testId="staple-status" />
          {confirming && (
            <div className="notice">
              <p>{t('routines.own.confirmRemove', { name: playable.title })}</p>
              <div className="button-row">
                <button type="button" className="button danger" onClick={remove} disabled={action.busy}>
                  {t('routines.own.confirmYes')}
                </button>
                <button type="button" className="button" onClick={() => setConfirming(false)}>
                  {t('routines.own.confirmNo')}
                </button>
              </div>
            </div>
          )}
          <FormStatus error={action.error?.message} note={action.note} testId="own-status" />
        </>
      )}
      <section className="card" aria-labelledby="steps-title">
        <h2 id="steps-title">{t('routines.stepsTitle')}</h2>
        <ol className="steps">
          {playable.steps.map((step, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps are shown in their saved order.
            <li key={i}>
              <StepFigure step={step} side={step.side === 'left' ? 'left' : 'none'} still />
              <p>{step.instruction}</p>
              <p className="muted small">
                {[doseText(step), sideText(step.side)].filter(Boolean).join(' · ')}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** One routine: what it is, its steps with dose and side, cautions, sources, the player and "staple". */
import { StepFigure } from '../../components/figure/StepFigure';
import { FormStatus } from '../../components/form/Field';
import { GuidedPlayer } from '../../components/GuidedPlayer';
import { getSource, type Routine, routineDurationSec } from '../../content';
import { useApp } from '../../context';
import { useStapleToggle } from '../../hooks/useStapleToggle';
import { msgKey, t } from '../../i18n/t';
import { doseText, sideText } from '../../lib/dose';
import { formatLength } from '../../lib/format';
import { hrefOf } from '../../lib/route';

export function RoutineDetail({ routine, play }: { routine: Routine; play: boolean }) {
  const { settings } = useApp();
  const { mine, toggle: toggleStaple, status: staples } = useStapleToggle(routine.id);
  const source = getSource(routine.source);
  const dosage = getSource(routine.dosageSource);
  const firstPose = routine.steps[0]?.poses?.[0];

  return (
    <div className="stack">
      <p>
        <a href={hrefOf('routines')}>← {t('routines.back')}</a>
      </p>
      <header className="routine-header">
        <div>
          <h1>{routine.title}</h1>
          <p>{routine.summary}</p>
          <p className="muted">
            {t(msgKey('common.placement', routine.placement))} ·{' '}
            {t(msgKey('routines.categories', routine.category))} ·{' '}
            {t(msgKey('routines.effort', routine.effort))} ·{' '}
            {t('routines.minutes', { duration: formatLength(routineDurationSec(routine)) })}
          </p>
          <div className="button-row">
            {routine.snack && <span className="badge">{t('routines.snackBadge')}</span>}
            {routine.staple && <span className="badge">{t('routines.stapleBadge')}</span>}
            {mine && <span className="badge accent">{t('routines.myStaple')}</span>}
          </div>
        </div>
        {firstPose && <StepFigure className="routine-figure" step={{ poses: [firstPose] }} side="none" />}
      </header>

      {play ? (
        <GuidedPlayer
          key={routine.id}
          routine={routine}
          sound={settings.sound}
          autoStart
          onDone={() => {
            window.location.hash = hrefOf('routines', routine.id);
          }}
          onStop={() => {
            window.location.hash = hrefOf('routines', routine.id);
          }}
        />
      ) : (
        <div className="button-row">
          <a className="button primary" href={hrefOf('routines', routine.id, 'play')}>
            {t('routines.startGuided')}
          </a>
          <button
            type="button"
            className="button"
            aria-pressed={mine}
            onClick={toggleStaple}
            disabled={staples.busy}
          >
            {mine ? t('routines.unmarkStaple') : t('routines.markStaple')}
          </button>
        </div>
      )}
      {!play && (
        <>
          <p className="muted small">{t('routines.stapleHelp')}</p>
          <FormStatus error={staples.error?.message} note={staples.note} testId="staple-status" />
        </>
      )}

      <section className="cautions" aria-labelledby="cautions-title">
        <h2 id="cautions-title">{t('routines.cautionsTitle')}</h2>
        <ul>
          {routine.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="steps-title">
        <h2 id="steps-title">{t('routines.stepsTitle')}</h2>
        <ol className="steps">
          {routine.steps.map((step, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps are fixed content in order.
            <li key={i}>
              <StepFigure step={step} side={step.side === 'left' ? 'left' : 'none'} still />
              <p>{step.instruction}</p>
              <p className="muted small">
                {[doseText(step), sideText(step.side), t(msgKey('common.placement', step.placement))]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {step.breath && <p className="small">{step.breath}</p>}
              {step.cautions?.map((c) => (
                <p key={c} className="small caution-line">
                  {c}
                </p>
              ))}
            </li>
          ))}
        </ol>
        {routine.progression && (
          <>
            <h3>{t('routines.progression')}</h3>
            <p>{routine.progression}</p>
          </>
        )}
      </section>
      <p className="muted small">
        {source && t('routines.source', { label: source.label })}
        {dosage && dosage.id !== source?.id && ` · ${t('routines.dosageSource', { label: dosage.label })}`}
      </p>
    </div>
  );
}

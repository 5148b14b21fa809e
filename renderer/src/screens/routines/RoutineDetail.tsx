/** One routine: what it is, its steps with dose and side, cautions, sources, the player and "staple". */
import { StepFigure } from '../../components/figure/StepFigure';
import { FormStatus } from '../../components/form/Field';
import { GuidedPlayer } from '../../components/GuidedPlayer';
import { getSource, type Routine, routineDurationSec } from '../../content';
import { useApp } from '../../context';
import { useMutation } from '../../hooks/useMutation';
import { doseText, sideText } from '../../lib/dose';
import { formatLength } from '../../lib/format';
import { hrefOf } from '../../lib/route';
import { common } from '../../strings/common';
import { t } from '../../strings/format';
import { routinesText as s } from '../../strings/routines';

const MAX_STAPLES = 10;

export function RoutineDetail({ routine, play }: { routine: Routine; play: boolean }) {
  const { settings, saveSettings } = useApp();
  const staples = useMutation();
  const mine = settings.staples.includes(routine.id);
  const source = getSource(routine.source);
  const dosage = getSource(routine.dosageSource);
  const firstPose = routine.steps[0]?.poses?.[0];

  const toggleStaple = () => {
    if (!mine && settings.staples.length >= MAX_STAPLES) {
      staples.fail(t(s.staplesFull, { n: MAX_STAPLES }));
      return;
    }
    const next = mine
      ? settings.staples.filter((id) => id !== routine.id)
      : [...settings.staples, routine.id];
    void staples.run(
      () => saveSettings({ staples: next }),
      () => s.stapleSaved,
    );
  };

  return (
    <div className="stack">
      <p>
        <a href={hrefOf('routines')}>← {s.back}</a>
      </p>
      <header className="routine-header">
        <div>
          <h1>{routine.title}</h1>
          <p>{routine.summary}</p>
          <p className="muted">
            {common.placement[routine.placement]} · {s.categories[routine.category]} ·{' '}
            {s.effort[routine.effort]} ·{' '}
            {t(s.minutes, { duration: formatLength(routineDurationSec(routine)) })}
          </p>
          <div className="button-row">
            {routine.snack && <span className="badge">{s.snackBadge}</span>}
            {routine.staple && <span className="badge">{s.stapleBadge}</span>}
            {mine && <span className="badge accent">{s.myStaple}</span>}
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
            {s.startGuided}
          </a>
          <button
            type="button"
            className="button"
            aria-pressed={mine}
            onClick={toggleStaple}
            disabled={staples.busy}
          >
            {mine ? s.unmarkStaple : s.markStaple}
          </button>
        </div>
      )}
      {!play && (
        <>
          <p className="muted small">{s.stapleHelp}</p>
          <FormStatus error={staples.error?.message} note={staples.note} testId="staple-status" />
        </>
      )}

      <section className="cautions" aria-labelledby="cautions-title">
        <h2 id="cautions-title">{s.cautionsTitle}</h2>
        <ul>
          {routine.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="steps-title">
        <h2 id="steps-title">{s.stepsTitle}</h2>
        <ol className="steps">
          {routine.steps.map((step, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: steps are fixed content in order.
            <li key={i}>
              <StepFigure step={step} side={step.side === 'left' ? 'left' : 'none'} still />
              <p>{step.instruction}</p>
              <p className="muted small">
                {[doseText(step), sideText(step.side), common.placement[step.placement]]
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
            <h3>{s.progression}</h3>
            <p>{routine.progression}</p>
          </>
        )}
      </section>
      <p className="muted small">
        {source && t(s.source, { label: source.label })}
        {dosage && dosage.id !== source?.id && ` · ${t(s.dosageSource, { label: dosage.label })}`}
      </p>
    </div>
  );
}

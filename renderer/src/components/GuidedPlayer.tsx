/**
 * Step-by-step guidance for a routine: the step, its dose and side, a countdown, a progress bar for the
 * whole routine, cue tones, and pause / previous / next / stop. Used by the prompt window and Routines.
 */
import { useEffect, useMemo, useRef } from 'react';
import { usePlayer } from '../hooks/usePlayer';
import { doseText, sideText } from '../lib/dose';
import { formatCountdown } from '../lib/format';
import type { SoundSettings } from '../player/cues';
import { progressOf, stepRemainingMs, totalRemainingMs } from '../player/machine';
import { type PlayableRoutine, planRoutine } from '../player/plan';
import { speak, stopSpeaking } from '../player/speech';
import { t } from '../strings/format';
import { prompt } from '../strings/prompt';
import { LazyStepFigure } from './figure/LazyStepFigure';
import { ProgressBar } from './States';

export interface GuidedPlayerProps {
  routine: PlayableRoutine;
  sound: SoundSettings;
  /** The prompt window shows the figure as large as it can, to follow from a step away. */
  large?: boolean;
  autoStart?: boolean;
  /** The person finished every step and pressed Done. */
  onDone(): void;
  onStop(): void;
  doneLabel?: string;
  busy?: boolean;
}

export function GuidedPlayer({
  routine,
  sound,
  autoStart = false,
  onDone,
  onStop,
  doneLabel,
  busy = false,
  large = false,
}: GuidedPlayerProps) {
  const plan = useMemo(() => planRoutine(routine), [routine]);
  const [state, dispatch] = usePlayer(
    useMemo(() => plan.map((s) => s.seconds), [plan]),
    sound,
  );
  const p = prompt.player;
  const current = plan[state.index];
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (autoStart) dispatch({ type: 'start' });
  }, [autoStart, dispatch]);

  // Spoken step names, when turned on: once as each step begins, never while paused.
  const spoken = current && state.status === 'running' ? `${state.index}` : null;
  const speakOn = sound.speak === true;
  useEffect(() => {
    if (!speakOn || spoken === null || !current) return;
    const side = sideText(current.side);
    speak([current.step.instruction, side].filter((x) => x.length > 0).join(' '));
  }, [speakOn, spoken, current]);
  useEffect(() => stopSpeaking, []);

  if (state.status === 'finished') {
    return (
      <section className="player card" aria-label={p.label} data-testid="player">
        <h2>{p.finishedTitle}</h2>
        <ProgressBar value={1} label={p.progress} />
        <p>{p.finishedBody}</p>
        <div className="button-row">
          <button type="button" className="button primary" onClick={onDone} disabled={busy}>
            {doneLabel ?? p.done}
          </button>
          <button type="button" className="button" onClick={() => dispatch({ type: 'restart' })}>
            {p.again}
          </button>
        </div>
      </section>
    );
  }
  if (!current) return null;

  const last = state.index === plan.length - 1;
  const side = sideText(current.side);
  const dose = doseText(current.step);
  return (
    <section className="player card" aria-label={p.label} data-testid="player">
      <p className="player-step-count">
        {t(p.stepOf, { n: state.index + 1, total: plan.length })}
        {state.status === 'paused' && <span className="badge">{p.paused}</span>}
      </p>
      <LazyStepFigure
        className={large ? 'player-figure large' : 'player-figure'}
        step={current.step}
        side={current.side}
        stepMs={state.stepMs}
        running={state.status === 'running'}
      />
      <h2 ref={headingRef} aria-live="polite" data-testid="player-instruction">
        {current.step.instruction}
      </h2>
      <p className="player-dose">{[dose, side].filter((x) => x.length > 0).join(' · ')}</p>
      {current.step.breath && (
        <p className="muted player-breath">{t(p.breath, { text: current.step.breath })}</p>
      )}
      {current.step.cautions && current.step.cautions.length > 0 && (
        <div className="cautions">
          <strong>{p.cautions}</strong>
          <ul>
            {current.step.cautions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="player-countdown" aria-hidden="true">
        {formatCountdown(stepRemainingMs(state) / 1000)}
      </p>
      <p className="visually-hidden">
        {t(p.timeLeft, { time: formatCountdown(stepRemainingMs(state) / 1000) })}
      </p>
      <ProgressBar value={progressOf(state)} label={p.progress} />
      <p className="muted player-total">
        {t(p.totalLeft, { time: formatCountdown(totalRemainingMs(state) / 1000) })}
      </p>
      <div className="button-row">
        {state.status === 'ready' ? (
          <button type="button" className="button primary" onClick={() => dispatch({ type: 'start' })}>
            {p.begin}
          </button>
        ) : state.status === 'paused' ? (
          <button type="button" className="button" onClick={() => dispatch({ type: 'resume' })}>
            {p.resume}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => dispatch({ type: 'pause' })}>
            {p.pause}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => dispatch({ type: 'previous' })}
          disabled={state.index === 0}
        >
          {p.previous}
        </button>
        <button type="button" className="button primary" onClick={() => dispatch({ type: 'next' })}>
          {last ? p.finish : p.next}
        </button>
        <button type="button" className="button quiet" onClick={onStop}>
          {p.stop}
        </button>
      </div>
    </section>
  );
}

/**
 * Step-by-step guidance for a routine: the step, its dose and side, a countdown, a progress bar for the
 * whole routine, cue tones, and pause / previous / next / stop. Used by the prompt window and Routines.
 */
import { useEffect, useMemo, useRef } from 'react';
import { usePlayer } from '../hooks/usePlayer';
import { t } from '../i18n/t';
import { doseText, sideText } from '../lib/dose';
import { formatCountdown } from '../lib/format';
import type { SoundSettings } from '../player/cues';
import { progressOf, stepRemainingMs, totalRemainingMs } from '../player/machine';
import { type PlayableRoutine, planRoutine } from '../player/plan';
import { speak, stopSpeaking } from '../player/speech';
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
      <section className="player card" aria-label={t('prompt.player.label')} data-testid="player">
        <h2>{t('prompt.player.finishedTitle')}</h2>
        <ProgressBar value={1} label={t('prompt.player.progress')} />
        <p>{t('prompt.player.finishedBody')}</p>
        <div className="button-row">
          <button type="button" className="button primary" onClick={onDone} disabled={busy}>
            {doneLabel ?? t('prompt.player.done')}
          </button>
          <button type="button" className="button" onClick={() => dispatch({ type: 'restart' })}>
            {t('prompt.player.again')}
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
    <section className="player card" aria-label={t('prompt.player.label')} data-testid="player">
      <p className="player-step-count">
        {t('prompt.player.stepOf', { n: state.index + 1, total: plan.length })}
        {state.status === 'paused' && <span className="badge">{t('prompt.player.paused')}</span>}
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
        <p className="muted player-breath">{t('prompt.player.breath', { text: current.step.breath })}</p>
      )}
      {current.step.cautions && current.step.cautions.length > 0 && (
        <div className="cautions">
          <strong>{t('prompt.player.cautions')}</strong>
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
        {t('prompt.player.timeLeft', { time: formatCountdown(stepRemainingMs(state) / 1000) })}
      </p>
      <ProgressBar value={progressOf(state)} label={t('prompt.player.progress')} />
      <p className="muted player-total">
        {t('prompt.player.totalLeft', { time: formatCountdown(totalRemainingMs(state) / 1000) })}
      </p>
      <div className="button-row">
        {state.status === 'ready' ? (
          <button type="button" className="button primary" onClick={() => dispatch({ type: 'start' })}>
            {t('prompt.player.begin')}
          </button>
        ) : state.status === 'paused' ? (
          <button type="button" className="button" onClick={() => dispatch({ type: 'resume' })}>
            {t('prompt.player.resume')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => dispatch({ type: 'pause' })}>
            {t('prompt.player.pause')}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={() => dispatch({ type: 'previous' })}
          disabled={state.index === 0}
          // The prompt window is too narrow for four worded buttons in one row in some languages: there
          // the arrow shows and the words stay the button's name and tooltip.
          aria-label={large ? t('prompt.player.previous') : undefined}
          title={large ? t('prompt.player.previous') : undefined}
        >
          {large ? <span aria-hidden="true">‹</span> : t('prompt.player.previous')}
        </button>
        <button type="button" className="button primary" onClick={() => dispatch({ type: 'next' })}>
          {last ? t('prompt.player.finish') : t('prompt.player.next')}
        </button>
        <button type="button" className="button quiet" onClick={onStop}>
          {t('prompt.player.stop')}
        </button>
      </div>
    </section>
  );
}

/** Live posture and bout, the next prompt, a waiting prompt, and the one-tap actions. */

import { useRef, useState } from 'react';
import { promptKindText } from '../../../../shared/i18n/prompt-kinds';
import type { UserAction } from '../../../../shared/ipc';
import type { EngineSnapshot } from '../../../../shared/snapshot';
import { visiblePrompt } from '../../../../shared/visible-prompt';
import { PostureQuestion } from '../../components/PostureQuestion';
import { useApp } from '../../context';
import { useEngineNow } from '../../hooks/useNow';
import { msgKey, t } from '../../i18n/t';
import { formatClock, formatMinutes } from '../../lib/format';
import { snoozeMinutesOf } from '../../lib/snooze';

function NextLine({ snap, now }: { snap: EngineSnapshot; now: number }) {
  if (snap.snack) return <p>{t('today.snackRunning')}</p>;
  if (snap.pausedUntil !== null && snap.pausedUntil > now)
    return <p>{t('today.pausedUntil', { time: formatClock(snap.pausedUntil) })}</p>;
  if (snap.outsideWorkingHours) return <p>{t('today.outsideHours')}</p>;
  // A waiting prompt is shown below; "nothing planned" would contradict it.
  if (!snap.nextPrompt)
    return visiblePrompt(snap) ? null : <p className="muted">{t('today.noNextPrompt')}</p>;
  const left = (snap.nextPrompt.dueAt - now) / 60_000;
  const what = t(msgKey('today.nextWhat', snap.nextPrompt.kind));
  return (
    <>
      <p data-testid="next-prompt">
        {left < 1
          ? t('today.nextPromptNow', { what })
          : t('today.nextPrompt', { what, duration: formatMinutes(left) })}
      </p>
      {snap.headsUp && (
        // The optional heads-up (Settings → Interruptions): a minute to finish the sentence.
        <p className="notice compact" role="status" data-testid="heads-up">
          {t('today.headsUp')}
        </p>
      )}
    </>
  );
}

export function NowCard({ snap, onSnack }: { snap: EngineSnapshot; onSnack(): void }) {
  const { live } = useApp();
  const now = useEngineNow(snap.at, live.receivedAt) ?? snap.at;
  const [pauseOpen, setPauseOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const paused = snap.pausedUntil !== null && snap.pausedUntil > now;
  const waiting = visiblePrompt(snap);
  const snoozeLength = waiting ? snoozeMinutesOf(waiting) : null;

  const act = async (action: UserAction) => {
    setBusy(true);
    await live.act(action);
    setBusy(false);
    setPauseOpen(false);
    // The button pressed may be gone once the new state renders (a prompt answered, a pause set): then
    // keyboard focus goes to this card's heading instead of falling to the page body.
    window.setTimeout(() => {
      if (document.activeElement === null || document.activeElement === document.body)
        heading.current?.focus();
    }, 0);
  };

  const boutMin = snap.boutStartedAt !== null ? (now - snap.boutStartedAt) / 60_000 : snap.boutMin;
  return (
    <section className="card now-card" aria-labelledby="now-title" data-testid="now-card">
      <h2 id="now-title" ref={heading} tabIndex={-1}>
        {t('today.now')}
      </h2>
      {snap.presence === 'away' ? (
        <>
          <p className="now-posture">{t('today.away')}</p>
          {snap.awayReason && <p className="muted">{t(msgKey('today.awayReason', snap.awayReason))}</p>}
        </>
      ) : (
        <p className={`now-posture posture-${snap.posture}`} data-testid="now-posture">
          <span className={`swatch s-${snap.posture}`} aria-hidden="true" />
          {t('today.currentBout', {
            posture: t(msgKey('common.posture', snap.posture)),
            duration: formatMinutes(boutMin),
          })}
        </p>
      )}
      <NextLine snap={snap} now={now} />

      {waiting && (
        <div className="notice waiting" data-testid="today-prompt">
          <div>
            <strong>{t('today.promptWaiting')}: </strong>
            {t(promptKindText[waiting.kind].title)}
          </div>
          <div className="button-row">
            <button type="button" className="button primary small" onClick={onSnack} disabled={busy}>
              {t('today.openSnack')}
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => act({ action: 'snooze' })}
              disabled={busy || waiting.snoozesLeft <= 0}
            >
              {snoozeLength === null ? t('prompt.snoozePlain') : t('prompt.snooze', { n: snoozeLength })}
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => act({ action: 'skip' })}
              disabled={busy}
            >
              {t('prompt.skip')}
            </button>
          </div>
        </div>
      )}

      {!waiting && (
        // Back from a break (or a snack that answered a posture prompt): ask once instead of guessing.
        <PostureQuestion
          snap={snap}
          busy={busy}
          onAnswer={(a) => act({ action: a })}
          question={t('today.askPosture.question')}
          className="notice waiting"
          testId="ask-posture"
        />
      )}

      <fieldset className="quick-actions">
        <legend className="visually-hidden">{t('today.actionsLabel')}</legend>
        <div className="button-row">
          <button
            type="button"
            className="button"
            aria-pressed={snap.posture === 'sitting' && snap.presence === 'present'}
            onClick={() => act({ action: 'sit' })}
            disabled={busy}
          >
            {t('today.actions.sit')}
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={snap.posture === 'standing' && snap.presence === 'present'}
            onClick={() => act({ action: 'stand' })}
            disabled={busy}
          >
            {t('today.actions.stand')}
          </button>
          {snap.snack ? (
            <button
              type="button"
              className="button"
              onClick={() => act({ action: 'snack-stop' })}
              disabled={busy}
            >
              {t('today.actions.stopSnack')}
            </button>
          ) : (
            <button type="button" className="button" onClick={onSnack} disabled={busy}>
              {t('today.actions.snack')}
            </button>
          )}
          {paused ? (
            <button
              type="button"
              className="button"
              onClick={() => act({ action: 'resume' })}
              disabled={busy}
            >
              {t('today.actions.resume')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              aria-expanded={pauseOpen}
              aria-controls="pause-options"
              onClick={() => setPauseOpen((o) => !o)}
            >
              {t('today.actions.pause')}
            </button>
          )}
        </div>
      </fieldset>
      {pauseOpen && !paused && (
        <fieldset id="pause-options" className="pause-options">
          <legend>{t('today.pauseFor.label')}</legend>
          <div className="button-row">
            <button
              type="button"
              className="button small"
              onClick={() => act({ action: 'pause', minutes: 30 })}
            >
              {t('today.pauseFor.m30')}
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => act({ action: 'pause', minutes: 60 })}
            >
              {t('today.pauseFor.h1')}
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => act({ action: 'pause', minutes: 120 })}
            >
              {t('today.pauseFor.h2')}
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => act({ action: 'pause', minutes: 'tomorrow' })}
            >
              {t('today.pauseFor.tomorrow')}
            </button>
          </div>
        </fieldset>
      )}
      {live.actionError && (
        <p className="field-error" role="alert">
          {live.actionError.message}
        </p>
      )}
    </section>
  );
}

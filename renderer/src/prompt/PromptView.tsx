/**
 * A due prompt, laid out for the prompt window's real size (380 × 280, frameless): what it asks, the
 * suggested routine in one line, and Start / Snooze / Skip (plus a posture switch) pinned at the bottom.
 * Escape snoozes, and the Snooze button says so.
 */

import type { PlayableRoutine } from '../../../shared/content/own-routines';
import { promptKindText } from '../../../shared/i18n/prompt-kinds';
import type { ActivePrompt } from '../../../shared/snapshot';
import { t } from '../i18n/t';
import { formatLength } from '../lib/format';
import { planRoutine, planSeconds } from '../player/plan';

export interface PromptViewProps {
  active: ActivePrompt;
  routine: PlayableRoutine;
  /** How long this prompt's snooze lasts; null when not known (the button then names no length). */
  snoozeMinutes: number | null;
  busy: boolean;
  onStart(): void;
  onSnooze(): void;
  onSkip(): void;
  onPosture(action: 'stand' | 'sit'): void;
}

/** "1 min 25 s · 3 steps": the same steps and seconds the player walks through. */
export function routineMeta(routine: PlayableRoutine): string {
  const plan = planRoutine(routine);
  return t('prompt.routineMeta', {
    duration: formatLength(planSeconds(plan)),
    steps: t('prompt.steps', { n: plan.length }),
  });
}

export function PromptView({
  active,
  routine,
  snoozeMinutes,
  busy,
  onStart,
  onSnooze,
  onSkip,
  onPosture,
}: PromptViewProps) {
  const kind = promptKindText[active.kind];
  const posture =
    active.kind === 'stand' || active.kind === 'escalate' ? 'stand' : active.kind === 'sit' ? 'sit' : null;
  const canSnooze = active.snoozesLeft > 0;
  return (
    <section
      className="prompt-section"
      aria-labelledby="prompt-title"
      data-testid="prompt"
      data-kind={active.kind}
    >
      <div className="prompt-body">
        <h1 id="prompt-title">{t(kind.title)}</h1>
        {/* After a meeting, why this snack is shorter says more than the usual line. */}
        <p className="prompt-lead">{active.catchUp ? t('prompt.catchUp') : t(kind.body)}</p>
        {active.state === 'deferred' && <p className="notice compact">{t('prompt.deferred')}</p>}
        <p className="routine-suggestion">
          <span className="muted">{t('prompt.suggested')}: </span>
          <strong>{routine.title}</strong>
          <span className="muted">
            {' · '}
            <span className="routine-meta">{routineMeta(routine)}</span>
          </span>
        </p>
        {!canSnooze && (
          <p id="snooze-none" className="muted small">
            {t('prompt.snoozeNone')}
          </p>
        )}
      </div>
      <div className="button-row prompt-actions">
        <button type="button" className="button primary" onClick={onStart} disabled={busy}>
          {t('prompt.start')}
        </button>
        <button
          type="button"
          className="button"
          onClick={onSnooze}
          disabled={busy || !canSnooze}
          aria-keyshortcuts={canSnooze ? 'Escape' : undefined}
          aria-describedby={canSnooze ? undefined : 'snooze-none'}
        >
          {snoozeMinutes === null ? t('prompt.snoozePlain') : t('prompt.snooze', { n: snoozeMinutes })}
          {canSnooze && (
            <span className="key-hint" aria-hidden="true">
              {t('prompt.escKey')}
            </span>
          )}
        </button>
        <button type="button" className="button" onClick={onSkip} disabled={busy}>
          {t('prompt.skip')}
        </button>
        {posture && (
          <button type="button" className="button quiet" onClick={() => onPosture(posture)} disabled={busy}>
            {posture === 'stand' ? t('prompt.standNow') : t('prompt.sitNow')}
          </button>
        )}
      </div>
    </section>
  );
}

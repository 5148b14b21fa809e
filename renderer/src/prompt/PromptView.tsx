/** A due prompt: what it asks, the suggested routine, and Start / Snooze / Skip (plus a posture switch). */

import { routineDurationSec } from '../../../shared/content/duration';
import type { Routine } from '../../../shared/content/schema';
import type { ActivePrompt } from '../../../shared/snapshot';
import { LazyStepFigure } from '../components/figure/LazyStepFigure';
import { formatLength } from '../lib/format';
import { plural, t } from '../strings/format';
import { prompt as s } from '../strings/prompt';

export interface PromptViewProps {
  active: ActivePrompt;
  routine: Routine;
  snoozeMinutes: number;
  busy: boolean;
  onStart(): void;
  onSnooze(): void;
  onSkip(): void;
  onPosture(action: 'stand' | 'sit'): void;
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
  const kind = s.kinds[active.kind];
  const firstPose = routine.steps[0]?.poses?.[0];
  const posture =
    active.kind === 'stand' || active.kind === 'escalate' ? 'stand' : active.kind === 'sit' ? 'sit' : null;
  return (
    <section className="stack" aria-labelledby="prompt-title" data-testid="prompt" data-kind={active.kind}>
      <header>
        <h1 id="prompt-title">{kind.title}</h1>
        <p>{kind.body}</p>
        {active.catchUp && <p className="notice">{s.catchUp}</p>}
        {active.state === 'deferred' && <p className="notice">{s.deferred}</p>}
      </header>
      <div className="card routine-suggestion">
        {firstPose && <LazyStepFigure className="card-figure" step={{ poses: [firstPose] }} side="none" />}
        <p className="muted eyebrow">{s.suggested}</p>
        <h2>{routine.title}</h2>
        <p>{routine.summary}</p>
        <p className="muted">
          {t(s.routineMeta, {
            duration: formatLength(routineDurationSec(routine)),
            steps: plural(routine.steps.length, s.steps),
          })}
        </p>
      </div>
      <div className="button-row">
        <button type="button" className="button primary" onClick={onStart} disabled={busy}>
          {s.start}
        </button>
        <button
          type="button"
          className="button"
          onClick={onSnooze}
          disabled={busy || active.snoozesLeft <= 0}
          aria-describedby={active.snoozesLeft <= 0 ? 'snooze-none' : undefined}
        >
          {t(s.snooze, { n: snoozeMinutes })}
        </button>
        <button type="button" className="button" onClick={onSkip} disabled={busy}>
          {s.skip}
        </button>
        {posture && (
          <button type="button" className="button quiet" onClick={() => onPosture(posture)} disabled={busy}>
            {posture === 'stand' ? s.standNow : s.sitNow}
          </button>
        )}
      </div>
      {active.snoozesLeft <= 0 && (
        <p id="snooze-none" className="muted">
          {s.snoozeNone}
        </p>
      )}
    </section>
  );
}

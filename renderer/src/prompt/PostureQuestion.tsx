/**
 * "Sitting or standing now?" in the prompt window: after a snack that answered a posture prompt, or when the
 * window is open on the person's return, Sitwise asks once instead of guessing (the engine's `askPosture`).
 * The answer is an ordinary sit / stand action, so it is recorded like one.
 */
import type { EngineSnapshot } from '../../../shared/snapshot';
import { common } from '../strings/common';
import { t } from '../strings/format';
import { prompt as s } from '../strings/prompt';

export function PostureQuestion({
  snap,
  busy,
  onAnswer,
}: {
  snap: EngineSnapshot;
  busy: boolean;
  onAnswer: (posture: 'sit' | 'stand') => void;
}) {
  if (!snap.askPosture || snap.presence !== 'present' || snap.snack) return null;
  return (
    <div className="posture-question" data-testid="prompt-ask-posture">
      <p className="posture-question-text">
        <strong>{s.askPosture.question}</strong>{' '}
        {t(s.askPosture.assumed, { posture: common.postureLower[snap.posture] })}
      </p>
      <div className="button-row">
        <button type="button" className="button small" disabled={busy} onClick={() => onAnswer('sit')}>
          {s.askPosture.sitting}
        </button>
        <button type="button" className="button small" disabled={busy} onClick={() => onAnswer('stand')}>
          {s.askPosture.standing}
        </button>
      </div>
    </div>
  );
}

/**
 * "Sitting or standing?": back from a break, or after a snack that answered a posture prompt, Sitwise asks
 * once instead of guessing (the engine's `askPosture`). Today's Now card and the prompt window both show it;
 * only the question's wording and the frame differ. The answer is an ordinary sit / stand action.
 */
import type { EngineSnapshot } from '../../../shared/snapshot';
import { msgKey, t } from '../i18n/t';

export function PostureQuestion({
  snap,
  busy,
  onAnswer,
  question,
  className,
  testId,
}: {
  snap: EngineSnapshot;
  busy: boolean;
  onAnswer: (posture: 'sit' | 'stand') => void;
  /** The question, worded by the caller: Today welcomes the person back; the prompt window just asks. */
  question: string;
  className: string;
  testId: string;
}) {
  if (!snap.askPosture || snap.presence !== 'present' || snap.snack) return null;
  return (
    <div className={className} data-testid={testId}>
      <p className="posture-question-text">
        <strong>{question}</strong>{' '}
        {t('common.askPosture.assumed', { posture: t(msgKey('common.postureLower', snap.posture)) })}
      </p>
      <div className="button-row">
        <button type="button" className="button small" disabled={busy} onClick={() => onAnswer('sit')}>
          {t('common.askPosture.sitting')}
        </button>
        <button type="button" className="button small" disabled={busy} onClick={() => onAnswer('stand')}>
          {t('common.askPosture.standing')}
        </button>
      </div>
    </div>
  );
}

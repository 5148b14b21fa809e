/** A card for one of a person's own routines: its first figure, name, length and badges. */
import { routineDurationSec } from '../../../../../shared/content/duration';
import { StepFigure } from '../../../components/figure/StepFigure';
import { t } from '../../../i18n/t';
import { formatLength } from '../../../lib/format';
import { hrefOf } from '../../../lib/route';
import type { OwnEntry } from './useOwnRoutines';

export function OwnRoutineCard({ entry, mine }: { entry: OwnEntry; mine: boolean }) {
  const { playable } = entry;
  const pose = playable.steps[0]?.poses?.[0];
  return (
    <li className="card routine-card" data-testid={`routine-${playable.id}`}>
      {pose && <StepFigure className="card-figure" step={{ poses: [pose] }} side="none" />}
      <h3 className="routine-title">
        <a href={hrefOf('routines', playable.id)}>{playable.title}</a>
      </h3>
      <p className="muted small">
        {t('routines.own.meta', {
          steps: t('prompt.steps', { n: playable.steps.length }),
          duration: formatLength(routineDurationSec(playable)),
        })}
      </p>
      <div className="button-row">
        <span className="badge">{t('routines.own.ownBadge')}</span>
        {playable.snack && <span className="badge">{t('routines.snackBadge')}</span>}
        {mine && <span className="badge accent">{t('routines.myStaple')}</span>}
      </div>
    </li>
  );
}

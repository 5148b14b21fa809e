/** How much of a step to do, in words: "8 repetitions, hold 3 s each · Each side". */
import type { RoutineStep } from '../../../shared/content/schema';
import { msgKey, t } from '../i18n/t';
import type { GuidedSide } from '../player/plan';
import { formatLength } from './format';

export function doseText(step: RoutineStep): string {
  const parts: string[] = [];
  // Under a minute in seconds ("30 seconds"); longer as a length ("8 min"), the way a walk is timed.
  if (step.seconds !== undefined)
    parts.push(
      step.seconds < 60 ? t('common.dose.seconds', { n: step.seconds }) : formatLength(step.seconds),
    );
  if (step.reps !== undefined) {
    let reps = t('common.dose.reps', { n: step.reps });
    if (step.holdSeconds !== undefined) reps += `, ${t('common.dose.hold', { n: step.holdSeconds })}`;
    parts.push(reps);
  }
  if (step.sets !== undefined && step.sets > 1) parts.push(t('common.dose.sets', { n: step.sets }));
  return parts.join(' · ');
}

export function sideText(side: GuidedSide | RoutineStep['side']): string {
  return side === 'none' ? '' : t(msgKey('common.side', side));
}

/** How much of a step to do, in words: "8 repetitions, hold 3 s each · Each side". */
import type { RoutineStep } from '../../../shared/content/schema';
import type { GuidedSide } from '../player/plan';
import { common } from '../strings/common';
import { plural, t } from '../strings/format';
import { formatLength } from './format';

export function doseText(step: RoutineStep): string {
  const d = common.dose;
  const parts: string[] = [];
  // Under a minute in seconds ("30 seconds"); longer as a length ("8 min"), the way a walk is timed.
  if (step.seconds !== undefined)
    parts.push(step.seconds < 60 ? t(d.seconds, { n: step.seconds }) : formatLength(step.seconds));
  if (step.reps !== undefined) {
    let reps = plural(step.reps, d.reps);
    if (step.holdSeconds !== undefined) reps += `, ${t(d.hold, { n: step.holdSeconds })}`;
    parts.push(reps);
  }
  if (step.sets !== undefined && step.sets > 1) parts.push(t(d.sets, { n: step.sets }));
  return parts.join(' · ');
}

export function sideText(side: GuidedSide | RoutineStep['side']): string {
  return side === 'none' ? '' : common.side[side];
}

/** How much of a step to do, in words: "8 repetitions, hold 3 s each · Each side". */
import type { RoutineStep } from '../../../shared/content/schema';
import type { GuidedSide } from '../player/plan';
import { common } from '../strings/common';
import { plural, t } from '../strings/format';

export function doseText(step: RoutineStep): string {
  const d = common.dose;
  const parts: string[] = [];
  if (step.seconds !== undefined) parts.push(t(d.seconds, { n: step.seconds }));
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

/**
 * The step figure, loaded when first shown. The prompt window must start light (its JS budget), and its
 * figure is only needed once a prompt is on screen; the empty box keeps the layout from jumping.
 */
import { lazy, Suspense } from 'react';
import type { StepFigureProps } from './StepFigure';

const StepFigure = lazy(() => import('./StepFigure').then((m) => ({ default: m.StepFigure })));

export function LazyStepFigure(props: StepFigureProps) {
  return (
    <Suspense fallback={<div className={['step-figure', props.className].filter(Boolean).join(' ')} />}>
      <StepFigure {...props} />
    </Suspense>
  );
}

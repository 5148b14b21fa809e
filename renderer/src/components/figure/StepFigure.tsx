/**
 * The figure for one step of a routine. Moving: it goes through the step's key poses at the step's own
 * tempo (a repetition and its hold, or a breath), loops for as long as the step lasts, and is drawn the
 * other way round for the other side. Still (reduced motion, or a single pose): the key poses side by
 * side, each with its words. It follows the player's time, so pausing the player pauses the figure.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { keyPoses, type MovingStep, stepAlt, stepTempo } from '../../../../shared/content/step-motion';
import { frameAt, interpolatePose } from '../../../../shared/pose/motion';
import { poseText } from '../../content';
import { useReducedMotion } from '../../hooks/useReducedMotion';
import { t } from '../../i18n/t';
import type { GuidedSide } from '../../player/plan';
import { fitBox } from './draw';
import { Figure } from './Figure';

export interface StepFigureProps {
  step: MovingStep;
  side: GuidedSide;
  /** Milliseconds into the step, as the player last counted them. */
  stepMs?: number;
  running?: boolean;
  /** Always the key poses side by side (a list of steps, not the player). */
  still?: boolean;
  className?: string;
}

/** About 30 frames a second is smooth for slow movements and light on the processor. */
const FRAME_MS = 33;

/** The side a pose is drawn for: the other side of a two-sided step, or every other alternating rep. */
function mirroredFor(side: GuidedSide, cycle: number): boolean {
  if (side === 'second' || side === 'left') return true;
  return side === 'alternate' && cycle % 2 === 1;
}

export function StepFigure({
  step,
  side,
  stepMs = 0,
  running = false,
  still: keepStill = false,
  className,
}: StepFigureProps) {
  const keys = useMemo(() => keyPoses(step), [step]);
  const boxes = useMemo(() => {
    const poses = keys.map((k) => k.pose);
    return { plain: fitBox(poses), mirrored: fitBox(poses, true) };
  }, [keys]);
  const reduced = useReducedMotion();
  const still = keepStill || reduced || keys.length <= 1;
  const base = useRef({ ms: stepMs, at: 0 });
  const [, setFrame] = useState(0);

  useEffect(() => {
    base.current = { ms: stepMs, at: performance.now() };
  }, [stepMs]);

  useEffect(() => {
    if (!running || still) return;
    let last = 0;
    let id = requestAnimationFrame(function draw(now) {
      if (now - last >= FRAME_MS) {
        last = now;
        setFrame(now);
      }
      id = requestAnimationFrame(draw);
    });
    return () => cancelAnimationFrame(id);
  }, [running, still]);

  if (keys.length === 0) return null;
  const classes = ['step-figure', className].filter(Boolean).join(' ');
  if (still) {
    const mirrored = mirroredFor(side, 0);
    return (
      <ul className={`${classes} still`} data-testid="step-figure" data-still="true">
        {keys.map((k, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a step may list the same pose twice.
          <li key={i}>
            <Figure
              pose={k.pose}
              mirrored={mirrored}
              alt={poseText(k.name).alt}
              box={mirrored ? boxes.mirrored : boxes.plain}
            />
          </li>
        ))}
      </ul>
    );
  }
  const ms = running ? base.current.ms + (performance.now() - base.current.at) : stepMs;
  const frame = frameAt(keys.length, stepTempo(step), ms);
  const mirrored = mirroredFor(side, frame.cycle);
  const from = keys[frame.from]?.pose;
  const to = keys[frame.to]?.pose;
  if (!from || !to) return null;
  return (
    <div className={classes} data-testid="step-figure" data-still="false">
      <Figure
        pose={interpolatePose(from, to, frame.t)}
        mirrored={mirrored}
        alt={stepAlt(step, (name) => poseText(name).alt, t('common.figureThen'))}
        box={mirrored ? boxes.mirrored : boxes.plain}
      />
    </div>
  );
}

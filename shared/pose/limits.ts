/**
 * Human joint ranges, checked on the angle between neighbouring segments. Generous on purpose (a figure
 * may show the end of a comfortable range) but they catch a typo that would bend a knee backwards or
 * spin an arm through the body. Ranges follow common clinical range-of-motion tables, rounded outward.
 */
import type { Pose } from './types';

/** An angle folded into (-180, 180]. */
export function fold(angle: number): number {
  const a = ((((angle + 180) % 360) + 360) % 360) - 180;
  return a === -180 ? 180 : a;
}

export interface JointRange {
  min: number;
  max: number;
}

/** Side-view ranges, degrees; positive is flexion (bending forward or closing the joint). */
export const SIDE_LIMITS = {
  neck: { min: -60, max: 70 },
  curve: { min: -30, max: 40 },
  shoulder: { min: -60, max: 180 },
  elbow: { min: -5, max: 150 },
  hip: { min: -30, max: 140 },
  knee: { min: -5, max: 155 },
  /** Plantar flexion reaches about 80° kneeling with the tops of the feet on the floor. */
  ankle: { min: -30, max: 80 },
} as const satisfies Record<string, JointRange>;

/** Front-view ranges: sideways tilts and spreads, which are smaller than bends forward. */
export const FRONT_LIMITS = {
  neck: { min: -45, max: 45 },
  curve: { min: -30, max: 30 },
  turn: { min: 0, max: 60 },
  shoulder: { min: -30, max: 180 },
  elbow: { min: -5, max: 150 },
  hip: { min: -45, max: 60 },
  knee: { min: -5, max: 150 },
  /** The trunk's lean from upright (side bends, weight shifts) for a figure not lying down. */
  lean: { min: -45, max: 45 },
} as const satisfies Record<string, JointRange>;

export interface JointAngle {
  joint: string;
  angle: number;
  range: JointRange;
}

/** Every joint angle of a pose with its allowed range. */
export function jointAngles(pose: Pose): JointAngle[] {
  const out: JointAngle[] = [];
  if (pose.view === 'side') {
    const L = SIDE_LIMITS;
    out.push({ joint: 'neck', angle: pose.head, range: L.neck });
    out.push({ joint: 'back curve', angle: pose.curve, range: L.curve });
    pose.arms.forEach((arm, i) => {
      // Arm hanging along the trunk is 0; raised forward is positive.
      out.push({
        joint: `shoulder ${i + 1}`,
        angle: fold(180 - (arm.upper - pose.trunk)),
        range: L.shoulder,
      });
      out.push({ joint: `elbow ${i + 1}`, angle: fold(arm.upper - arm.fore), range: L.elbow });
    });
    pose.legs.forEach((leg, i) => {
      out.push({ joint: `hip ${i + 1}`, angle: fold(180 - (leg.thigh - pose.trunk)), range: L.hip });
      out.push({ joint: `knee ${i + 1}`, angle: fold(leg.shin - leg.thigh), range: L.knee });
      out.push({ joint: `ankle ${i + 1}`, angle: 90 - fold(leg.shin - leg.foot), range: L.ankle });
    });
    return out;
  }
  const L = FRONT_LIMITS;
  out.push({ joint: 'neck', angle: pose.head, range: L.neck });
  out.push({ joint: 'back curve', angle: pose.curve, range: L.curve });
  out.push({ joint: 'turn', angle: pose.turn ?? 0, range: L.turn });
  if (Math.abs(pose.tilt ?? 0) < 45) out.push({ joint: 'lean', angle: fold(pose.trunk), range: L.lean });
  // Picture-left limbs spread toward negative angles, picture-right ones toward positive.
  pose.arms.forEach((arm, i) => {
    const outward = i === 0 ? -1 : 1;
    out.push({
      joint: `shoulder ${i + 1}`,
      angle: fold(180 - outward * (arm.upper - pose.trunk)),
      range: L.shoulder,
    });
    out.push({ joint: `elbow ${i + 1}`, angle: Math.abs(fold(arm.upper - arm.fore)), range: L.elbow });
  });
  pose.legs.forEach((leg, i) => {
    const outward = i === 0 ? 1 : -1;
    out.push({ joint: `hip ${i + 1}`, angle: fold(outward * (leg.thigh - pose.trunk - 180)), range: L.hip });
    out.push({ joint: `knee ${i + 1}`, angle: Math.abs(fold(leg.shin - leg.thigh)), range: L.knee });
  });
  return out;
}

/** Joints outside their range, as readable problems; empty when the pose is humanly possible. */
export function limitProblems(pose: Pose): string[] {
  return jointAngles(pose)
    .filter((j) => !(j.angle >= j.range.min && j.angle <= j.range.max))
    .map((j) => `${j.joint} at ${Math.round(j.angle)}° is outside ${j.range.min}…${j.range.max}°`);
}

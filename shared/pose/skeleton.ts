/**
 * Forward kinematics: a pose becomes joint positions in figure units, with the floor at y = 0 and y
 * pointing up. The lowest body point is set on the floor (plus the pose's `lift`), so any pose stands,
 * sits or lies on the ground without hand-tuned heights.
 */
import type { Pose } from './types';

/** Segment lengths, figure units (standing height about 100). */
export const BODY = {
  shin: 23,
  thigh: 24,
  trunk: 31,
  neck: 4,
  headRadius: 6.5,
  upperArm: 18,
  foreArm: 17,
  foot: 9,
  ankle: 3,
  /** Front view: half the width across the shoulders and across the hips. */
  shoulderHalf: 10,
  hipHalf: 6,
} as const;

export interface Point {
  x: number;
  y: number;
}

export interface Limb {
  /** Root joint, middle joint, end (hand or ankle), and toe for legs. */
  points: Point[];
}

export interface Skeleton {
  pelvis: Point;
  /** Middle of the back, where the curve of the spine bends. */
  back: Point;
  neck: Point;
  head: Point;
  arms: [Limb, Limb];
  legs: [Limb, Limb];
}

const rad = (deg: number) => (deg * Math.PI) / 180;
/** The unit direction of an absolute angle (0 up, 90 toward the facing side). */
export function direction(angle: number): Point {
  return { x: Math.sin(rad(angle)), y: Math.cos(rad(angle)) };
}
const step = (from: Point, angle: number, length: number): Point => {
  const d = direction(angle);
  return { x: from.x + d.x * length, y: from.y + d.y * length };
};

/** Joint positions before grounding, with the pelvis at (0, 0). */
function raw(pose: Pose): Skeleton {
  const front = pose.view === 'front';
  const pelvis = { x: 0, y: 0 };
  const shoulderMid = step(pelvis, pose.trunk, BODY.trunk);
  // The back's mid point bows out behind the line pelvis→shoulders by the curve (a rounded back bulges
  // backwards, away from the facing side).
  const mid = step(pelvis, pose.trunk, BODY.trunk / 2);
  const bow = direction(pose.trunk - 90);
  const back = { x: mid.x + bow.x * pose.curve * 0.18, y: mid.y + bow.y * pose.curve * 0.18 };
  const neck = step(shoulderMid, pose.trunk + pose.head * 0.4, BODY.neck);
  const head = step(neck, pose.trunk + pose.head, BODY.headRadius);
  const turn = front ? Math.cos(rad(pose.turn ?? 0)) : 0;
  const across = direction(pose.trunk + 90);
  const shoulders = [-1, 1].map((s) => ({
    x: shoulderMid.x + across.x * s * BODY.shoulderHalf * turn,
    y: shoulderMid.y + across.y * s * BODY.shoulderHalf * turn,
  }));
  const hips = [-1, 1].map((s) => ({
    x: pelvis.x + (front ? s * BODY.hipHalf : 0),
    y: pelvis.y,
  }));
  const arms = pose.arms.map((arm, i): Limb => {
    const root = shoulders[i] ?? shoulderMid;
    const elbow = step(root, arm.upper, BODY.upperArm);
    return { points: [root, elbow, step(elbow, arm.fore, BODY.foreArm)] };
  });
  const legs = pose.legs.map((leg, i): Limb => {
    const root = hips[i] ?? pelvis;
    const short = front ? 1 - Math.min(0.7, Math.max(0, leg.toward ?? 0)) : 1;
    const knee = step(root, leg.thigh, BODY.thigh * short);
    const ankle = step(knee, leg.shin, BODY.shin);
    const toe = front
      ? { x: ankle.x + (i === 0 ? -1 : 1) * BODY.foot * 0.45, y: ankle.y - BODY.ankle }
      : step(step(ankle, leg.foot + 90, BODY.ankle), leg.foot, BODY.foot);
    const heel = front ? { x: ankle.x, y: ankle.y - BODY.ankle } : step(ankle, leg.foot + 90, BODY.ankle);
    return { points: [root, knee, ankle, heel, toe] };
  });
  return {
    pelvis,
    back,
    neck,
    head,
    arms: [arms[0] as Limb, arms[1] as Limb],
    legs: [legs[0] as Limb, legs[1] as Limb],
  };
}

function allPoints(s: Skeleton): Point[] {
  return [s.pelvis, s.back, s.neck, ...s.arms.flatMap((a) => a.points), ...s.legs.flatMap((l) => l.points)];
}

function mapSkeleton(s: Skeleton, f: (p: Point) => Point): Skeleton {
  const limb = (l: Limb): Limb => ({ points: l.points.map(f) });
  return {
    pelvis: f(s.pelvis),
    back: f(s.back),
    neck: f(s.neck),
    head: f(s.head),
    arms: [limb(s.arms[0]), limb(s.arms[1])],
    legs: [limb(s.legs[0]), limb(s.legs[1])],
  };
}

/** Half the trunk's thickness: a body lying down rests on its back, not on its spine line. */
const BODY_HALF_WIDTH = 3;

/** Joint positions on the page: tilted, grounded on the floor line, pelvis at the pose's `x`. */
export function skeletonOf(pose: Pose): Skeleton {
  const tilt = rad(pose.tilt ?? 0);
  const turned = mapSkeleton(raw(pose), (p) => ({
    x: p.x * Math.cos(tilt) + p.y * Math.sin(tilt),
    y: -p.x * Math.sin(tilt) + p.y * Math.cos(tilt),
  }));
  const trunkLow = Math.min(turned.pelvis.y, turned.back.y, turned.neck.y) - BODY_HALF_WIDTH;
  const headLow = turned.head.y - BODY.headRadius;
  const lowest = Math.min(trunkLow, headLow, ...allPoints(turned).map((p) => p.y));
  const dy = -lowest + (pose.lift ?? 0);
  return mapSkeleton(turned, (p) => ({ x: p.x + pose.x, y: p.y + dy }));
}

/** The same picture seen in a mirror: x flipped about the page's centre line. */
export function mirrorSkeleton(s: Skeleton): Skeleton {
  return mapSkeleton(s, (p) => ({ x: -p.x, y: p.y }));
}

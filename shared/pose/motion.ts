/**
 * Movement between key poses: blending two poses, mirroring one for the other side, and where a looping
 * movement is at a given moment. Pure functions of numbers, so the player and the tests agree.
 */
import { fold } from './limits';
import type { Arm, Leg, Pose } from './types';

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
/** Angles blend along the shorter way round, so 170° → -170° passes through 180°, not 0°. */
export const lerpAngle = (a: number, b: number, t: number) => a + fold(b - a) * t;

const arm = (a: Arm, b: Arm, t: number): Arm => ({
  upper: lerpAngle(a.upper, b.upper, t),
  fore: lerpAngle(a.fore, b.fore, t),
});
const leg = (a: Leg, b: Leg, t: number): Leg => ({
  thigh: lerpAngle(a.thigh, b.thigh, t),
  shin: lerpAngle(a.shin, b.shin, t),
  foot: lerpAngle(a.foot, b.foot, t),
  ...(a.toward !== undefined || b.toward !== undefined
    ? { toward: lerp(a.toward ?? 0, b.toward ?? 0, t) }
    : {}),
});

/**
 * The pose a fraction `t` (0..1) of the way from `a` to `b`. Props and view come from `a`: the key poses
 * of one step share them (the content validator checks), so nothing pops in or out mid-move.
 */
export function interpolatePose(a: Pose, b: Pose, t: number): Pose {
  const k = Math.min(1, Math.max(0, t));
  return {
    view: a.view,
    props: a.props,
    x: lerp(a.x, b.x, k),
    trunk: lerpAngle(a.trunk, b.trunk, k),
    curve: lerp(a.curve, b.curve, k),
    head: lerp(a.head, b.head, k),
    ...(a.turn !== undefined || b.turn !== undefined ? { turn: lerp(a.turn ?? 0, b.turn ?? 0, k) } : {}),
    arms: [arm(a.arms[0], b.arms[0], k), arm(a.arms[1], b.arms[1], k)],
    legs: [leg(a.legs[0], b.legs[0], k), leg(a.legs[1], b.legs[1], k)],
    ...(a.tilt !== undefined || b.tilt !== undefined ? { tilt: lerpAngle(a.tilt ?? 0, b.tilt ?? 0, k) } : {}),
    ...(a.lift !== undefined || b.lift !== undefined ? { lift: lerp(a.lift ?? 0, b.lift ?? 0, k) } : {}),
  };
}

/** Slow at both ends, like a person easing into and out of a movement. */
export function ease(t: number): number {
  const k = Math.min(1, Math.max(0, t));
  return (1 - Math.cos(Math.PI * k)) / 2;
}

/**
 * The front-view pose for the other side: every angle reflected and the left and right limbs swapped,
 * so its skeleton is the original's mirror image. (Side views are mirrored when drawn: the figure then
 * faces the other way.)
 */
export function mirrorPose(pose: Pose): Pose {
  const arm = (a: Arm): Arm => ({ upper: fold(-a.upper), fore: fold(-a.fore) });
  const leg = (l: Leg): Leg => ({ ...l, thigh: fold(-l.thigh), shin: fold(-l.shin), foot: fold(-l.foot) });
  return {
    ...pose,
    x: -pose.x,
    trunk: fold(-pose.trunk),
    curve: -pose.curve,
    head: -pose.head,
    arms: [arm(pose.arms[1]), arm(pose.arms[0])],
    legs: [leg(pose.legs[1]), leg(pose.legs[0])],
    ...(pose.tilt !== undefined ? { tilt: fold(-pose.tilt) } : {}),
  };
}

export interface Tempo {
  /** Milliseconds to move through all the key poses and back once. */
  cycleMs: number;
  /** Milliseconds to stay at the far key pose (a hold) within each cycle. */
  holdMs: number;
}

export interface Frame {
  /** Index of the key pose moved away from, and the next one. */
  from: number;
  to: number;
  /** Eased progress between them, 0..1. */
  t: number;
  /** Which repetition of the cycle this is (0-based), for alternating sides. */
  cycle: number;
}

/**
 * Where a looping movement through `keys` key poses stands after `ms`. With two key poses a cycle goes
 * out to the second, holds there, and comes back; with more it goes round them in order, holding at the
 * middle one. One key pose is a still picture.
 */
export function frameAt(keys: number, tempo: Tempo, ms: number): Frame {
  if (keys <= 1 || !(tempo.cycleMs > 0)) return { from: 0, to: 0, t: 0, cycle: 0 };
  const hold = Math.min(Math.max(0, tempo.holdMs), tempo.cycleMs);
  const total = tempo.cycleMs;
  const elapsed = Math.max(0, ms);
  const cycle = Math.floor(elapsed / total);
  let inCycle = elapsed - cycle * total;
  // The path visits every key and returns to the first: 2 keys → 0,1,0; 3 keys → 0,1,2,0.
  const path = keys === 2 ? [0, 1, 0] : [...Array.from({ length: keys }, (_, i) => i), 0];
  const holdAt = keys === 2 ? 1 : Math.floor(keys / 2);
  const moves = path.length - 1;
  const moveMs = (total - hold) / moves;
  for (let i = 0; i < moves; i++) {
    const from = path[i] ?? 0;
    const to = path[i + 1] ?? 0;
    if (inCycle < moveMs) return { from, to, t: ease(inCycle / moveMs), cycle };
    inCycle -= moveMs;
    if (to === holdAt && i === holdAt - 1) {
      if (inCycle < hold) return { from: to, to, t: 0, cycle };
      inCycle -= hold;
    }
  }
  return { from: 0, to: 0, t: 0, cycle };
}

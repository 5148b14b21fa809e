/** Pose maths: kinematics, joint limits, blending between key poses, mirroring and the loop's timing. */
import { describe, expect, it } from 'vitest';
import { poseLibrary } from '../../../shared/content/poses';
import { stepTempo } from '../../../shared/content/step-motion';
import { fold, jointAngles, limitProblems } from '../../../shared/pose/limits';
import { ease, frameAt, interpolatePose, lerpAngle, mirrorPose } from '../../../shared/pose/motion';
import { mirrorSkeleton, type Skeleton, skeletonOf } from '../../../shared/pose/skeleton';
import type { Pose } from '../../../shared/pose/types';

const standing: Pose = {
  view: 'side',
  props: [],
  x: 0,
  trunk: 0,
  curve: 0,
  head: 0,
  arms: [
    { upper: 180, fore: 180 },
    { upper: 180, fore: 180 },
  ],
  legs: [
    { thigh: 180, shin: 180, foot: 90 },
    { thigh: 180, shin: 180, foot: 90 },
  ],
};

const flat = (s: Skeleton) => [
  s.pelvis,
  s.back,
  s.neck,
  s.head,
  ...s.arms.flatMap((a) => a.points),
  ...s.legs.flatMap((l) => l.points),
];
const close = (a: { x: number; y: number }[], b: { x: number; y: number }[]) => {
  expect(a.length).toBe(b.length);
  a.forEach((p, i) => {
    expect(p.x).toBeCloseTo(b[i]?.x ?? Number.NaN, 6);
    expect(p.y).toBeCloseTo(b[i]?.y ?? Number.NaN, 6);
  });
};

describe('skeleton', () => {
  it('stands a straight figure on the floor: heel at 0, pelvis at shin + thigh + ankle', () => {
    const s = skeletonOf(standing);
    expect(s.legs[0].points[3]?.y).toBeCloseTo(0, 6);
    expect(s.pelvis.y).toBeCloseTo(23 + 24 + 3, 6);
    expect(s.neck.y).toBeCloseTo(50 + 31 + 4, 6);
    // Hands hang at pelvis height minus what the arms reach past the trunk.
    expect(s.arms[0].points[2]?.y).toBeCloseTo(50 + 31 - 35, 6);
  });

  it('sits a figure with thighs level: knees at pelvis height, ahead by a thigh', () => {
    const sit: Pose = {
      ...standing,
      legs: [
        { thigh: 90, shin: 180, foot: 90 },
        { thigh: 90, shin: 180, foot: 90 },
      ],
    };
    const s = skeletonOf(sit);
    expect(s.legs[0].points[1]).toEqual({ x: 24, y: s.pelvis.y });
    expect(s.pelvis.y).toBeCloseTo(26, 6);
  });
});

describe('joint limits', () => {
  it('folds angles into (-180, 180]', () => {
    expect([fold(190), fold(-190), fold(540), fold(-180), fold(0)]).toEqual([-170, 170, 180, 180, 0]);
  });

  it('reads joint angles between segments: a seated hip is 90°, a bent knee 90°', () => {
    const sit: Pose = {
      ...standing,
      legs: [
        { thigh: 90, shin: 180, foot: 90 },
        { thigh: 90, shin: 180, foot: 90 },
      ],
    };
    const angles = Object.fromEntries(jointAngles(sit).map((j) => [j.joint, j.angle]));
    expect(angles['hip 1']).toBe(90);
    expect(angles['knee 1']).toBe(90);
    expect(angles['ankle 1']).toBe(0);
    expect(angles['shoulder 1']).toBe(0);
  });

  it('accepts a standing figure and rejects a knee bent backwards and an elbow past straight', () => {
    expect(limitProblems(standing)).toEqual([]);
    const broken: Pose = {
      ...standing,
      arms: [{ upper: 180, fore: 200 }, standing.arms[1]],
      legs: [{ thigh: 180, shin: 150, foot: 60 }, standing.legs[1]],
    };
    expect(limitProblems(broken)).toEqual([
      'elbow 1 at -20° is outside -5…150°',
      'knee 1 at -30° is outside -5…155°',
    ]);
  });

  it('finds every library pose within human range', () => {
    for (const [name, entry] of Object.entries(poseLibrary))
      expect([name, limitProblems(entry.pose)]).toEqual([name, []]);
  });
});

describe('blending', () => {
  it('goes the short way round an angle', () => {
    expect(lerpAngle(170, -170, 0.5)).toBe(180);
    expect(lerpAngle(-10, 30, 0.25)).toBe(0);
  });

  it('gives the end poses at 0 and 1 and the middle at 0.5', () => {
    const a = poseLibrary['sit-round'].pose;
    const b = poseLibrary['sit-arch'].pose;
    expect(interpolatePose(a, b, 0).trunk).toBe(a.trunk);
    expect(interpolatePose(a, b, 1).trunk).toBe(b.trunk);
    expect(interpolatePose(a, b, 0.5).curve).toBe((34 + -22) / 2);
    expect(interpolatePose(a, b, 2).head).toBe(b.head);
  });

  it('eases in and out', () => {
    expect(ease(0)).toBe(0);
    expect(ease(0.5)).toBeCloseTo(0.5, 9);
    expect(ease(1)).toBe(1);
    expect(ease(0.1)).toBeLessThan(0.1);
  });
});

describe('mirroring', () => {
  it('mirrors a front-view pose into the mirror image of its skeleton', () => {
    const bend = poseLibrary['sit-side-bend'].pose;
    const mirrored = mirrorSkeleton(skeletonOf(bend));
    // The mirror image's picture-left limbs are the original's picture-right ones.
    const swapped = {
      ...mirrored,
      arms: [mirrored.arms[1], mirrored.arms[0]],
      legs: [mirrored.legs[1], mirrored.legs[0]],
    } as const;
    close(
      flat(skeletonOf(mirrorPose(bend))),
      flat({ ...swapped, arms: [...swapped.arms], legs: [...swapped.legs] }),
    );
  });

  it('leans the other way: the mirrored side bend tips its head to the other side', () => {
    const bend = poseLibrary['sit-side-bend'].pose;
    expect(skeletonOf(bend).head.x).toBeGreaterThan(5);
    expect(skeletonOf(mirrorPose(bend)).head.x).toBeLessThan(-5);
  });
});

describe('timing', () => {
  const tempo = { cycleMs: 4000, holdMs: 2000 };
  it('moves out, holds at the far pose, and comes back within one repetition', () => {
    expect(frameAt(2, tempo, 0)).toEqual({ from: 0, to: 1, t: 0, cycle: 0 });
    expect(frameAt(2, tempo, 500)).toMatchObject({ from: 0, to: 1, cycle: 0 });
    expect(frameAt(2, tempo, 500).t).toBeCloseTo(0.5, 9);
    expect(frameAt(2, tempo, 1500)).toEqual({ from: 1, to: 1, t: 0, cycle: 0 });
    expect(frameAt(2, tempo, 3500)).toMatchObject({ from: 1, to: 0, cycle: 0 });
    expect(frameAt(2, tempo, 3500).t).toBeCloseTo(0.5, 9);
    expect(frameAt(2, tempo, 4500).cycle).toBe(1);
  });

  it('goes round three key poses in order and shows one pose still', () => {
    const three = { cycleMs: 3000, holdMs: 0 };
    expect([0, 1000, 2000].map((ms) => frameAt(3, three, ms))).toEqual([
      { from: 0, to: 1, t: 0, cycle: 0 },
      { from: 1, to: 2, t: 0, cycle: 0 },
      { from: 2, to: 0, t: 0, cycle: 0 },
    ]);
    expect(frameAt(1, tempo, 1234)).toEqual({ from: 0, to: 0, t: 0, cycle: 0 });
  });

  it('takes the tempo from the step: a repetition with its hold, or a breath', () => {
    expect(stepTempo({ reps: 5, holdSeconds: 3 })).toEqual({ cycleMs: 6000, holdMs: 3000 });
    expect(stepTempo({ reps: 8, repSeconds: 4 })).toEqual({ cycleMs: 4000, holdMs: 0 });
    expect(stepTempo({ tempo: 8 })).toEqual({ cycleMs: 8000, holdMs: 0 });
    expect(stepTempo({})).toEqual({ cycleMs: 4000, holdMs: 0 });
  });
});

/**
 * A pose: where each body segment points, as plain numbers, so a figure is drawn from data and two poses
 * can be blended. Plain types only (no zod here): the prompt window draws poses and must stay light;
 * the schema that checks poses from files lives in `schema.ts`.
 *
 * Angles are absolute, in degrees, in the picture plane: 0 points straight up, 90 points the way the
 * figure faces (side view) or to the picture's right (front view), 180 points straight down. The
 * joint ranges in `limits.ts` are checked on the angles *between* segments.
 */
export const views = ['side', 'front'] as const;
export type View = (typeof views)[number];

/** Things drawn around the figure. A box is carried: it is drawn at the near hand. */
export const props = ['chair', 'desk', 'mat', 'wall', 'box'] as const;
export type Prop = (typeof props)[number];

export interface Arm {
  upper: number;
  fore: number;
}

export interface Leg {
  thigh: number;
  shin: number;
  /** Side view: the foot's direction (90 = flat, toes forward). Front view: ignored, feet point out. */
  foot: number;
  /** Front view only: how much shorter the thigh looks because the knee points at the viewer (0–0.7). */
  toward?: number;
}

export interface Pose {
  view: View;
  props: readonly Prop[];
  /** Where the pelvis sits across the picture, in figure units (the figure is about 100 units tall). */
  x: number;
  /** Pelvis to shoulders. */
  trunk: number;
  /** Bend along the back: positive rounds it (cat), negative arches it (cow). */
  curve: number;
  /** Head relative to the trunk: positive tips the chin down (side) or tilts the head right (front). */
  head: number;
  /** Front view only: turn of the shoulders, 0 (square on) to 60 degrees; the shoulders look narrower. */
  turn?: number;
  /** Side view: near arm then far arm. Front view: the arm on the picture's left, then on its right. */
  arms: readonly [Arm, Arm];
  legs: readonly [Leg, Leg];
  /** Turns the whole figure on the page, degrees (a front-view figure lying down, seen from above). */
  tilt?: number;
  /** Lifts the figure off the floor line, figure units (lying on a mat). */
  lift?: number;
  /** Where the chair's seat is across the picture (default 0, under a sitting pelvis). */
  chairAt?: number;
}

/** A pose from the library, with what it shows in words. */
export interface NamedPose {
  pose: Pose;
  /** One short sentence; the figure never says more than this and the step's words. */
  alt: string;
  /** A short name for the pose picker ("Sitting tall"). */
  label: string;
}

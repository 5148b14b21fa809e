/**
 * The library of named poses. Routine steps list one or more of these names as key poses; the player
 * moves between them. People building their own routines pick from the same names. Each pose says in
 * words what it shows (its alt text) and where it is done, which the content validator checks against the
 * props (a desk pose has a chair, a floor pose a mat).
 *
 * How to read the numbers: see `shared/pose/types.ts` (0° up, 90° the way the figure faces, 180° down)
 * and docs/content.md ("Posing a step").
 */
import type { Arm, Leg, NamedPose, Pose } from '../pose/types';

export type PosePlace = 'desk' | 'standing' | 'floor';
export interface LibraryPose extends NamedPose {
  place: PosePlace;
}

const arm = (upper: number, fore: number): Arm => ({ upper, fore });
const leg = (thigh: number, shin: number, foot = 90): Leg => ({ thigh, shin, foot });

const hanging = [arm(182, 178), arm(176, 172)] as const;
const straightLegs = [leg(180, 180), leg(181, 181)] as const;
const sittingLegs = [leg(88, 178), leg(92, 182)] as const;
/** Lying on the back with the knees bent and the feet flat. */
const bentKneesLying = [leg(35, 150), leg(37, 152)] as const;
/** Kneeling: thighs down, shins back along the floor, tops of the feet down. */
const kneelingLegs = [leg(180, -92, -105), leg(181, -91, -104)] as const;

const stand: Pose = {
  view: 'side',
  props: [],
  x: 0,
  trunk: 0,
  curve: 0,
  head: 0,
  arms: hanging,
  legs: straightLegs,
};
const sit: Pose = {
  view: 'side',
  props: ['chair'],
  x: 0,
  trunk: 0,
  curve: 0,
  head: 0,
  arms: [arm(165, 118), arm(162, 112)],
  legs: sittingLegs,
};
const lie: Pose = {
  view: 'side',
  props: ['mat'],
  x: 6,
  trunk: -90,
  curve: -6,
  head: 4,
  arms: [arm(92, 90), arm(90, 88)],
  legs: bentKneesLying,
  lift: 1.5,
};
const fours: Pose = {
  view: 'side',
  props: ['mat'],
  x: -12,
  trunk: 90,
  curve: 0,
  head: -8,
  arms: [arm(180, 180), arm(178, 178)],
  legs: kneelingLegs,
  lift: 1.5,
};
const standFront: Pose = {
  view: 'front',
  props: [],
  x: 0,
  trunk: 0,
  curve: 0,
  head: 0,
  arms: [arm(188, 182), arm(172, 178)],
  legs: [leg(186, 182), leg(174, 178)],
};
const sitFront: Pose = {
  ...standFront,
  props: ['chair'],
  legs: [
    { thigh: 188, shin: 180, foot: 90, toward: 0.7 },
    { thigh: 172, shin: 180, foot: 90, toward: 0.7 },
  ],
};

const library = {
  // Sitting at the desk.
  'sit-tall': {
    label: 'Sitting tall',
    place: 'desk',
    alt: 'A person sits upright on a chair, feet flat, hands resting on the thighs.',
    pose: sit,
  },
  'sit-front-edge': {
    label: 'Sitting near the front of the chair',
    place: 'desk',
    alt: 'A person sits near the front of the chair, feet flat, hands on the knees.',
    pose: { ...sit, x: 8, arms: [arm(160, 128), arm(157, 124)], legs: [leg(88, 172), leg(92, 176)] },
  },
  'sit-round': {
    label: 'Sitting, back rounded',
    place: 'desk',
    alt: 'Sitting, the person rounds the back and lets the chin drop toward the chest.',
    pose: {
      ...sit,
      x: 8,
      trunk: 14,
      curve: 34,
      head: 40,
      arms: [arm(148, 128), arm(145, 124)],
      legs: [leg(88, 172), leg(92, 176)],
    },
  },
  'sit-arch': {
    label: 'Sitting, chest lifted',
    place: 'desk',
    alt: 'Sitting, the person lifts the chest and looks ahead, the lower back gently arched.',
    pose: {
      ...sit,
      x: 8,
      trunk: -2,
      curve: -22,
      head: -14,
      arms: [arm(164, 128), arm(161, 124)],
      legs: [leg(88, 172), leg(92, 176)],
    },
  },
  'sit-slump': {
    label: 'Sitting relaxed',
    place: 'desk',
    alt: 'Sitting, the person lets the back soften and the shoulders relax.',
    pose: { ...sit, trunk: 6, curve: 18, head: 12, arms: [arm(158, 112), arm(155, 108)] },
  },
  'sit-lean-back': {
    label: 'Leaning back in the chair',
    place: 'desk',
    alt: 'The person leans back against the chair with the shoulders dropped.',
    pose: { ...sit, x: -2, trunk: -14, curve: 6, head: 6, arms: [arm(176, 126), arm(172, 122)] },
  },
  'sit-hands-belly': {
    label: 'Sitting, hands on chest and belly',
    place: 'desk',
    alt: 'Sitting back in the chair, one hand rests on the chest and one on the belly.',
    pose: { ...sit, x: -2, trunk: -8, curve: 4, head: 4, arms: [arm(158, 30), arm(168, 62)] },
  },
  'sit-belly-in': {
    label: 'Sitting, breathing in',
    place: 'desk',
    alt: 'Sitting back, the person breathes in and the belly rises under the hand.',
    pose: { ...sit, x: -2, trunk: -10, curve: -4, head: 0, arms: [arm(154, 26), arm(162, 58)] },
  },
  'sit-hands-lap': {
    label: 'Sitting, hands in the lap',
    place: 'desk',
    alt: 'A person sits comfortably with both feet on the floor and the hands resting in the lap.',
    pose: { ...sit, arms: [arm(168, 108), arm(165, 104)] },
  },
  'sit-breathe-in': {
    label: 'Sitting, a full breath',
    place: 'desk',
    alt: 'Sitting comfortably, the person breathes in and the chest lifts a little.',
    pose: { ...sit, curve: -6, head: -4, arms: [arm(166, 110), arm(163, 106)] },
  },
  'sit-arms-crossed': {
    label: 'Sitting, arms crossed',
    place: 'desk',
    alt: 'Seen from the front, a person sits tall with the arms crossed over the chest.',
    pose: { ...sitFront, arms: [arm(160, 62), arm(-160, -62)] },
  },
  'sit-twist': {
    label: 'Sitting, upper body turned',
    place: 'desk',
    alt: 'Seen from the front, the person turns the shoulders to one side while the hips face forward.',
    pose: { ...sitFront, turn: 55, head: -10, arms: [arm(150, 58), arm(-168, -66)] },
  },
  'sit-arms-loose': {
    label: 'Sitting, arms loose',
    place: 'desk',
    alt: 'Seen from the front, a person sits tall with the arms loose by the sides.',
    pose: sitFront,
  },
  'sit-side-bend': {
    label: 'Sitting, leaning to one side',
    place: 'desk',
    alt: 'Seen from the front, the person leans to one side and slides that hand down toward the floor.',
    pose: { ...sitFront, trunk: 22, curve: 8, head: 8, arms: [arm(-165, -168), arm(194, 186)] },
  },
  'sit-arms-back': {
    label: 'Sitting, shoulder blades drawn back',
    place: 'desk',
    alt: 'Sitting tall, the person draws the shoulder blades back and down, the chest open.',
    pose: { ...sit, curve: -10, head: -4, arms: [arm(200, 192), arm(197, 189)] },
  },
  'sit-arms-side': {
    label: 'Sitting, arms by the sides',
    place: 'desk',
    alt: 'A person sits tall with the arms hanging loose by the sides.',
    pose: { ...sit, arms: [arm(184, 180), arm(180, 176)] },
  },
  'sit-shoulders-forward': {
    label: 'Sitting, shoulders rolled forward',
    place: 'desk',
    alt: 'Sitting, the person rolls the shoulders forward and up, the arms loose.',
    pose: { ...sit, curve: 10, head: 6, arms: [arm(170, 165), arm(167, 162)] },
  },
  'sit-lean-forward': {
    label: 'Leaning forward to stand up',
    place: 'desk',
    alt: 'From the front of the chair, the person leans forward from the hips, feet under the knees.',
    pose: {
      ...sit,
      x: 8,
      trunk: 42,
      curve: 0,
      head: -12,
      arms: [arm(140, 110), arm(137, 106)],
      legs: [leg(86, 168), leg(90, 172)],
    },
  },
  'stand-from-chair': {
    label: 'Standing up from the chair',
    place: 'desk',
    alt: 'The person stands up tall in front of the chair, pressing through the feet.',
    pose: { ...stand, props: ['chair'], x: 20, arms: [arm(180, 176), arm(176, 172)] },
  },

  // Standing.
  stand: {
    label: 'Standing tall',
    place: 'standing',
    alt: 'A person stands tall with the feet hip-width apart and the arms by the sides.',
    pose: stand,
  },
  'stand-front': {
    label: 'Standing, seen from the front',
    place: 'standing',
    alt: 'Seen from the front, a person stands with the feet hip-width apart and the knees soft.',
    pose: standFront,
  },
  'stand-hands-back': {
    label: 'Standing, hands on the lower back',
    place: 'standing',
    alt: 'A person stands tall with both hands on the small of the back.',
    pose: { ...stand, arms: [arm(-148, 150), arm(-152, 146)] },
  },
  'stand-lean-back': {
    label: 'Leaning back',
    place: 'standing',
    alt: 'With the hands on the lower back and the knees straight, the person leans back a little.',
    pose: {
      ...stand,
      x: 3,
      trunk: -16,
      curve: -14,
      head: -10,
      arms: [arm(-162, 134), arm(-166, 130)],
      legs: [leg(184, 184), leg(185, 185)],
    },
  },
  'stand-at-desk': {
    label: 'Standing at the desk',
    place: 'standing',
    alt: 'A person stands beside the desk with the fingertips resting on it.',
    pose: { ...stand, props: ['desk'], x: 12, arms: [arm(160, 142), arm(157, 139)] },
  },
  'stand-step-back': {
    label: 'One foot stepped back',
    place: 'standing',
    alt: 'Holding the desk, the person steps one foot back and tucks the hips under a little.',
    pose: {
      ...stand,
      props: ['desk'],
      x: 8,
      trunk: -3,
      arms: [arm(152, 130), arm(150, 128)],
      legs: [leg(166, 186), leg(-158, -158, 128)],
    },
  },
  'stand-toes': {
    label: 'Up on the toes',
    place: 'standing',
    alt: 'Fingertips on the desk, the person rises up onto the toes, heels off the floor.',
    pose: {
      ...stand,
      props: ['desk'],
      x: 12,
      arms: [arm(150, 126), arm(147, 123)],
      legs: [leg(180, 180, 132), leg(181, 181, 133)],
    },
  },
  'stand-shift': {
    label: 'Weight on one foot',
    place: 'standing',
    alt: 'Seen from the front, the person shifts the weight over one foot, the other knee soft.',
    pose: { ...standFront, x: 5, trunk: -4, head: -3, legs: [leg(176, 176), leg(166, 184)] },
  },
  'stand-rock-forward': {
    label: 'Rocking forward',
    place: 'standing',
    alt: 'The person rocks forward toward the toes, the body straight like a tall plank.',
    pose: { ...stand, x: 4, trunk: 6, legs: [leg(186, 186, 96), leg(187, 187, 97)] },
  },
  'stand-rock-back': {
    label: 'Rocking back',
    place: 'standing',
    alt: 'The person rocks back onto the heels, the toes lifting a little.',
    pose: { ...stand, x: -3, trunk: -5, legs: [leg(175, 175, 78), leg(176, 176, 79)] },
  },
  'walk-a': {
    label: 'Walking',
    place: 'standing',
    alt: 'A person walks at an easy pace, one foot in front of the other, arms swinging.',
    pose: {
      ...stand,
      trunk: 3,
      arms: [arm(200, 186), arm(160, 140)],
      legs: [leg(160, 172), leg(-164, -148, 118)],
    },
  },
  'walk-b': {
    label: 'Walking, other step',
    place: 'standing',
    alt: 'A person walks at an easy pace, one foot in front of the other, arms swinging.',
    pose: {
      ...stand,
      trunk: 3,
      arms: [arm(160, 140), arm(200, 186)],
      legs: [leg(-164, -148, 118), leg(160, 172)],
    },
  },
  'stand-hands-hips': {
    label: 'Standing, hands on the hips',
    place: 'standing',
    alt: 'A person stands with the feet hip-width apart and the hands on the hips.',
    pose: { ...stand, arms: [arm(-154, 96), arm(-158, 92)] },
  },
  'hip-hinge': {
    label: 'Hinging at the hips',
    place: 'standing',
    alt: 'Hands on the hips, the person pushes the hips back and tips forward with a long, straight back.',
    pose: {
      ...stand,
      x: -7,
      trunk: 48,
      head: -8,
      arms: [arm(-124, 128), arm(-128, 124)],
      legs: [leg(166, 186), leg(167, 187)],
    },
  },
  'lift-from-chair': {
    label: 'Reaching a box on a chair seat',
    place: 'standing',
    alt: 'Close to a chair, the person hinges at the hips and bends the knees to hold a box.',
    pose: {
      ...stand,
      props: ['chair', 'box'],
      chairAt: 28,
      x: 0,
      trunk: 46,
      head: -14,
      arms: [arm(150, 145), arm(148, 143)],
      legs: [leg(118, 200), leg(120, 202)],
    },
  },
  'hold-close': {
    label: 'Standing with a box held close',
    place: 'standing',
    alt: 'The person stands tall holding a box close to the body at waist height.',
    pose: { ...stand, props: ['chair', 'box'], chairAt: 28, x: 4, arms: [arm(172, 82), arm(170, 80)] },
  },
  'carry-walk-a': {
    label: 'Walking with a box',
    place: 'standing',
    alt: 'The person walks slowly with the box held close to the body.',
    pose: {
      ...stand,
      props: ['box'],
      trunk: 2,
      arms: [arm(172, 82), arm(170, 80)],
      legs: [leg(162, 174), leg(-166, -152, 116)],
    },
  },
  'carry-walk-b': {
    label: 'Walking with a box, other step',
    place: 'standing',
    alt: 'The person walks slowly with the box held close to the body.',
    pose: {
      ...stand,
      props: ['box'],
      trunk: 2,
      arms: [arm(172, 82), arm(170, 80)],
      legs: [leg(-166, -152, 116), leg(162, 174)],
    },
  },
  'carry-one-hand': {
    label: 'Carrying in one hand',
    place: 'standing',
    alt: 'Seen from the front, the person stands tall carrying a bag in one hand at the side.',
    pose: { ...standFront, props: ['box'], arms: [arm(182, 180), arm(160, 172)] },
  },

  // On the floor.
  'lie-knees-bent': {
    label: 'Lying on the back, knees bent',
    place: 'floor',
    alt: 'A person lies on the back on a mat with the knees bent and the feet flat.',
    pose: lie,
  },
  'lie-back-flat': {
    label: 'Lying, lower back pressed down',
    place: 'floor',
    alt: 'Lying with the knees bent, the person tightens the tummy and flattens the lower back into the floor.',
    pose: { ...lie, curve: 8, head: 6, legs: [leg(40, 152), leg(42, 154)] },
  },
  'bridge-up': {
    label: 'Bridge',
    place: 'floor',
    alt: 'Lying with the knees bent, the person lifts the hips until knees, hips and shoulders line up.',
    pose: {
      ...lie,
      x: 10,
      trunk: -116,
      curve: 0,
      head: 26,
      arms: [arm(92, 90), arm(90, 88)],
      legs: [leg(64, 178), leg(66, 180)],
    },
  },
  'lie-hand-belly': {
    label: 'Lying, hand on the belly',
    place: 'floor',
    alt: 'Lying on the back with the knees bent, the person rests a hand on the belly.',
    pose: { ...lie, arms: [arm(92, 58), arm(90, 88)] },
  },
  'lie-belly-rise': {
    label: 'Lying, breathing in',
    place: 'floor',
    alt: 'Lying with a hand on the belly, the person breathes in and the belly rises.',
    pose: { ...lie, curve: -12, arms: [arm(92, 50), arm(90, 88)] },
  },
  'lie-legs-on-chair': {
    label: 'Lying, lower legs on a chair',
    place: 'floor',
    alt: 'A person lies on the back on a mat with the lower legs resting on a chair seat.',
    pose: { ...lie, props: ['mat', 'chair'], x: -4, chairAt: 18, legs: [leg(2, 90, 0), leg(4, 92, 2)] },
  },
  'knees-middle': {
    label: 'Lying, knees up, seen from above',
    place: 'floor',
    alt: 'Seen from above, a person lies on the back with the knees bent and together.',
    pose: {
      view: 'front',
      props: ['mat'],
      x: 0,
      trunk: 0,
      curve: 0,
      head: 0,
      tilt: -90,
      arms: [arm(190, 182), arm(170, 178)],
      legs: [
        { thigh: 162, shin: 206, foot: 90, toward: 0.45 },
        { thigh: 198, shin: 154, foot: 90, toward: 0.45 },
      ],
    },
  },
  'knees-to-side': {
    label: 'Knees rolled to one side, seen from above',
    place: 'floor',
    alt: 'Seen from above, lying on the back, the person lets both knees roll to one side, shoulders down.',
    pose: {
      view: 'front',
      props: ['mat'],
      x: 0,
      trunk: 0,
      curve: 0,
      head: 0,
      tilt: -90,
      arms: [arm(190, 182), arm(170, 178)],
      legs: [
        { thigh: 136, shin: 214, foot: 90, toward: 0.2 },
        { thigh: 140, shin: 206, foot: 90, toward: 0.25 },
      ],
    },
  },
  'all-fours': {
    label: 'On all fours',
    place: 'floor',
    alt: 'A person kneels on all fours, knees under the hips and hands under the shoulders.',
    pose: fours,
  },
  'all-fours-round': {
    label: 'On all fours, back rounded',
    place: 'floor',
    alt: 'On all fours, the person rounds the back up toward the ceiling and lets the head drop.',
    pose: { ...fours, curve: 34, head: 44 },
  },
  'all-fours-sink': {
    label: 'On all fours, back sinking',
    place: 'floor',
    alt: 'On all fours, the person lets the back sink gently and looks ahead.',
    pose: { ...fours, curve: -20, head: -30 },
  },
  'bottom-to-heels': {
    label: 'Bottom back toward the heels',
    place: 'floor',
    alt: 'From all fours, the person moves the bottom back toward the heels, hands still on the floor.',
    pose: {
      ...fours,
      x: -18,
      trunk: 94,
      curve: 12,
      head: 10,
      arms: [arm(158, 158), arm(156, 156)],
      legs: [leg(136, -90, -105), leg(137, -89, -104)],
    },
  },
} as const satisfies Record<string, LibraryPose>;

export type PoseName = keyof typeof library;
export const poseLibrary: Readonly<Record<PoseName, LibraryPose>> = library;
export const poseNames = Object.keys(library) as PoseName[];

export function isPoseName(name: string): name is PoseName {
  return Object.hasOwn(library, name);
}

/** Routines on the floor at home: morning mobility, strength, rest. Most low-energy staples live here. */
import { BUILD_UP_SLOWLY, MOVE_IN_COMFORT, STOP_IF_WORSE } from './routines-common';
import type { Routine, RoutineStep } from './schema';

const lieOnBack: RoutineStep = {
  instruction: 'Lie on your back with your knees bent and your feet flat on the floor.',
  seconds: 10,
  side: 'none',
  placement: 'floor',
};

const onAllFours: RoutineStep = {
  instruction: 'Kneel on all fours with your knees under your hips and your hands under your shoulders.',
  seconds: 10,
  side: 'none',
  placement: 'floor',
};

const pelvicTilt: RoutineStep = {
  instruction: 'Tighten your tummy and gently flatten your lower back into the floor. Hold, then relax.',
  reps: 5,
  holdSeconds: 2,
  side: 'none',
  placement: 'floor',
  breath: 'Breathe out as you press down.',
};

const kneeRoll: RoutineStep = {
  instruction:
    'Roll both knees slowly to one side, keeping your shoulders on the floor. Hold, then roll to the other side.',
  reps: 8,
  repSeconds: 4,
  holdSeconds: 2,
  side: 'alternate',
  placement: 'floor',
  breath: 'Take one slow breath at each side.',
};

const catCow: RoutineStep = {
  instruction:
    'Round your back up toward the ceiling and let your head drop. Then let your back sink gently and look ahead.',
  reps: 8,
  repSeconds: 4,
  side: 'none',
  placement: 'floor',
  breath: 'Breathe out as you round. Breathe in as your back sinks.',
};

const bottomToHeels: RoutineStep = {
  instruction:
    'Slowly move your bottom back toward your heels, as far as is comfortable. Hold, then come forward.',
  reps: 8,
  repSeconds: 4,
  holdSeconds: 4,
  side: 'none',
  placement: 'floor',
  breath: 'Take one slow breath as you hold.',
  cautions: ['Go only part of the way back if your knees feel sore.'],
};

const bridge: RoutineStep = {
  instruction:
    'Squeeze your buttocks and lift your hips until your knees, hips and shoulders line up. Hold, then lower slowly.',
  reps: 5,
  holdSeconds: 5,
  side: 'none',
  placement: 'floor',
  breath: 'Breathe out as you lift.',
  cautions: ['Lift only as high as feels comfortable.'],
};

export const floorRoutines: readonly Routine[] = [
  {
    id: 'floor-knee-rolls',
    title: 'Knee rolls',
    summary: 'Let your knees sway from side to side while you lie down. Easy on a low day.',
    category: 'hips',
    placement: 'floor',
    snack: false,
    staple: true,
    effort: 'gentle',
    prompts: [],
    steps: [lieOnBack, kneeRoll],
    cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT, 'A pillow between your knees can make this more comfortable.'],
    progression: 'Start with 8 rolls. Build up to 10 if it feels fine.',
    source: 'nhs-back-exercises',
    dosageSource: 'nhs-back-exercises',
  },
  {
    id: 'floor-pelvic-tilts',
    title: 'Pelvic tilts',
    summary: 'A small, gentle movement for your lower back and tummy muscles.',
    category: 'core-strength',
    placement: 'floor',
    snack: false,
    staple: true,
    effort: 'gentle',
    prompts: [],
    steps: [lieOnBack, pelvicTilt, { ...lieOnBack, instruction: 'Rest and let your back relax.' }],
    cautions: [STOP_IF_WORSE],
    progression: BUILD_UP_SLOWLY,
    source: 'nhs-back-exercises',
    dosageSource: 'nhs-back-exercises',
  },
  {
    id: 'floor-glute-bridge',
    title: 'Bridge',
    summary: 'Lift your hips from the floor to build strength in your buttocks and back.',
    category: 'core-strength',
    placement: 'floor',
    snack: false,
    staple: false,
    effort: 'moderate',
    prompts: [],
    steps: [lieOnBack, bridge],
    cautions: [STOP_IF_WORSE],
    progression: BUILD_UP_SLOWLY,
    source: 'seed-conservative-care',
    dosageSource: 'nhs-back-exercises',
  },
  {
    id: 'floor-bottom-to-heels',
    title: 'Bottom to heels',
    summary: 'Sit back toward your heels from all fours for a gentle stretch along your back.',
    category: 'hips',
    placement: 'floor',
    snack: false,
    staple: false,
    effort: 'gentle',
    prompts: [],
    steps: [onAllFours, bottomToHeels],
    cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
    progression: 'Start with 8. Build up to 10 if it feels fine.',
    source: 'nhs-back-exercises',
    dosageSource: 'nhs-back-exercises',
  },
  {
    id: 'floor-cat-cow',
    title: 'Cat-cow on all fours',
    summary: 'Round and let your back sink, slowly, to ease morning stiffness.',
    category: 'morning-mobility',
    placement: 'floor',
    snack: false,
    staple: false,
    effort: 'gentle',
    prompts: [],
    steps: [onAllFours, catCow],
    cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
    progression: BUILD_UP_SLOWLY,
    source: 'seed-conservative-care',
    dosageSource: 'nhs-back-exercises',
  },
  {
    id: 'floor-morning-mobility',
    title: 'Morning mobility',
    summary: 'A few minutes of gentle movement to start the day: tilts, rolls, cat-cow and a stretch.',
    category: 'morning-mobility',
    placement: 'floor',
    snack: false,
    staple: false,
    effort: 'gentle',
    prompts: [],
    steps: [
      lieOnBack,
      pelvicTilt,
      { ...kneeRoll, reps: 6 },
      {
        instruction: 'Roll onto your side and come up onto all fours.',
        seconds: 10,
        side: 'none',
        placement: 'floor',
      },
      { ...catCow, reps: 6 },
      { ...bottomToHeels, reps: 5 },
    ],
    cautions: [STOP_IF_WORSE, MOVE_IN_COMFORT],
    source: 'seed-living-well',
    dosageSource: 'nhs-back-exercises',
  },
  {
    id: 'floor-core-hip-strength',
    title: 'Core and hip strength',
    summary: 'Tilts and bridges to help your hips and tummy share the load with your back.',
    category: 'core-strength',
    placement: 'floor',
    snack: false,
    staple: false,
    effort: 'moderate',
    prompts: [],
    steps: [
      lieOnBack,
      pelvicTilt,
      { ...bridge, sets: 2 },
      {
        instruction: 'Lie still and breathe for a moment. Roll onto your side to get up.',
        seconds: 20,
        side: 'none',
        placement: 'floor',
      },
    ],
    cautions: [STOP_IF_WORSE],
    progression: 'Do this twice a week. Add 1 or 2 repetitions every few days, up to 10, if it feels fine.',
    source: 'seed-living-well',
    dosageSource: 'nhs-back-exercises',
  },
  {
    id: 'floor-rest-breathing',
    title: 'Rest and breathe',
    summary: 'Lie down, breathe slowly and let your muscles soften. Good on a hard day.',
    category: 'relaxation',
    placement: 'floor',
    snack: false,
    staple: true,
    effort: 'gentle',
    prompts: [],
    steps: [
      {
        instruction: 'Lie on your back with your knees bent, or rest your lower legs on a chair seat.',
        seconds: 15,
        side: 'none',
        placement: 'floor',
      },
      {
        instruction:
          'Rest a hand on your belly. Breathe in slowly and let it rise. Breathe out slowly and let it fall.',
        seconds: 90,
        side: 'none',
        placement: 'floor',
        breath: 'In for a count of 4, out for a count of 5.',
      },
      {
        instruction: 'Notice your jaw, your shoulders and your back. Let each one soften as you breathe out.',
        seconds: 60,
        side: 'none',
        placement: 'floor',
      },
    ],
    cautions: [STOP_IF_WORSE, 'Get up slowly, by rolling onto your side first.'],
    source: 'seed-conservative-care',
    dosageSource: 'standard-practice',
  },
];

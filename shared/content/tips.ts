/** Short posture and daily-living tips, tagged by context so a prompt can show a fitting one. */
import type { Tip } from './schema';

export const tips: readonly Tip[] = [
  // Sitting
  {
    id: 'tip-sit-next-posture',
    text: 'Your best posture is your next one. Change position often rather than hunting for a perfect one.',
    contexts: ['sitting'],
    source: 'seed-conservative-care',
  },
  {
    id: 'tip-sit-feet-supported',
    text: 'Rest your feet flat on the floor or on a footrest.',
    contexts: ['sitting'],
    source: 'seed-living-well',
  },
  {
    id: 'tip-sit-lumbar-towel',
    text: 'A small cushion or rolled towel behind your lower back can make long sitting easier.',
    contexts: ['sitting'],
    source: 'seed-living-well',
  },
  {
    id: 'tip-sit-half-hour',
    text: 'Try not to sit for more than about 30 minutes at a time. Stand up, even briefly.',
    contexts: ['sitting'],
    source: 'brakenridge-2025',
  },
  {
    id: 'tip-sit-lean-back',
    text: 'Let the chair back take some of your weight. Leaning back is allowed.',
    contexts: ['sitting'],
    source: 'seed-living-well',
  },
  {
    id: 'tip-sit-calls-standing',
    text: 'Take phone calls standing up, or walk while you talk.',
    contexts: ['sitting', 'standing'],
    source: 'seed-conservative-care',
  },
  {
    id: 'tip-sit-long-task-snack',
    text: 'Long task ahead? Plan a one-minute movement break halfway through.',
    contexts: ['sitting', 'screen'],
    source: 'seed-living-well',
  },
  // Standing
  {
    id: 'tip-stand-shift-weight',
    text: 'When you stand, shift your weight and move your feet. Standing still for a long time tires your back too.',
    contexts: ['standing'],
    source: 'nelson-wong-2014',
  },
  {
    id: 'tip-stand-foot-up',
    text: 'Rest one foot on a low box or rail while you stand. Swap feet now and then.',
    contexts: ['standing'],
    source: 'seed-conservative-care',
  },
  {
    id: 'tip-stand-mix',
    text: 'You do not need to stand all day. Aim for a mix of sitting, standing and moving.',
    contexts: ['standing', 'sitting'],
    source: 'hedge-cornell',
  },
  {
    id: 'tip-stand-build-up',
    text: 'Build up standing time slowly. Start with about 2 hours a day across your work, then add more.',
    contexts: ['standing'],
    source: 'buckley-2015',
  },
  {
    id: 'tip-stand-walk-instead',
    text: 'Standing is a start, but moving counts more. A short walk gives your back more variety.',
    contexts: ['standing'],
    source: 'hedge-cornell',
  },
  // Lifting
  {
    id: 'tip-lift-close',
    text: 'Keep a load close to your body when you lift or carry it.',
    contexts: ['lifting'],
    source: 'seed-living-well',
  },
  {
    id: 'tip-lift-hinge-legs',
    text: 'Bend from your hips with a long back. Then let your legs drive you up.',
    contexts: ['lifting'],
    source: 'seed-living-well',
  },
  {
    id: 'tip-lift-practise-light',
    text: 'Practise lifting with light things first, like a bag of shopping on a chair.',
    contexts: ['lifting'],
    source: 'seed-conservative-care',
  },
  {
    id: 'tip-lift-rotate-duties',
    text: 'If a task repeats, swap between jobs or take short movement breaks.',
    contexts: ['lifting', 'standing'],
    source: 'seed-living-well',
  },
  {
    id: 'tip-lift-hurt-harm',
    text: 'Hurt does not always mean harm. Careful lifting is usually fine, even on a sore day.',
    contexts: ['lifting', 'stress'],
    source: 'seed-conservative-care',
  },
  // Screen
  {
    id: 'tip-screen-eye-level',
    text: 'Set the top of your screen near eye level so your head can stay balanced.',
    contexts: ['screen'],
    source: 'seed-living-well',
  },
  {
    id: 'tip-screen-laptop-raise',
    text: 'On a laptop, a stand and a separate keyboard let the screen sit higher.',
    contexts: ['screen'],
    source: 'seed-living-well',
  },
  {
    id: 'tip-screen-look-away',
    text: 'Look away from the screen during a break. Stand up, stretch, or walk to a window.',
    contexts: ['screen'],
    source: 'seed-living-well',
  },
  {
    id: 'tip-screen-batch-errands',
    text: 'Save small errands, like printing or a refill, so each one gets you up from the screen.',
    contexts: ['screen', 'sitting'],
    source: 'seed-living-well',
  },
  {
    id: 'tip-screen-reminders',
    text: 'Reminders help. People who keep them on tend to change position about twice as often.',
    contexts: ['screen', 'sitting'],
    source: 'pmc6637722-field-study',
  },
  // Sleep
  {
    id: 'tip-sleep-regular',
    text: 'Go to bed and get up at about the same times each day.',
    contexts: ['sleep'],
    source: 'seed-conservative-care',
  },
  {
    id: 'tip-sleep-wind-down',
    text: 'A short wind-down before bed, with dim lights and slow breathing, helps many people sleep.',
    contexts: ['sleep', 'stress'],
    source: 'seed-conservative-care',
  },
  {
    id: 'tip-sleep-morning-move',
    text: 'Stiff in the morning? A few minutes of gentle movement often helps you loosen up.',
    contexts: ['sleep'],
    source: 'seed-living-well',
  },
  {
    id: 'tip-sleep-protect',
    text: 'Good sleep helps with pain and energy. Protect it like any other part of your plan.',
    contexts: ['sleep'],
    source: 'seed-conservative-care',
  },
  // Stress
  {
    id: 'tip-stress-slow-breath',
    text: 'When you feel tense, slow your breathing. Long breaths out help your muscles let go.',
    contexts: ['stress'],
    source: 'seed-conservative-care',
  },
  {
    id: 'tip-stress-ups-downs',
    text: 'Expect good days and harder days. A hard day is part of the process, not a step back.',
    contexts: ['stress'],
    source: 'seed-foundations',
  },
  {
    id: 'tip-stress-small-gains',
    text: 'Notice small gains. A slightly longer walk counts.',
    contexts: ['stress'],
    source: 'seed-living-well',
  },
  {
    id: 'tip-stress-steady',
    text: 'Steady beats heroic. A little movement most days does more than a big effort now and then.',
    contexts: ['stress'],
    source: 'seed-conservative-care',
  },
  {
    id: 'tip-stress-time-goals',
    text: 'Set goals by time, such as a 12-minute walk, rather than stopping only when it hurts.',
    contexts: ['stress', 'standing'],
    source: 'seed-living-well',
  },
];

export function getTip(id: string): Tip | undefined {
  return tips.find((t) => t.id === id);
}

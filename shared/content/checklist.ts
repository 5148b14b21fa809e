/**
 * The setup checklist. Ticked item ids are stored in settings (`checklist`), so ids never change.
 * The founding text's point stands over all of it: options matter more than a perfect setup.
 */
import type { ChecklistItem } from './schema';

export const checklist: readonly ChecklistItem[] = [
  {
    id: 'check-screen-eye-level',
    group: 'screen',
    title: 'Screen near eye level',
    detail:
      'The top of your screen sits at or a little below eye level. Your head can rest balanced over your shoulders.',
    source: 'seed-living-well',
  },
  {
    id: 'check-laptop-raised',
    group: 'screen',
    title: 'Laptop raised for long spells',
    detail: 'For long spells on a laptop, raise it on a stand or books. Use a separate keyboard and mouse.',
    source: 'seed-living-well',
  },
  {
    id: 'check-feet-supported',
    group: 'chair',
    title: 'Feet supported',
    detail: 'Your feet rest flat on the floor or on a footrest.',
    source: 'seed-living-well',
  },
  {
    id: 'check-lumbar-support',
    group: 'chair',
    title: 'Lower back supported',
    detail: 'A small cushion or rolled towel supports your lower back when you sit for a long time.',
    source: 'seed-living-well',
  },
  {
    id: 'check-neutral-posture',
    group: 'chair',
    title: 'Comfortable and easy to change',
    detail: 'You sit in a relaxed, neutral way and can shift position easily. No single posture is perfect.',
    source: 'seed-living-well',
  },
  {
    id: 'check-alternate-positions',
    group: 'desk',
    title: 'A way to stand',
    detail:
      'You can swap between sitting and standing. A sit-stand desk, a high counter or a shelf all work.',
    source: 'seed-living-well',
  },
  {
    id: 'check-foot-rest-standing',
    group: 'desk',
    title: 'Somewhere to rest a foot',
    detail: 'A low box or rail lets you shift your weight while you stand.',
    source: 'seed-conservative-care',
  },
  {
    id: 'check-sit-stand-rhythm',
    group: 'habits',
    title: 'A sit-stand rhythm',
    detail: 'You follow a set rhythm, such as 30 minutes sitting, then 15 minutes standing.',
    source: 'brakenridge-2025',
  },
  {
    id: 'check-microbreaks',
    group: 'habits',
    title: 'Regular microbreaks',
    detail: 'You get up and move for a minute or two at each change of position.',
    source: 'seed-living-well',
  },
  {
    id: 'check-reminders-on',
    group: 'habits',
    title: 'Reminders on',
    detail:
      'Sitwise reminders are switched on for your working hours. Without them, old habits tend to return.',
    source: 'pmc6637722-field-study',
  },
  {
    id: 'check-movement-snacks',
    group: 'habits',
    title: 'Movement in long tasks',
    detail: 'Long tasks have short movement breaks built in. Standing alone is not enough; moving matters.',
    source: 'hedge-cornell',
  },
  {
    id: 'check-task-batching',
    group: 'habits',
    title: 'Tasks batched',
    detail: 'Small errands are grouped so each one gets you up: printing, refills, a walk to a colleague.',
    source: 'seed-living-well',
  },
  {
    id: 'check-task-rotation',
    group: 'habits',
    title: 'Duties rotated',
    detail: 'Repetitive tasks are mixed with different ones, so the same muscles are not doing all the work.',
    source: 'seed-living-well',
  },
  {
    id: 'check-standing-goal',
    group: 'habits',
    title: 'A daily standing goal',
    detail:
      'You aim for about 2 hours of standing and light activity across the working day. Over time, build toward 4.',
    source: 'buckley-2015',
  },
  {
    id: 'check-lift-load-close',
    group: 'lifting',
    title: 'Load close',
    detail: 'When you lift or carry, hold the load close to your body.',
    source: 'seed-living-well',
  },
  {
    id: 'check-lift-hinge',
    group: 'lifting',
    title: 'Hinge at the hips',
    detail: 'Bend from your hips with a long back, rather than rounding over the load.',
    source: 'seed-living-well',
  },
  {
    id: 'check-lift-legs-drive',
    group: 'lifting',
    title: 'Legs drive the rise',
    detail: 'Push through your legs to stand up with the load.',
    source: 'seed-living-well',
  },
];

export function getChecklistItem(id: string): ChecklistItem | undefined {
  return checklist.find((c) => c.id === id);
}

/**
 * Warning signs, the disclaimer and the flare-up plan. Warning signs are written as what a person notices
 * plus what to do, never as the name of a condition. Urgent means go now; same-day means contact a doctor
 * today. The split follows the team's domain notes; the signs themselves are the founding text's list.
 */
import type { RedFlag, RedFlagLevel, SafetyText } from './schema';

export const URGENT_ACTION = 'Call your emergency number or go to an emergency department (A&E) now.';
export const SAME_DAY_ACTION =
  'Contact a doctor (GP) today. If you cannot reach one, call a health advice line.';

export const redFlags: readonly RedFlag[] = [
  {
    id: 'rf-saddle-numbness',
    level: 'urgent',
    symptom: 'Numbness in your buttocks, inner thighs, groin or genitals.',
    question: 'Have you had new numbness in your buttocks, inner thighs, groin or genitals?',
    action: URGENT_ACTION,
    source: 'seed-red-flags',
  },
  {
    id: 'rf-bladder-bowel',
    level: 'urgent',
    symptom: 'A new change in how you control your bladder, or you cannot control your bowels.',
    question: 'Have you noticed a new change in controlling your bladder or bowels?',
    action: URGENT_ACTION,
    source: 'seed-red-flags',
  },
  {
    id: 'rf-leg-weakness',
    level: 'urgent',
    symptom:
      'Weakness in one or both legs that is severe or getting worse, or numbness that keeps spreading.',
    question: 'Do you have severe or worsening weakness in your legs, or numbness that is spreading?',
    action: URGENT_ACTION,
    source: 'seed-red-flags',
  },
  {
    id: 'rf-fever-unwell',
    level: 'same-day',
    symptom: 'A fever, or feeling generally unwell, along with your back pain.',
    question: 'Do you have a fever, or feel generally unwell, along with your back pain?',
    action: SAME_DAY_ACTION,
    source: 'seed-red-flags',
  },
  {
    id: 'rf-recent-trauma',
    level: 'same-day',
    symptom: 'Back pain that started after a hard fall, a crash or a heavy blow.',
    question: 'Did your back pain start after a hard fall, a crash or a heavy blow?',
    action: SAME_DAY_ACTION,
    source: 'seed-red-flags',
  },
  {
    // "had cancer before" is the one phrase with a condition word that the wording lint allows: it asks
    // about history (a risk factor in the sources), it does not guess what someone has. Asked together
    // with "not yet talked to a doctor" so the weekly check-in does not flag the same history every week.
    id: 'rf-past-cancer',
    level: 'same-day',
    symptom: 'Back pain, and you have had cancer before.',
    question: 'Have you had cancer before, and not yet talked to a doctor about this back pain?',
    action: SAME_DAY_ACTION,
    source: 'seed-red-flags',
  },
  {
    id: 'rf-weight-loss',
    level: 'same-day',
    symptom: 'Losing weight without trying.',
    question: 'Have you been losing weight without trying?',
    action: SAME_DAY_ACTION,
    source: 'seed-red-flags',
  },
  {
    id: 'rf-night-pain',
    level: 'same-day',
    symptom: 'Severe pain that does not ease with rest, especially at night.',
    question: 'Is your pain severe, not eased by rest, and worse at night?',
    action: SAME_DAY_ACTION,
    source: 'seed-red-flags',
  },
];

export function redFlagsBy(level: RedFlagLevel): RedFlag[] {
  return redFlags.filter((f) => f.level === level);
}

export const safetyTexts: readonly SafetyText[] = [
  {
    id: 'safety-disclaimer',
    kind: 'disclaimer',
    title: 'Before you start',
    body: [
      'Sitwise helps you build movement habits. It is not a medical device and does not replace a clinician.',
      'Check with a clinician before you start a new exercise routine. This matters most if your pain is new or has changed.',
      'Stop any movement that makes your symptoms worse.',
      'Sitwise cannot tell what is causing your pain. If a warning sign applies, do what the list of warning signs says beside it.',
    ],
    source: 'seed-conservative-care',
  },
  {
    id: 'safety-urgent-care',
    kind: 'urgent-care',
    title: 'Get help now',
    body: [
      'If you notice any of these signs, call your emergency number or go to an emergency department (A&E) now.',
      'Do not wait for your next appointment.',
    ],
    source: 'seed-red-flags',
  },
  {
    id: 'safety-same-day-care',
    kind: 'same-day-care',
    title: 'Contact a doctor today',
    body: [
      'If you notice any of these signs, contact a doctor (GP) today.',
      'If you cannot reach one, call a health advice line.',
    ],
    source: 'seed-red-flags',
  },
  {
    id: 'safety-flare-plan',
    kind: 'flare-plan',
    title: 'Flare-up plan',
    body: [
      'A flare-up is a spell when pain spikes. Flare-ups are common, and they usually settle.',
      'Some soreness after activity is normal and often fades within half an hour. Hurt does not always mean harm.',
    ],
    steps: [
      'Ease off, but keep moving. Lower today’s goals rather than stopping everything.',
      'Keep doing your 2 or 3 staple exercises, even if you do fewer of them.',
      'Heat may help tight muscles relax. A cold pack may dull sharp pain.',
      'Keep your usual sleep and wind-down routine.',
      'Once things settle, step back up to your usual goals over a few days.',
      'Check the warning signs. If any apply, do what the list says beside them.',
    ],
    source: 'seed-living-well',
  },
  {
    id: 'safety-seek-care',
    kind: 'seek-care',
    title: 'When to see a clinician',
    body: [
      'See a clinician if pain stops you doing basic daily things.',
      'See one too if you have stopped making progress, even with steady work on your plan.',
      'Group classes or a block of guided sessions help many people build skill and keep going.',
    ],
    source: 'seed-living-well',
  },
];

export function getSafetyText(kind: SafetyText['kind']): SafetyText | undefined {
  return safetyTexts.find((t) => t.kind === kind);
}

/** First run: what Sitwise does, a schedule, working hours, and the safety information. */
export const onboarding = {
  title: 'Welcome to Sitwise',
  stepOf: 'Step {n} of {total}',
  stepsLabel: 'Setup steps',
  steps: ['Welcome', 'Your desk', 'Your hours', 'Safety'],
  welcome: {
    heading: 'What Sitwise does',
    points: [
      'Measures how long you really sit, from your keyboard and mouse use.',
      'Prompts you to change position and take short movement snacks.',
      'Guides short routines for the desk, standing and the floor.',
      'Keeps a simple history, a pacing log and a weekly check-in.',
      'Keeps everything on this computer. No account, no server.',
    ],
    note: 'You can change every choice later in Settings.',
  },
  desk: {
    heading: 'Do you have a standing desk?',
    help: 'Pick the schedule that fits your desk.',
    options: {
      'back-friendly': {
        label: 'Yes: back-friendly 30:15',
        help: 'Sit 30 min, stand 15 min, move 1–2 min at each change. Studied with desk workers with recent back pain.',
      },
      cornell: { label: 'Yes: shorter cycles, 20-8-2', help: 'Sit 20 min, stand 8 min, move 2 min.' },
      'no-standing-desk': { label: 'No standing desk', help: 'Sit 30 min, then a 2-minute movement snack.' },
    },
  },
  hours: {
    heading: 'When do you work?',
    help: 'Sitwise keeps counting all day, but only prompts during working hours if you turn this on.',
    enabled: 'Only prompt during working hours',
    startAtLogin: 'Start Sitwise when I log in',
  },
  safety: {
    heading: 'Safety first',
    intro: 'Please read this before you start. It is always one click away under Safety.',
    ack: 'I have read the safety information',
    ackNeeded: 'Please confirm you have read the safety information.',
  },
  back: 'Back',
  next: 'Next',
  finish: 'Start using Sitwise',
  saving: 'Saving your choices…',
  backToSetup: 'Back to setup',
} as const;

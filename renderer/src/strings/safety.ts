/** The Safety screen and the safety parts of onboarding. */
export const safetyText = {
  title: 'Safety',
  intro: 'Sitwise supports movement habits. It does not replace a clinician.',
  urgentTitle: 'Get help now',
  sameDayTitle: 'Contact a doctor today',
  whatToDo: 'What to do',
  flareTitle: 'If your back flares up',
  seekTitle: 'When to see a clinician',
  disclaimerTitle: 'Before you start',
  tray: 'You can open this page at any time from the tray menu: “Safety and warning signs”.',
} as const;

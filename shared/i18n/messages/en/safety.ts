/** The safety area of the English catalogue. */
export const safetyMessages = {
  'safety.title': 'Safety',
  'safety.intro': 'Sitwise supports movement habits. It does not replace a clinician.',
  'safety.urgentTitle': 'Get help now',
  'safety.sameDayTitle': 'Contact a doctor today',
  'safety.tray': 'You can open this page at any time from the tray menu: “Safety and warning signs”.',
} as const;

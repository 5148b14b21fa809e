/** French: the reminder area, translated from ../en/reminder.ts. */
import type { Translation } from '../en';
import type { reminderMessages as source } from '../en/reminder';

export const reminderMessages = {
  'reminder.endOfDay.title': 'Votre journée avec Sitwise',
  'reminder.endOfDay.body':
    'Assis {sitting} · plus longue période {longest} · {changes, plural, one {# changement de position} many {# changements de position} other {# changements de position}} · {followed, plural, one {# rappel suivi} many {# rappels suivis} other {# rappels suivis}}',
  'reminder.checkIn.title': 'Bilan hebdomadaire',
  'reminder.checkIn.body': 'Deux minutes pour revenir sur votre semaine et donner le rythme de la suivante.',
  'reminder.windDown.title': 'Un moment pour décompresser',
  'reminder.windDown.body':
    'Deux minutes de respiration abdominale lente peuvent vous aider à vous détendre avant la nuit. Elle se trouve dans Routines.',
} as const satisfies Translation<typeof source>;

/** French: the reminder area, translated from ../en/reminder.ts. */
import type { Translation } from '../en';
import type { reminderMessages as source } from '../en/reminder';

export const reminderMessages = {
  'reminder.endOfDay.title': 'Votre journée avec Sitwise',
  'reminder.endOfDay.body':
    'Temps assis {sitting} · plus longue période {longest} · {changes, plural, one {# changement de position} many {# changements de position} other {# changements de position}} · {followed, plural, one {# rappel suivi} many {# rappels suivis} other {# rappels suivis}}',
  'reminder.checkIn.title': 'Bilan hebdomadaire',
  'reminder.checkIn.body': 'Deux minutes pour revenir sur votre semaine et donner le rythme de la suivante.',
  'reminder.windDown.title': 'Un moment pour décompresser',
  'reminder.windDown.body':
    'Deux minutes de respiration abdominale lente peuvent vous aider à vous détendre avant la nuit. Elle se trouve dans Routines.',
  'reminder.headsUp.title':
    '{kind, select, stand {Dans une minute : se lever} sit {Dans une minute : s’asseoir} move {Dans une minute : une pause active} shift {Dans une minute : changer de position} other {Dans une minute : une pause dans le temps assis}}',
  'reminder.headsUp.body': 'Un préavis pour finir ce que vous faites ; le rappel suit.',
  'reminder.welcomeBack.title': 'Bon retour : en position assise ou debout ?',
  'reminder.welcomeBack.body':
    '{posture, select, sitting {Sitwise vous compte en position assise jusqu’à ce que vous l’indiquiez.} standing {Sitwise vous compte debout jusqu’à ce que vous l’indiquiez.} other {Sitwise vous compte en mouvement jusqu’à ce que vous l’indiquiez.}}',
} as const satisfies Translation<typeof source>;

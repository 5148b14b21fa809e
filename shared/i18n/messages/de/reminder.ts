/** German: the reminder area, translated from ../en/reminder.ts. */
import type { Translation } from '../en';
import type { reminderMessages as source } from '../en/reminder';

export const reminderMessages = {
  'reminder.endOfDay.title': 'Dein Tag mit Sitwise',
  'reminder.endOfDay.body':
    'Sitzen {sitting} · längste Sitzphase {longest} · {changes, plural, one {# Positionswechsel} other {# Positionswechsel}} · {followed, plural, one {# Erinnerung befolgt} other {# Erinnerungen befolgt}}',
  'reminder.checkIn.title': 'Wöchentlicher Check-in',
  'reminder.checkIn.body':
    'Zwei Minuten, um auf deine Woche zurückzublicken und das Tempo für die nächste festzulegen.',
  'reminder.windDown.title': 'Zeit zum Ausklingen',
  'reminder.windDown.body':
    'Zwei Minuten langsame Bauchatmung können dir helfen, für die Nacht zur Ruhe zu kommen. Du findest sie unter Übungen.',
} as const satisfies Translation<typeof source>;

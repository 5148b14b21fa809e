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
  'reminder.headsUp.title':
    '{kind, select, stand {In einer Minute: aufstehen} sit {In einer Minute: hinsetzen} move {In einer Minute: ein Bewegungssnack} shift {In einer Minute: Position wechseln} other {In einer Minute: eine Pause vom Sitzen}}',
  'reminder.headsUp.body': 'Eine Vorwarnung, damit du zum Ende kommen kannst; die Erinnerung folgt.',
  'reminder.welcomeBack.title': 'Willkommen zurück – sitzt oder stehst du?',
  'reminder.welcomeBack.body':
    '{posture, select, sitting {Sitwise zählt dich als sitzend, bis du es sagst.} standing {Sitwise zählt dich als stehend, bis du es sagst.} other {Sitwise zählt dich als in Bewegung, bis du es sagst.}}',
} as const satisfies Translation<typeof source>;

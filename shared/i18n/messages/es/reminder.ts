/** Spanish: the reminder area, translated from ../en/reminder.ts. */
import type { Translation } from '../en';
import type { reminderMessages as source } from '../en/reminder';

export const reminderMessages = {
  'reminder.endOfDay.title': 'Tu día con Sitwise',
  'reminder.endOfDay.body':
    'Sentado {sitting} · periodo más largo {longest} · {changes, plural, one {# cambio de posición} other {# cambios de posición}} · {followed, plural, one {# aviso seguido} other {# avisos seguidos}}',
  'reminder.checkIn.title': 'Revisión semanal',
  'reminder.checkIn.body': 'Dos minutos para repasar tu semana y marcar el ritmo de la siguiente.',
  'reminder.windDown.title': 'Hora de desconectar',
  'reminder.windDown.body':
    'Dos minutos de respiración abdominal lenta pueden ayudarte a relajarte para la noche. Está en Rutinas.',
} as const satisfies Translation<typeof source>;

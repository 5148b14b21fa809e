/** Spanish: the reminder area, translated from ../en/reminder.ts. */
import type { Translation } from '../en';
import type { reminderMessages as source } from '../en/reminder';

export const reminderMessages = {
  'reminder.endOfDay.title': 'Tu día con Sitwise',
  'reminder.endOfDay.body':
    'Tiempo sentado {sitting} · periodo más largo {longest} · {changes, plural, one {# cambio de posición} other {# cambios de posición}} · {followed, plural, one {# aviso seguido} other {# avisos seguidos}}',
  'reminder.checkIn.title': 'Revisión semanal',
  'reminder.checkIn.body': 'Dos minutos para repasar tu semana y marcar el ritmo de la siguiente.',
  'reminder.windDown.title': 'Hora de desconectar',
  'reminder.windDown.body':
    'Dos minutos de respiración abdominal lenta pueden ayudarte a relajarte para la noche. Está en Rutinas.',
  'reminder.headsUp.title':
    '{kind, select, stand {En un minuto: ponerte de pie} sit {En un minuto: sentarte} move {En un minuto: una pausa activa} shift {En un minuto: cambiar de posición} other {En un minuto: un descanso del tiempo sentado}}',
  'reminder.headsUp.body': 'Un aviso previo para que termines lo que estás haciendo; el aviso llega después.',
  'reminder.welcomeBack.title': 'Hola de nuevo: ¿estás en posición sentada o de pie?',
  'reminder.welcomeBack.body':
    '{posture, select, sitting {Sitwise te cuenta en posición sentada hasta que lo indiques.} standing {Sitwise te cuenta de pie hasta que lo indiques.} other {Sitwise te cuenta en movimiento hasta que lo indiques.}}',
} as const satisfies Translation<typeof source>;

/** Spanish: the safety area, translated from ../en/safety.ts. */
import type { Translation } from '../en';
import type { safetyMessages as source } from '../en/safety';

export const safetyMessages = {
  'safety.title': 'Seguridad',
  'safety.intro': 'Sitwise apoya hábitos de movimiento. No sustituye a un profesional sanitario.',
  'safety.urgentTitle': 'Busca ayuda ahora',
  'safety.sameDayTitle': 'Contacta hoy con un médico',
  'safety.tray':
    'Puedes abrir esta página en cualquier momento desde el menú de la bandeja: «Seguridad y señales de alarma».',
} as const satisfies Translation<typeof source>;

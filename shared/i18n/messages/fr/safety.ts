/** French: the safety area, translated from ../en/safety.ts. */
import type { Translation } from '../en';
import type { safetyMessages as source } from '../en/safety';

export const safetyMessages = {
  'safety.title': 'Sécurité',
  'safety.intro':
    'Sitwise accompagne des habitudes de mouvement. Il ne remplace pas un professionnel de santé.',
  'safety.urgentTitle': 'Demander de l’aide maintenant',
  'safety.sameDayTitle': 'Contacter un médecin aujourd’hui',
  'safety.tray':
    'Vous pouvez ouvrir cette page à tout moment depuis le menu de la zone de notification : « Sécurité et signes d’alerte ».',
} as const satisfies Translation<typeof source>;

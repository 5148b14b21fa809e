/** German: the safety area, translated from ../en/safety.ts. */
import type { Translation } from '../en';
import type { safetyMessages as source } from '../en/safety';

export const safetyMessages = {
  'safety.title': 'Sicherheit',
  'safety.intro': 'Sitwise unterstützt Bewegungsgewohnheiten. Es ersetzt keine Ärztin und keinen Arzt.',
  'safety.urgentTitle': 'Jetzt Hilfe holen',
  'safety.sameDayTitle': 'Heute eine Ärztin oder einen Arzt kontaktieren',
  'safety.tray':
    'Du kannst diese Seite jederzeit über das Menü im Infobereich öffnen: „Sicherheit und Warnzeichen“.',
} as const satisfies Translation<typeof source>;

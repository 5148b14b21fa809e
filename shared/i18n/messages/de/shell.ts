/** German: the shell area, translated from ../en/shell.ts. */
import type { Translation } from '../en';
import type { shellMessages as source } from '../en/shell';

export const shellMessages = {
  'shell.skipToContent': 'Zum Inhalt springen',
  'shell.navLabel': 'Hauptmenü',
  'shell.nav.today': 'Heute',
  'shell.nav.history': 'Verlauf',
  'shell.nav.routines': 'Übungen',
  'shell.nav.pacing': 'Pacing',
  'shell.nav.checkin': 'Check-in',
  'shell.nav.plan': 'Mein Plan',
  'shell.nav.report': 'Bericht',
  'shell.nav.tips': 'Tipps & Einrichtung',
  'shell.nav.safety': 'Sicherheit',
  'shell.nav.settings': 'Einstellungen',
  'shell.pageTitle': '{screen} – Sitwise',
  'shell.status.loading': 'Dein Status wird geprüft …',
  'shell.status.current': '{posture} seit {duration}',
  'shell.status.away': 'Nicht am Schreibtisch',
  'shell.status.paused': 'Erinnerungen pausiert bis {time}',
  'shell.status.outsideHours': 'Außerhalb der Arbeitszeit',
  'shell.status.snack': 'Bewegungssnack läuft',
  'shell.noticesLabel': 'Hinweise',
  'shell.dismiss': 'Schließen',
  'shell.settingsLoadError': 'Sitwise konnte seine Einstellungen nicht lesen.',
} as const satisfies Translation<typeof source>;

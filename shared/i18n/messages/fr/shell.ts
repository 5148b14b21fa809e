/** French: the shell area, translated from ../en/shell.ts. */
import type { Translation } from '../en';
import type { shellMessages as source } from '../en/shell';

export const shellMessages = {
  'shell.skipToContent': 'Aller au contenu',
  'shell.navLabel': 'Principal',
  'shell.nav.today': 'Aujourd’hui',
  'shell.nav.history': 'Historique',
  'shell.nav.routines': 'Routines',
  'shell.nav.pacing': 'Progression',
  'shell.nav.checkin': 'Bilan',
  'shell.nav.plan': 'Mon plan',
  'shell.nav.report': 'Rapport',
  'shell.nav.tips': 'Conseils et poste',
  'shell.nav.safety': 'Sécurité',
  'shell.nav.settings': 'Paramètres',
  'shell.pageTitle': '{screen} — Sitwise',
  'shell.status.loading': 'Vérification de votre état…',
  'shell.status.current': '{posture} depuis {duration}',
  'shell.status.away': 'Loin du bureau',
  'shell.status.paused': 'Rappels en pause jusqu’à {time}',
  'shell.status.outsideHours': 'En dehors des heures de travail',
  'shell.status.snack': 'Pause active en cours',
  'shell.noticesLabel': 'Messages',
  'shell.dismiss': 'Fermer',
  'shell.settingsLoadError': 'Sitwise n’a pas pu lire ses paramètres.',
} as const satisfies Translation<typeof source>;

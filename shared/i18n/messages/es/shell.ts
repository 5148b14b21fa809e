/** Spanish: the shell area, translated from ../en/shell.ts. */
import type { Translation } from '../en';
import type { shellMessages as source } from '../en/shell';

export const shellMessages = {
  'shell.skipToContent': 'Saltar al contenido',
  'shell.navLabel': 'Principal',
  'shell.nav.today': 'Hoy',
  'shell.nav.history': 'Historial',
  'shell.nav.routines': 'Rutinas',
  'shell.nav.pacing': 'Progresión',
  'shell.nav.checkin': 'Revisión semanal',
  'shell.nav.plan': 'Mi plan',
  'shell.nav.report': 'Informe',
  'shell.nav.tips': 'Consejos y puesto',
  'shell.nav.safety': 'Seguridad',
  'shell.nav.settings': 'Ajustes',
  'shell.pageTitle': '{screen} — Sitwise',
  'shell.status.loading': 'Comprobando tu estado…',
  'shell.status.current': '{posture} desde hace {duration}',
  'shell.status.away': 'Fuera del escritorio',
  'shell.status.paused': 'Avisos en pausa hasta las {time}',
  'shell.status.outsideHours': 'Fuera del horario laboral',
  'shell.status.snack': 'Pausa activa en curso',
  'shell.noticesLabel': 'Avisos',
  'shell.dismiss': 'Cerrar',
  'shell.settingsLoadError': 'Sitwise no ha podido leer sus ajustes.',
} as const satisfies Translation<typeof source>;

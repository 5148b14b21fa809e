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
  'shell.notice.saveFailed':
    'Sitwise no puede guardar en {folder}: {why}. {dropped, plural, =0 {Lo que registra espera y se escribirá cuando se pueda escribir en la carpeta.} one {Lo que registra espera; # evento registrado no se pudo conservar durante la espera.} other {Lo que registra espera; # eventos registrados no se pudieron conservar durante la espera.}}',
  'shell.notice.saveWorksAgain':
    'Sitwise ya puede guardar en {folder}; lo registrado mientras tanto se ha escrito.',
  'shell.notice.cannotSaveAtStart':
    'Sitwise no puede guardar en {folder}: {why}. Sigue contando el tiempo, pero no registra nada hasta que se pueda escribir en la carpeta.',
  'shell.notice.syncFailed':
    'Sitwise no puede guardar en {folder}: {why}. Ocurrió al escribir el registro en el disco; Sitwise lo vuelve a intentar.',
  'shell.notice.journalUnreadable':
    'No se pudo leer tu registro de tiempo sentado y de pie de {month} ({why}); sus días quedan fuera hasta que se pueda leer.',
  'shell.notice.journalQuarantined':
    '{lines, plural, one {Se apartó # línea dañada de tu registro de tiempo sentado y de pie de {month}; el resto del mes se ha cargado.} other {Se apartaron # líneas dañadas de tu registro de tiempo sentado y de pie de {month}; el resto del mes se ha cargado.}}',
  'shell.notice.journalQuarantineFailed':
    '{lines, plural, one {No se pudo apartar # línea dañada de tu registro de tiempo sentado y de pie de {month} ({why}); sigue en el archivo y el resto del mes se ha cargado.} other {No se pudieron apartar # líneas dañadas de tu registro de tiempo sentado y de pie de {month} ({why}); siguen en el archivo y el resto del mes se ha cargado.}}',
  'shell.notice.journalNewer':
    '{unreadable, plural, =0 {Tu registro de tiempo sentado y de pie de {month} lo escribió una versión más reciente de Sitwise; esta versión lo muestra, pero no le añade nada.} one {Tu registro de tiempo sentado y de pie de {month} lo escribió una versión más reciente de Sitwise; esta versión lo muestra, pero no le añade nada. Se omitió # línea que no puede leer.} other {Tu registro de tiempo sentado y de pie de {month} lo escribió una versión más reciente de Sitwise; esta versión lo muestra, pero no le añade nada. Se omitieron # líneas que no puede leer.}}',
  'shell.notice.pacingQuarantined':
    '{lines, plural, one {Se apartó # línea dañada del registro de progresión de {month}; el resto se ha cargado.} other {Se apartaron # líneas dañadas del registro de progresión de {month}; el resto se ha cargado.}}',
  'shell.notice.pacingUnreadable':
    'No se pudo leer el registro de progresión ({why}); queda fuera hasta que se pueda leer.',
  'shell.notice.pacingMonthUnreadable':
    'No se pudo leer el registro de progresión de {month} ({why}); queda fuera hasta que se pueda leer.',
  'shell.notice.routinesSetAside':
    'No se pudo leer tu archivo de rutinas, así que se guardó aparte como {file}. Sitwise empieza sin rutinas tuyas.',
  'shell.notice.planDamaged':
    'No se pudo leer el plan guardado; se apartó como {file} y Mi plan empieza vacío.',
  'shell.notice.idleUnavailable':
    'Este ordenador no informa del tiempo de inactividad, así que Sitwise no puede notar las pausas por sí solo. Dile cuándo te pones de pie, te sientas o te alejas y contará a partir de tus respuestas.',
  'shell.notice.settings.cause':
    '{cause, select, unreadable {No se pudo leer el archivo de ajustes, así que Sitwise usa sus ajustes predeterminados.} damaged {El archivo de ajustes está dañado, así que Sitwise usa sus ajustes predeterminados.} notUpgradable {No se pudo actualizar el archivo de ajustes, así que Sitwise usa sus ajustes predeterminados.} newer {Los ajustes los guardó una versión más reciente de Sitwise; se han mantenido los valores que entiende esta versión.} invalid {Algunos ajustes no eran válidos y han vuelto a sus valores predeterminados.} other {El archivo de ajustes necesitaba una actualización.}}',
  'shell.notice.settings.reset': 'Han vuelto a sus valores predeterminados: {names}.',
  'shell.notice.settings.fault':
    '{step, select, read {Falló la lectura: {why}.} setAside {No se pudo apartar el archivo ({why}), así que se queda como está y los cambios no se guardan hasta que se pueda.} rewrite {No se pudieron escribir los ajustes reparados ({why}).} other {No se pudieron abrir los ajustes para guardarlos ({why}); los cambios no se guardan.}}',
  'shell.notice.settings.backup': 'El archivo anterior se guardó como {file}.',
} as const satisfies Translation<typeof source>;

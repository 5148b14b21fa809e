/** Spanish: the refusal area, translated from ../en/refusal.ts. */
import type { Translation } from '../en';
import type { refusalMessages as source } from '../en/refusal';

export const refusalMessages = {
  'refusal.goalMeasured':
    'Este objetivo se mide a partir de tu tiempo sentado y de pie; no hay sesiones que anotar.',
  'refusal.goalKindFixed': 'El tipo de objetivo no puede cambiar. Crea un objetivo nuevo.',
  'refusal.baselineTooHigh': 'El nivel inicial puede ser como mucho {max, number}.',
  'refusal.goalHasSessions':
    '{sessions, plural, one {«{name}» tiene # sesión anotada.} other {«{name}» tiene # sesiones anotadas.}} Al eliminarlo se borran el objetivo y su plan; las sesiones siguen en tu historial y en las exportaciones. Confirma para eliminarlo.',
  'refusal.goalDeleted': 'El objetivo «{name}» se eliminó el {date}.',
  'refusal.goalMissing': 'Ese objetivo no existe.',
  'refusal.stepTooLarge':
    '{unit, select, min {Un paso semanal de {step, number} min es demasiado grande para este objetivo.} other {Un paso semanal de {step, number} es demasiado grande para este objetivo.}}',
  'refusal.holdWeekNotMonday': 'Una semana de mantenimiento se indica por su lunes.',
  'refusal.holdWeekPast': 'Una semana pasada no puede ser de mantenimiento.',
  'refusal.sessionInFuture': 'El {date} está en el futuro. Anota sesiones de hoy o anteriores.',
  'refusal.sessionTooOld': 'Las sesiones se pueden anotar hasta {days, number} días atrás.',
  'refusal.flareAlreadyOn': 'El modo crisis ya está activo (desde el {since}).',
  'refusal.flareNotOn': 'El modo crisis no está activo.',
  'refusal.noPlateauNote': 'No hay nota de estancamiento para esa semana.',
  'refusal.checkinDone': 'La revisión de esta semana ya se guardó el {date}. La siguiente se abre el {next}.',
  'refusal.routineGone': 'Esta rutina ya no existe. Puede que se haya eliminado.',
  'refusal.tooManyRoutines': 'Puedes tener hasta {max, number} rutinas propias.',
  'refusal.fsReason':
    '{errno, select, UNKNOWN {ha ocurrido algo inesperado} EACCES {permiso denegado} EPERM {el sistema no lo permite} ENOSPC {el disco está lleno} EDQUOT {se ha agotado la cuota de disco} EIO {el disco ha dado un error de lectura o escritura} EROFS {la carpeta es de solo lectura} EISDIR {hay una carpeta donde debería haber un archivo} ENOTDIR {hay un archivo donde debería haber una carpeta} ENOENT {falta un archivo o una carpeta} EMFILE {hay demasiados archivos abiertos} ENAMETOOLONG {un nombre de archivo es demasiado largo} EBUSY {el archivo está en uso} other {el sistema ha dado el error {errno}}}',
  'refusal.cannotSave': 'Sitwise no puede guardar en {folder}: {why}. No se ha cambiado nada.',
  'refusal.savesWaiting':
    'Sitwise no puede guardar en {folder}: {why}. {dropped, plural, =0 {Esto no se ha guardado; lo registrado mientras tanto espera y se escribirá cuando se pueda escribir en la carpeta.} one {Esto no se ha guardado y # evento registrado no se pudo conservar durante la espera.} other {Esto no se ha guardado y # eventos registrados no se pudieron conservar durante la espera.}}',
  'refusal.cannotDelete': 'Sitwise no puede borrar todos los datos de {folder}: {why}.',
  'refusal.importPartlyWritten':
    'Sitwise no puede guardar en {folder}: {why}. Puede que parte de la importación ya se haya escrito; borra todos los datos e importa de nuevo cuando se pueda escribir en la carpeta.',
  'refusal.importNotJson': 'Este archivo no es una exportación de Sitwise (no es JSON válido).',
  'refusal.importNotExport': 'Este archivo no es una exportación de Sitwise.',
  'refusal.importNewer':
    'Esta exportación la hizo una versión más reciente de Sitwise. Actualiza Sitwise y luego impórtala.',
  'refusal.importNotEmpty':
    'Solo se puede importar en una carpeta de datos vacía, y esta ya tiene datos. Expórtalos primero si quieres conservarlos; luego borra todos los datos e importa de nuevo.',
  'refusal.importDamaged':
    '{section, select, settings {Los ajustes de este archivo no se pueden usar.} journal {El registro de tiempo sentado y de pie de este archivo no se puede usar.} pacing {El registro de progresión de este archivo no se puede usar.} routines {Las rutinas de este archivo no se pueden usar.} plan {El plan de este archivo no se puede usar.} other {Una parte de este archivo no se puede usar.}} Puede que esté dañado o editado a mano; no se ha importado nada.',
  'refusal.routineFileBad':
    '{problem, select, tooLarge {Este archivo es demasiado grande para ser un archivo de rutina.} notJson {No es un archivo de rutina: no es JSON.} notRoutine {No es un archivo de rutina de Sitwise.} newer {Esta rutina se guardó con una versión más reciente de Sitwise. Actualiza Sitwise para abrirla.} other {Este archivo de rutina tiene un problema: un paso o un valor no es válido.}}',
} as const satisfies Translation<typeof source>;

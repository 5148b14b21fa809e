/** Español. Tratamiento: «tú». Sin marcas de género para la persona («Llevas un rato sin levantarte»). */
import type { Translation } from '../en';
import type { coreMessages as source } from '../en/core';

export const coreMessages = {
  'prompt.stand.title': 'Hora de ponerte de pie',
  'prompt.stand.body': 'Llevas un rato sin levantarte. Un cambio de postura ayuda.',
  'prompt.sit.title': 'Hora de sentarte',
  'prompt.sit.body': 'Llevas un rato de pie. Sentarte ahora es un buen cambio.',
  'prompt.move.title': 'Hora de una pausa activa',
  'prompt.move.body': 'Uno o dos minutos de movimiento suave rompen el tiempo sentado.',
  'prompt.shift.title': 'Hora de cambiar de postura',
  'prompt.shift.body':
    'Estar de pie sin moverse cansa. Pasa el peso de un pie a otro, da unos pasos o siéntate.',
  'prompt.escalate.title': 'Un rato largo sin levantarte',
  'prompt.escalate.body': 'Llevas más de una hora sin levantarte. Ponte de pie o muévete cuando puedas.',
  'prompt.action.standing': 'Ya estoy de pie',
  'prompt.action.sitting': 'Me he sentado',
  'prompt.action.start': 'Empezar',
  'prompt.action.snooze': 'Posponer {minutes, number} min',
  'prompt.action.skip': 'Omitir',

  'tray.tooltip': 'Sitwise: {status}',
  'tray.status.paused': 'En pausa hasta {until, time, short}',
  'tray.status.snack': 'Pausa activa en curso',
  'tray.status.away':
    '{reason, select, lock {Ausente · pantalla bloqueada} suspend {Ausente · en reposo} other {Ausente}}',
  'tray.status.outsideHours':
    '{posture, select, sitting {Tiempo sentado} standing {De pie} other {En movimiento}} · fuera del horario laboral',
  'tray.status.bout':
    '{posture, select, sitting {Tiempo sentado} standing {De pie} other {En movimiento}} {duration}',
  'tray.status.boutNext':
    '{posture, select, sitting {Tiempo sentado} standing {De pie} other {En movimiento}} {duration} · siguiente: {next, select, stand {ponerte de pie} sit {sentarte} shift {cambiar de postura} other {moverte}} en {wait}',
  'tray.menu.snackNow': 'Pausa activa ahora',
  'tray.menu.pause': 'Pausar',
  'tray.menu.pauseMinutes': '{minutes, number} min',
  'tray.menu.pauseHours': '{hours, plural, one {# hora} other {# horas}}',
  'tray.menu.pauseTomorrow': 'El resto del día',
  'tray.menu.resume': 'Reanudar',
  'tray.menu.flareOn': 'Modo crisis de dolor: objetivos más suaves',
  'tray.menu.flareOff': 'Salir del modo crisis de dolor',
  'tray.menu.today': 'Resumen de hoy',
  'tray.menu.open': 'Abrir Sitwise',
  'tray.menu.quit': 'Salir de Sitwise',

  'unit.minutes': '{minutes, number} min',
  'unit.hours': '{hours, number} h',
  'unit.hoursMinutes': '{hours, number} h {minutes, number} min',

  'error.required': 'Este dato es necesario.',
  'error.wrongType': 'Este valor no es del tipo correcto.',
  'error.tooSmallNumber':
    '{inclusive, select, true {Usa {minimum, number} o más.} other {Usa más de {minimum, number}.}}',
  'error.tooBigNumber':
    '{inclusive, select, true {Usa {maximum, number} o menos.} other {Usa menos de {maximum, number}.}}',
  'error.tooShortText':
    '{minimum, plural, one {Escribe al menos # carácter.} other {Escribe al menos # caracteres.}}',
  'error.tooLongText':
    '{maximum, plural, one {Usa como máximo # carácter.} other {Usa como máximo # caracteres.}}',
  'error.tooFewItems':
    '{minimum, plural, one {Elige al menos # elemento.} other {Elige al menos # elementos.}}',
  'error.tooManyItems':
    '{maximum, plural, one {Elige como máximo # elemento.} other {Elige como máximo # elementos.}}',
  'error.notWholeNumber': 'Usa un número entero.',
  'error.notMultiple': 'Usa un múltiplo de {step, number}.',
  'error.invalidTime': 'Escribe la hora como HH:MM, de 00:00 a 23:59.',
  'error.invalidDate': 'Escribe la fecha como AAAA-MM-DD.',
  'error.invalidFormat': 'Esto no tiene el formato esperado.',
  'error.notAnOption': 'Elige una de las opciones.',
  'error.unknownField':
    '{count, plural, one {Sitwise no conoce este ajuste: {keys}.} other {Sitwise no conoce estos ajustes: {keys}.}}',
  'error.startAfterEnd': 'El inicio debe ser anterior al final.',
  'error.poseNotHere': 'Esta postura no se hace en este lugar. Elige una para el lugar de la rutina.',
  'error.routineTooLong': 'Los pasos duran más de lo que puede durar una rutina. Acorta o quita un paso.',
  'error.invalid': 'Este valor no es válido.',
  'tray.menu.saveProblem': 'No se puede guardar en {folder}: {why}',
  'startup.cannotSaveTitle': 'Sitwise no puede guardar tus datos',
} as const satisfies Translation<typeof source>;

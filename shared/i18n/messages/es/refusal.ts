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
} as const satisfies Translation<typeof source>;

/** Deutsch. Anrede: „du“ (freundlich, wie in Bewegungs-Apps üblich). Übersetzt aus `en.ts`. */
import type { Translation } from '../en';
import type { coreMessages as source } from '../en/core';

export const coreMessages = {
  'prompt.stand.title': 'Zeit zum Aufstehen',
  'prompt.stand.body': 'Du sitzt schon eine Weile. Ein Wechsel der Position hilft.',
  'prompt.sit.title': 'Zeit zum Hinsetzen',
  'prompt.sit.body': 'Du stehst schon eine Weile. Hinsetzen ist jetzt ein guter Wechsel.',
  'prompt.move.title': 'Zeit für einen Bewegungssnack',
  'prompt.move.body': 'Ein, zwei Minuten sanfte Bewegung unterbrechen das Sitzen.',
  'prompt.shift.title': 'Zeit für einen Positionswechsel',
  'prompt.shift.body':
    'Stillstehen macht müde. Verlagere dein Gewicht, geh ein paar Schritte oder setz dich.',
  'prompt.escalate.title': 'Eine lange Sitzphase',
  'prompt.escalate.body': 'Du sitzt seit über einer Stunde. Steh auf oder beweg dich, sobald es passt.',
  'prompt.action.standing': 'Ich stehe',
  'prompt.action.sitting': 'Ich sitze',
  'prompt.action.start': 'Starten',
  'prompt.action.snooze': 'In {minutes, number} Min. erinnern',
  'prompt.action.skip': 'Überspringen',

  'tray.tooltip': 'Sitwise: {status}',
  'tray.status.paused': 'Pausiert bis {until, time, short}',
  'tray.status.snack': 'Bewegungssnack läuft',
  'tray.status.away':
    '{reason, select, lock {Abwesend · Bildschirm gesperrt} suspend {Abwesend · Ruhezustand} other {Abwesend}}',
  'tray.status.outsideHours':
    '{posture, select, sitting {Sitzen} standing {Stehen} other {Bewegung}} · außerhalb der Arbeitszeit',
  'tray.status.bout': '{posture, select, sitting {Sitzen} standing {Stehen} other {Bewegung}} {duration}',
  'tray.status.boutNext':
    '{posture, select, sitting {Sitzen} standing {Stehen} other {Bewegung}} {duration} · als Nächstes: {next, select, stand {Stehen} sit {Sitzen} shift {Position wechseln} other {Bewegen}} in {wait}',
  'tray.menu.snackNow': 'Jetzt ein Bewegungssnack',
  'tray.menu.pause': 'Pausieren',
  'tray.menu.pauseMinutes': '{minutes, number} Min.',
  'tray.menu.pauseHours': '{hours, plural, one {# Stunde} other {# Stunden}}',
  'tray.menu.pauseTomorrow': 'Für den Rest des Tages',
  'tray.menu.resume': 'Fortsetzen',
  'tray.menu.flareOn': 'Schmerzschub-Modus: leichtere Ziele',
  'tray.menu.flareOff': 'Schmerzschub-Modus beenden',
  'tray.menu.today': 'Heutige Übersicht',
  'tray.menu.open': 'Sitwise öffnen',
  'tray.menu.quit': 'Sitwise beenden',

  'unit.minutes': '{minutes, number} Min.',
  'unit.hours': '{hours, number} Std.',
  'unit.hoursMinutes': '{hours, number} Std. {minutes, number} Min.',

  'error.required': 'Diese Angabe fehlt.',
  'error.wrongType': 'Das ist kein passender Wert.',
  'error.tooSmallNumber':
    '{inclusive, select, true {Gib {minimum, number} oder mehr an.} other {Gib mehr als {minimum, number} an.}}',
  'error.tooBigNumber':
    '{inclusive, select, true {Gib {maximum, number} oder weniger an.} other {Gib weniger als {maximum, number} an.}}',
  'error.tooShortText':
    '{minimum, plural, one {Schreib mindestens # Zeichen.} other {Schreib mindestens # Zeichen.}}',
  'error.tooLongText': '{maximum, plural, one {Höchstens # Zeichen.} other {Höchstens # Zeichen.}}',
  'error.tooFewItems':
    '{minimum, plural, one {Wähle mindestens # Eintrag.} other {Wähle mindestens # Einträge.}}',
  'error.tooManyItems':
    '{maximum, plural, one {Wähle höchstens # Eintrag.} other {Wähle höchstens # Einträge.}}',
  'error.notWholeNumber': 'Gib eine ganze Zahl an.',
  'error.notMultiple': 'Gib ein Vielfaches von {step, number} an.',
  'error.invalidTime': 'Gib eine Uhrzeit als HH:MM an, von 00:00 bis 23:59.',
  'error.invalidDate': 'Gib ein Datum als JJJJ-MM-TT an.',
  'error.invalidFormat': 'Das hat nicht das erwartete Format.',
  'error.notAnOption': 'Wähle eine der Möglichkeiten.',
  'error.unknownField':
    '{count, plural, one {Sitwise kennt diese Einstellung nicht: {keys}.} other {Sitwise kennt diese Einstellungen nicht: {keys}.}}',
  'error.startAfterEnd': 'Der Beginn muss vor dem Ende liegen.',
  'error.poseNotHere':
    'Diese Haltung passt nicht zu dem Ort der Übung. Wähl eine für den Ort, an dem du die Übung machst.',
  'error.routineTooLong':
    'Die Schritte dauern länger, als eine Übung dauern kann. Kürze einen Schritt oder nimm einen heraus.',
  'error.invalid': 'Dieser Wert ist nicht gültig.',
  'tray.menu.saveProblem': 'Speichern in {folder} nicht möglich: {why}',
  'startup.cannotSaveTitle': 'Sitwise kann deine Daten nicht speichern',
} as const satisfies Translation<typeof source>;

/** German: the refusal area, translated from ../en/refusal.ts. */
import type { Translation } from '../en';
import type { refusalMessages as source } from '../en/refusal';

export const refusalMessages = {
  'refusal.goalMeasured':
    'Dieses Ziel wird aus deinem Sitzen und Stehen gemessen; es gibt keine Einheiten einzutragen.',
  'refusal.goalKindFixed': 'Die Art des Ziels lässt sich nicht ändern. Leg stattdessen ein neues Ziel an.',
  'refusal.baselineTooHigh': 'Der Startwert kann höchstens {max, number} sein.',
  'refusal.goalHasSessions':
    '{sessions, plural, one {„{name}“ hat # eingetragene Einheit.} other {„{name}“ hat # eingetragene Einheiten.}} Beim Löschen verschwinden das Ziel und sein Plan; die Einheiten bleiben in deinem Verlauf und in Exporten. Bestätige, um es zu löschen.',
  'refusal.goalDeleted': 'Das Ziel „{name}“ wurde am {date} gelöscht.',
  'refusal.goalMissing': 'Dieses Ziel gibt es nicht.',
  'refusal.stepTooLarge':
    '{unit, select, min {Ein wöchentlicher Schritt von {step, number} Min. ist für dieses Ziel zu groß.} other {Ein wöchentlicher Schritt von {step, number} ist für dieses Ziel zu groß.}}',
  'refusal.holdWeekNotMonday': 'Eine Haltewoche wird mit ihrem Montag angegeben.',
  'refusal.holdWeekPast': 'Eine vergangene Woche kann keine Haltewoche werden.',
  'refusal.sessionInFuture': 'Der {date} liegt in der Zukunft. Trag Einheiten für heute oder früher ein.',
  'refusal.sessionTooOld': 'Einheiten lassen sich bis zu {days, number} Tage rückwirkend eintragen.',
  'refusal.flareAlreadyOn': 'Der Schmerzschub-Modus ist schon an (seit {since}).',
  'refusal.flareNotOn': 'Der Schmerzschub-Modus ist nicht an.',
  'refusal.noPlateauNote': 'Für diese Woche gibt es keinen Hinweis zu einem Plateau.',
  'refusal.checkinDone':
    'Der Check-in dieser Woche wurde schon am {date} gespeichert. Der nächste öffnet am {next}.',
  'refusal.routineGone': 'Diese Übung gibt es nicht mehr. Vielleicht wurde sie gelöscht.',
  'refusal.tooManyRoutines': 'Du kannst bis zu {max, number} eigene Übungen behalten.',
} as const satisfies Translation<typeof source>;

/**
 * Français. Vouvoiement. Formulations neutres pour la personne (« en position assise »). Espace insécable
 * (\u00a0) avant « : ».
 */
import type { Translation } from '../en';
import type { coreMessages as source } from '../en/core';

export const coreMessages = {
  'prompt.stand.title': 'C’est le moment de vous lever',
  'prompt.stand.body': 'Vous êtes en position assise depuis un moment. Changer de position aide.',
  'prompt.sit.title': 'C’est le moment de vous asseoir',
  'prompt.sit.body': 'Vous êtes debout depuis un moment. S’asseoir maintenant est un bon changement.',
  'prompt.move.title': 'C’est le moment d’une pause active',
  'prompt.move.body': 'Une ou deux minutes de mouvement doux interrompent la position assise.',
  'prompt.shift.title': 'C’est le moment de changer de position',
  'prompt.shift.body':
    'Rester debout sans bouger fatigue. Transférez votre poids, faites quelques pas ou asseyez-vous.',
  'prompt.escalate.title': 'Une longue période assise',
  'prompt.escalate.body':
    'Vous êtes en position assise depuis plus d’une heure. Levez-vous ou bougez dès que possible.',
  'prompt.action.standing': 'Je me lève',
  'prompt.action.sitting': 'Je m’assois',
  'prompt.action.start': 'Commencer',
  'prompt.action.snooze': 'Reporter de {minutes, number} min',
  'prompt.action.skip': 'Passer',

  'tray.tooltip': 'Sitwise\u00a0: {status}',
  'tray.status.paused': 'En pause jusqu’à {until, time, short}',
  'tray.status.snack': 'Pause active en cours',
  'tray.status.away':
    '{reason, select, lock {Absence · écran verrouillé} suspend {Absence · ordinateur en veille} other {Absence}}',
  'tray.status.outsideHours':
    '{posture, select, sitting {Position assise} standing {Debout} other {En mouvement}} · hors des heures de travail',
  'tray.status.bout':
    '{posture, select, sitting {Position assise} standing {Debout} other {En mouvement}} {duration}',
  'tray.status.boutNext':
    '{posture, select, sitting {Position assise} standing {Debout} other {En mouvement}} {duration} · ensuite\u00a0: {next, select, stand {se lever} sit {s’asseoir} shift {changer de position} other {bouger}} dans {wait}',
  'tray.menu.snackNow': 'Pause active maintenant',
  'tray.menu.pause': 'Mettre en pause',
  'tray.menu.pauseMinutes': '{minutes, number} min',
  'tray.menu.pauseHours': '{hours, plural, one {# heure} other {# heures}}',
  'tray.menu.pauseTomorrow': 'Le reste de la journée',
  'tray.menu.resume': 'Reprendre',
  'tray.menu.flareOn': 'Mode poussée de douleur\u00a0: objectifs allégés',
  'tray.menu.flareOff': 'Quitter le mode poussée de douleur',
  'tray.menu.today': 'Résumé du jour',
  'tray.menu.open': 'Ouvrir Sitwise',
  'tray.menu.quit': 'Quitter Sitwise',

  'unit.minutes': '{minutes, number} min',
  'unit.hours': '{hours, number} h',
  'unit.hoursMinutes': '{hours, number} h {minutes, number} min',

  'error.required': 'Cette information est nécessaire.',
  'error.wrongType': 'Cette valeur n’est pas du bon type.',
  'error.tooSmallNumber':
    '{inclusive, select, true {Indiquez {minimum, number} ou plus.} other {Indiquez plus de {minimum, number}.}}',
  'error.tooBigNumber':
    '{inclusive, select, true {Indiquez {maximum, number} ou moins.} other {Indiquez moins de {maximum, number}.}}',
  'error.tooShortText':
    '{minimum, plural, one {Écrivez au moins # caractère.} other {Écrivez au moins # caractères.}}',
  'error.tooLongText':
    '{maximum, plural, one {Limitez-vous à # caractère.} other {Limitez-vous à # caractères.}}',
  'error.tooFewItems':
    '{minimum, plural, one {Choisissez au moins # élément.} other {Choisissez au moins # éléments.}}',
  'error.tooManyItems':
    '{maximum, plural, one {Choisissez au plus # élément.} other {Choisissez au plus # éléments.}}',
  'error.notWholeNumber': 'Indiquez un nombre entier.',
  'error.notMultiple': 'Indiquez un multiple de {step, number}.',
  'error.invalidTime': 'Écrivez l’heure au format HH:MM, de 00:00 à 23:59.',
  'error.invalidDate': 'Écrivez la date au format AAAA-MM-JJ.',
  'error.invalidFormat': 'Ce n’est pas au format attendu.',
  'error.notAnOption': 'Choisissez l’une des options.',
  'error.unknownField':
    '{count, plural, one {Sitwise ne connaît pas ce réglage\u00a0: {keys}.} other {Sitwise ne connaît pas ces réglages\u00a0: {keys}.}}',
  'error.startAfterEnd': 'Le début doit précéder la fin.',
  'error.poseNotHere':
    'Cette posture ne se fait pas à cet endroit. Choisissez-en une pour l’endroit de la routine.',
  'error.routineTooLong':
    'Les étapes durent plus longtemps qu’une routine ne le peut. Raccourcissez ou retirez une étape.',
  'error.invalid': 'Cette valeur n’est pas valide.',
  'tray.menu.saveProblem': 'Impossible d’enregistrer dans {folder} : {why}',
  'startup.cannotSaveTitle': 'Sitwise ne peut pas enregistrer vos données',
} as const satisfies Translation<typeof source>;

/** French: the refusal area, translated from ../en/refusal.ts. */
import type { Translation } from '../en';
import type { refusalMessages as source } from '../en/refusal';

export const refusalMessages = {
  'refusal.goalMeasured':
    'Cet objectif est mesuré d’après votre temps assis et debout ; il n’y a pas de séance à noter.',
  'refusal.goalKindFixed': 'Le type d’objectif ne peut pas changer. Créez plutôt un nouvel objectif.',
  'refusal.baselineTooHigh': 'Le niveau de départ peut être au plus {max, number}.',
  'refusal.goalHasSessions':
    '{sessions, plural, one {« {name} » a # séance notée.} many {« {name} » a # séances notées.} other {« {name} » a # séances notées.}} Le supprimer efface l’objectif et son plan ; les séances restent dans votre historique et vos exports. Confirmez pour le supprimer.',
  'refusal.goalDeleted': 'L’objectif « {name} » a été supprimé le {date}.',
  'refusal.goalMissing': 'Cet objectif n’existe pas.',
  'refusal.stepTooLarge':
    '{unit, select, min {Un pas hebdomadaire de {step, number} min est trop grand pour cet objectif.} other {Un pas hebdomadaire de {step, number} est trop grand pour cet objectif.}}',
  'refusal.holdWeekNotMonday': 'Une semaine de maintien se désigne par son lundi.',
  'refusal.holdWeekPast': 'Une semaine passée ne peut pas devenir une semaine de maintien.',
  'refusal.sessionInFuture': 'Le {date} est dans le futur. Notez des séances d’aujourd’hui ou d’avant.',
  'refusal.sessionTooOld': 'Les séances peuvent être notées jusqu’à {days, number} jours en arrière.',
  'refusal.flareAlreadyOn': 'Le mode poussée est déjà activé (depuis le {since}).',
  'refusal.flareNotOn': 'Le mode poussée n’est pas activé.',
  'refusal.noPlateauNote': 'Il n’y a pas de note de plateau pour cette semaine.',
  'refusal.checkinDone':
    'Le bilan de cette semaine a déjà été enregistré le {date}. Le prochain s’ouvre le {next}.',
  'refusal.routineGone': 'Cette routine n’existe plus. Elle a peut-être été supprimée.',
  'refusal.tooManyRoutines': 'Vous pouvez garder jusqu’à {max, number} routines à vous.',
} as const satisfies Translation<typeof source>;

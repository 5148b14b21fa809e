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
  'refusal.fsReason':
    '{errno, select, UNKNOWN {un problème inattendu s’est produit} EACCES {permission refusée} EPERM {le système ne le permet pas} ENOSPC {le disque est plein} EDQUOT {le quota du disque est épuisé} EIO {le disque signale une erreur de lecture ou d’écriture} EROFS {le dossier est en lecture seule} EISDIR {un dossier se trouve là où devrait être un fichier} ENOTDIR {un fichier se trouve là où devrait être un dossier} ENOENT {un fichier ou un dossier manque} EMFILE {trop de fichiers sont ouverts} ENAMETOOLONG {un nom de fichier est trop long} EBUSY {le fichier est en cours d’utilisation} other {le système signale {errno}}}',
  'refusal.cannotSave': 'Sitwise ne peut pas enregistrer dans {folder} : {why}. Rien n’a été modifié.',
  'refusal.savesWaiting':
    'Sitwise ne peut pas enregistrer dans {folder} : {why}. {dropped, plural, =0 {Ceci n’a pas été enregistré ; ce qui a été noté entre-temps attend et sera écrit dès que le dossier sera accessible en écriture.} one {Ceci n’a pas été enregistré, et # événement noté n’a pas pu être gardé pendant l’attente.} many {Ceci n’a pas été enregistré, et # événements notés n’ont pas pu être gardés pendant l’attente.} other {Ceci n’a pas été enregistré, et # événements notés n’ont pas pu être gardés pendant l’attente.}}',
  'refusal.cannotDelete': 'Sitwise ne peut pas supprimer toutes les données de {folder} : {why}.',
  'refusal.importPartlyWritten':
    'Sitwise ne peut pas enregistrer dans {folder} : {why}. Une partie de l’import a peut-être été écrite ; supprimez toutes les données et importez à nouveau dès que le dossier sera accessible en écriture.',
  'refusal.importNotJson': 'Ce fichier n’est pas un export Sitwise (ce n’est pas du JSON valide).',
  'refusal.importNotExport': 'Ce fichier n’est pas un export Sitwise.',
  'refusal.importNewer':
    'Cet export a été écrit par une version plus récente de Sitwise. Mettez Sitwise à jour, puis importez-le.',
  'refusal.importNotEmpty':
    'Un import ne va que dans un dossier de données vide, et celui-ci contient déjà des données. Exportez-les d’abord si vous voulez les garder, puis supprimez toutes les données et importez à nouveau.',
  'refusal.importDamaged':
    '{section, select, settings {Les réglages de ce fichier ne sont pas utilisables.} journal {Le relevé assis-debout de ce fichier n’est pas utilisable.} pacing {Le journal de progression de ce fichier n’est pas utilisable.} routines {Les routines de ce fichier ne sont pas utilisables.} plan {Le plan de ce fichier n’est pas utilisable.} other {Une partie de ce fichier n’est pas utilisable.}} Il est peut-être endommagé ou modifié à la main ; rien n’a été importé.',
  'refusal.routineFileBad':
    '{problem, select, tooLarge {Ce fichier est trop volumineux pour un fichier de routine.} notJson {Ce n’est pas un fichier de routine : ce n’est pas du JSON.} notRoutine {Ce n’est pas un fichier de routine Sitwise.} newer {Cette routine a été enregistrée par une version plus récente de Sitwise. Mettez Sitwise à jour pour l’ouvrir.} other {Ce fichier de routine a un problème : une étape ou une valeur n’est pas valide.}}',
} as const satisfies Translation<typeof source>;

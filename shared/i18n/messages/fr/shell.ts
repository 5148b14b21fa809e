/** French: the shell area, translated from ../en/shell.ts. */
import type { Translation } from '../en';
import type { shellMessages as source } from '../en/shell';

export const shellMessages = {
  'shell.skipToContent': 'Aller au contenu',
  'shell.navLabel': 'Principal',
  'shell.nav.today': 'Aujourd’hui',
  'shell.nav.history': 'Historique',
  'shell.nav.routines': 'Routines',
  'shell.nav.pacing': 'Progression',
  'shell.nav.checkin': 'Bilan',
  'shell.nav.plan': 'Mon plan',
  'shell.nav.report': 'Rapport',
  'shell.nav.tips': 'Conseils et poste',
  'shell.nav.safety': 'Sécurité',
  'shell.nav.settings': 'Paramètres',
  'shell.pageTitle': '{screen} — Sitwise',
  'shell.status.loading': 'Vérification de votre état…',
  'shell.status.current': '{posture} depuis {duration}',
  'shell.status.away': 'Loin du bureau',
  'shell.status.paused': 'Rappels en pause jusqu’à {time}',
  'shell.status.outsideHours': 'En dehors des heures de travail',
  'shell.status.snack': 'Pause active en cours',
  'shell.noticesLabel': 'Messages',
  'shell.dismiss': 'Fermer',
  'shell.settingsLoadError': 'Sitwise n’a pas pu lire ses paramètres.',
  'shell.notice.saveFailed':
    'Sitwise ne peut pas enregistrer dans {folder} : {why}. {dropped, plural, =0 {Ce qu’il note attend et sera écrit dès que le dossier sera accessible en écriture.} one {Ce qu’il note attend ; # événement noté n’a pas pu être gardé pendant l’attente.} many {Ce qu’il note attend ; # événements notés n’ont pas pu être gardés pendant l’attente.} other {Ce qu’il note attend ; # événements notés n’ont pas pu être gardés pendant l’attente.}}',
  'shell.notice.saveWorksAgain':
    'Sitwise peut de nouveau enregistrer dans {folder} ; ce qui a été noté entre-temps a été écrit.',
  'shell.notice.cannotSaveAtStart':
    'Sitwise ne peut pas enregistrer dans {folder} : {why}. Il continue de compter le temps, mais rien n’est enregistré tant que le dossier n’est pas accessible en écriture.',
  'shell.notice.syncFailed':
    'Sitwise ne peut pas enregistrer dans {folder} : {why}. C’est arrivé pendant l’écriture du relevé sur le disque ; Sitwise réessaie.',
  'shell.notice.journalUnreadable':
    'Votre relevé assis-debout de {month} n’a pas pu être lu ({why}) ; ses jours sont laissés de côté jusqu’à ce qu’il puisse l’être.',
  'shell.notice.journalQuarantined':
    '{lines, plural, one {# ligne endommagée de votre relevé assis-debout de {month} a été mise de côté ; le reste du mois est chargé.} many {# lignes endommagées de votre relevé assis-debout de {month} ont été mises de côté ; le reste du mois est chargé.} other {# lignes endommagées de votre relevé assis-debout de {month} ont été mises de côté ; le reste du mois est chargé.}}',
  'shell.notice.journalQuarantineFailed':
    '{lines, plural, one {# ligne endommagée de votre relevé assis-debout de {month} n’a pas pu être mise de côté ({why}) ; elle reste dans le fichier et le reste du mois est chargé.} many {# lignes endommagées de votre relevé assis-debout de {month} n’ont pas pu être mises de côté ({why}) ; elles restent dans le fichier et le reste du mois est chargé.} other {# lignes endommagées de votre relevé assis-debout de {month} n’ont pas pu être mises de côté ({why}) ; elles restent dans le fichier et le reste du mois est chargé.}}',
  'shell.notice.journalNewer':
    '{unreadable, plural, =0 {Votre relevé assis-debout de {month} a été écrit par une version plus récente de Sitwise ; cette version l’affiche mais n’y ajoute rien.} one {Votre relevé assis-debout de {month} a été écrit par une version plus récente de Sitwise ; cette version l’affiche mais n’y ajoute rien. # ligne illisible pour elle a été laissée de côté.} many {Votre relevé assis-debout de {month} a été écrit par une version plus récente de Sitwise ; cette version l’affiche mais n’y ajoute rien. # lignes illisibles pour elle ont été laissées de côté.} other {Votre relevé assis-debout de {month} a été écrit par une version plus récente de Sitwise ; cette version l’affiche mais n’y ajoute rien. # lignes illisibles pour elle ont été laissées de côté.}}',
  'shell.notice.pacingQuarantined':
    '{lines, plural, one {# ligne endommagée du journal de progression de {month} a été mise de côté ; le reste est chargé.} many {# lignes endommagées du journal de progression de {month} ont été mises de côté ; le reste est chargé.} other {# lignes endommagées du journal de progression de {month} ont été mises de côté ; le reste est chargé.}}',
  'shell.notice.pacingUnreadable':
    'Le journal de progression n’a pas pu être lu ({why}) ; il est laissé de côté jusqu’à ce qu’il puisse l’être.',
  'shell.notice.pacingMonthUnreadable':
    'Le journal de progression de {month} n’a pas pu être lu ({why}) ; il est laissé de côté jusqu’à ce qu’il puisse l’être.',
  'shell.notice.routinesSetAside':
    'Votre fichier de routines n’a pas pu être lu ; il a donc été mis de côté sous le nom {file}. Sitwise démarre sans routines à vous.',
  'shell.notice.planDamaged':
    'Le plan enregistré n’a pas pu être lu ; il a été mis de côté sous le nom {file} et Mon plan démarre vide.',
  'shell.notice.idleUnavailable':
    'Cet ordinateur n’indique pas le temps d’inactivité ; Sitwise ne peut donc pas remarquer les pauses tout seul. Indiquez-lui quand vous vous levez, vous asseyez ou vous éloignez, et il comptera d’après vos réponses.',
  'shell.notice.settings.cause':
    '{cause, select, unreadable {Le fichier de réglages n’a pas pu être lu ; Sitwise utilise donc ses réglages par défaut.} damaged {Le fichier de réglages est endommagé ; Sitwise utilise donc ses réglages par défaut.} notUpgradable {Le fichier de réglages n’a pas pu être mis à jour ; Sitwise utilise donc ses réglages par défaut.} newer {Les réglages ont été enregistrés par une version plus récente de Sitwise ; les valeurs que cette version comprend ont été gardées.} invalid {Certains réglages n’étaient pas valides et ont repris leur valeur par défaut.} other {Le fichier de réglages avait besoin d’une mise à jour.}}',
  'shell.notice.settings.reset': 'Remis à leur valeur par défaut : {names}.',
  'shell.notice.settings.fault':
    '{step, select, read {La lecture a échoué : {why}.} setAside {Le fichier n’a pas pu être mis de côté ({why}) ; il reste tel quel et les modifications ne sont pas enregistrées tant que ce n’est pas possible.} rewrite {Les réglages réparés n’ont pas pu être écrits ({why}).} other {Les réglages n’ont pas pu être ouverts pour l’enregistrement ({why}) ; les modifications ne sont pas enregistrées.}}',
  'shell.notice.settings.backup': 'L’ancien fichier a été gardé sous le nom {file}.',
} as const satisfies Translation<typeof source>;

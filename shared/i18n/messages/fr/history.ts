/** French: the history area, translated from ../en/history.ts. */
import type { Translation } from '../en';
import type { historyMessages as source } from '../en/history';

export const historyMessages = {
  'history.title': 'Historique',
  'history.intro': 'Votre temps assis, debout et en mouvement sur des jours, des semaines et des mois.',
  'history.viewsLabel': 'Vue',
  'history.views.day': 'Jour',
  'history.views.week': 'Semaine',
  'history.views.month': 'Mois',
  'history.previous.day': 'Jour précédent',
  'history.previous.week': 'Semaine précédente',
  'history.previous.month': 'Mois précédent',
  'history.next.day': 'Jour suivant',
  'history.next.week': 'Semaine suivante',
  'history.next.month': 'Mois suivant',
  'history.current.day': 'Aujourd’hui',
  'history.current.week': 'Cette semaine',
  'history.current.month': 'Ce mois-ci',
  'history.weekLabel': 'Semaine du {date}',
  'history.totals': 'Totaux de cette période',
  'history.avgSitting': 'Temps assis moyen par jour suivi',
  'history.trackedDays':
    '{n, plural, one {# jour avec des données} many {# jours avec des données} other {# jours avec des données}}',
  'history.standingShare': 'Part debout',
  'history.charts.postureTitle': 'Temps assis, debout et en mouvement par jour',
  'history.charts.postureDesc':
    'Minutes en position assise, debout et en mouvement pour chaque jour de {from} à {to}.',
  'history.charts.boutTitle': 'Plus longue période assise par jour',
  'history.charts.boutDesc':
    'Le plus long temps assis sans interruption de chaque jour, avec une ligne pointillée à {limit}.',
  'history.charts.boutTarget': 'Environ une heure',
  'history.charts.shareTitle': 'Part debout par jour',
  'history.charts.shareDesc':
    'Le temps debout en part du temps suivi chaque jour ; la ligne pointillée est ce que prévoit votre rythme.',
  'history.charts.shareTarget': 'Ce que prévoit votre rythme',
  'history.charts.shareLabel': 'Part debout',
  'history.charts.promptsTitle': 'Rappels faits et affichés par jour',
  'history.charts.promptsDesc':
    'Combien de rappels ont été affichés chaque jour, et combien vous en avez suivi.',
  'history.charts.boutLabel': 'Plus longue période',
  'history.charts.shown': 'Affichés',
  'history.charts.done': 'Faits',
  'history.charts.promptsDoneShown': 'Rappels faits / affichés',
  'history.daysTable': 'Jours de cette période',
  'history.notTracked': 'Non suivi',
  'history.dayTitle': 'Chronologie du {date}',
  'history.noTimeline': 'Pas de chronologie pour ce jour.',
  'history.emptyTitle': 'Pas encore d’historique',
  'history.emptyBody':
    'Sitwise enregistre pendant que vous travaillez. Revenez dans un jour ou deux pour voir vos habitudes.',
  'history.emptyPeriod': 'Rien n’a été enregistré sur cette période.',
  'history.loadError': 'L’historique n’a pas pu être chargé.',
  'history.export.title': 'Exporter vos données',
  'history.export.body':
    'Enregistrez dans un fichier tout ce que Sitwise a enregistré. Vos données ne quittent jamais cet ordinateur, sauf si vous les partagez.',
  'history.export.csv': 'Exporter en CSV',
  'history.export.json': 'Exporter en JSON',
  'history.export.saved': 'Enregistré dans {path}',
  'history.export.cancelled': 'Export annulé ; rien n’a été enregistré.',
  'history.export.failed': 'L’export a échoué : {message}',
} as const satisfies Translation<typeof source>;

/** French: the checkin area, translated from ../en/checkin.ts. */
import type { Translation } from '../en';
import type { checkinMessages as source } from '../en/checkin';

export const checkinMessages = {
  'checkin.title': 'Bilan hebdomadaire',
  'checkin.intro': 'Quelques questions sur la semaine passée. Cela prend environ deux minutes.',
  'checkin.loadError': 'Le bilan n’a pas pu être chargé.',
  'checkin.due': 'Le bilan de cette semaine est prêt.',
  'checkin.snooze': 'Me le rappeler dans une heure',
  'checkin.snoozed': 'Nous vous le rappellerons plus tard.',
  'checkin.done': 'Vous avez fait votre bilan le {date}. Le prochain s’ouvre le {next}.',
  'checkin.peg.legend': 'Au cours de la semaine passée (0–10)',
  'checkin.peg.pain':
    'Votre douleur en moyenne (0 = aucune douleur, 10 = la pire que vous puissiez imaginer)',
  'checkin.peg.enjoyment':
    'À quel point la douleur vous a empêché de profiter de la vie (0 = pas du tout, 10 = complètement)',
  'checkin.peg.activity':
    'À quel point la douleur a gêné votre activité générale (0 = pas du tout, 10 = complètement)',
  'checkin.activities.legend': 'Ce qui compte pour vous',
  'checkin.activities.help':
    'Citez jusqu’à 3 activités que le mal de dos rend difficiles. Notez chacune : 0 = impossible, 10 = aussi bien qu’avant.',
  'checkin.activities.name': 'Activité {n}',
  'checkin.activities.score': 'Activité {n} : à quel point (0–10)',
  'checkin.stiffness': 'Raideur (0 = aucune, 10 = la pire)',
  'checkin.sleep': 'Qualité du sommeil (0 = très mauvaise, 10 = très bonne)',
  'checkin.confidence': 'Confiance pour bouger (0 = aucune, 10 = totale)',
  'checkin.note': 'Une note pour vous (facultatif)',
  'checkin.submit': 'Enregistrer le bilan',
  'checkin.saved': 'Bilan enregistré.',
  'checkin.flagsTitle': 'Quelques questions de sécurité',
  'checkin.flagsIntro':
    'Répondez oui ou non. Vos réponses restent sur cet ordinateur ; un « oui » n’est gardé que si vous cochez la case ci-dessous.',
  'checkin.keepFlags':
    'Garder chaque « oui » dans mon journal, pour le faire figurer dans mon rapport pour un professionnel de santé',
  'checkin.yes': 'Oui',
  'checkin.no': 'Non',
  'checkin.flagsDone': 'Terminer',
  'checkin.allClear': 'Merci. Rien ici ne demande une attention urgente.',
  'checkin.guidanceBecause': 'Vous avez répondu oui à :',
  'checkin.guidanceMore': 'Lire tous les signes d’alerte sur la page Sécurité',
  'checkin.trendsTitle': 'Votre évolution',
  'checkin.trendsEmpty': 'Vos scores apparaissent ici après votre premier bilan.',
  'checkin.chartTitle': 'Scores par bilan',
  'checkin.chartDescription':
    'PEG (plus bas, c’est mieux) et votre score d’activités (plus haut, c’est mieux) à chaque bilan.',
  'checkin.sittingTitle': 'Plus longue période assise dans la semaine avant chaque bilan',
  'checkin.sittingDescription':
    'Plus longue période assise, en minutes, dans les sept jours avant chaque bilan.',
  'checkin.series.peg': 'PEG',
  'checkin.series.psfs': 'Activités',
  'checkin.series.longest': 'Plus longue période assise (min)',
  'checkin.series.standing': 'Debout par jour (min)',
  'checkin.categoryLabel': 'Bilan',
  'checkin.change': 'Depuis votre premier bilan',
  'checkin.changePeg': 'PEG {first} → {latest}',
  'checkin.changePsfs': 'Activités {first} → {latest}',
  'checkin.trend.better': 'une amélioration notable',
  'checkin.trend.worse': 'une dégradation notable',
  'checkin.trend.steady': 'à peu près pareil',
  'checkin.changeOther': 'Raideur {stiffness}, sommeil {sleep}, confiance {confidence}',
  'checkin.review':
    'Quatre semaines ont passé. C’est le moment de revoir votre plan : vos objectifs vous conviennent-ils toujours ?',
  'checkin.reviewDone': 'J’ai revu mon plan',
  'checkin.reviewLink': 'Ouvrir mon plan',
  'checkin.plateau.title': 'Une réflexion sur vos progrès',
  'checkin.plateau.body':
    'Vos quatre derniers bilans sont restés à peu près stables. Vous avez tenu vos objectifs. À ce stade, un point avec un professionnel de santé ou un programme d’exercices encadré peut aider à ajuster le plan.',
  'checkin.plateau.report': 'Préparer un rapport à emporter',
  'checkin.plateau.dismiss': 'Masquer ceci',
  'checkin.noFigures': 'non suivi',
} as const satisfies Translation<typeof source>;

/** French: the onboarding area, translated from ../en/onboarding.ts. */
import type { Translation } from '../en';
import type { onboardingMessages as source } from '../en/onboarding';

export const onboardingMessages = {
  'onboarding.title': 'Bienvenue dans Sitwise',
  'onboarding.stepOf': 'Étape {n} sur {total}',
  'onboarding.stepsLabel': 'Étapes de configuration',
  'onboarding.steps.welcome': 'Bienvenue',
  'onboarding.steps.desk': 'Votre bureau',
  'onboarding.steps.hours': 'Vos horaires',
  'onboarding.steps.safety': 'Sécurité',
  'onboarding.welcome.heading': 'Ce que fait Sitwise',
  'onboarding.welcome.points.measures':
    'Mesure combien de temps vous restez vraiment en position assise, d’après votre usage du clavier et de la souris.',
  'onboarding.welcome.points.prompts':
    'Vous rappelle de changer de position et de faire de courtes pauses actives.',
  'onboarding.welcome.points.routines': 'Vous guide dans de courtes routines au bureau, debout et au sol.',
  'onboarding.welcome.points.history':
    'Tient un historique simple, un journal de progression et un bilan hebdomadaire.',
  'onboarding.welcome.points.local': 'Garde tout sur cet ordinateur. Pas de compte, pas de serveur.',
  'onboarding.welcome.language': 'Langue',
  'onboarding.welcome.note': 'Vous pourrez modifier chaque choix plus tard dans Paramètres.',
  'onboarding.desk.heading': 'Avez-vous un bureau assis-debout ?',
  'onboarding.desk.help': 'Choisissez le rythme qui convient à votre bureau.',
  'onboarding.desk.options.back-friendly.label': 'Oui : ménager le dos 30:15',
  'onboarding.desk.options.back-friendly.help':
    'En position assise 30 min, debout 15 min, bouger 1–2 min à chaque changement. Étudié auprès d’employés de bureau ayant eu récemment mal au dos.',
  'onboarding.desk.options.cornell.label': 'Oui : cycles plus courts, 20-8-2',
  'onboarding.desk.options.cornell.help': 'En position assise 20 min, debout 8 min, bouger 2 min.',
  'onboarding.desk.options.no-standing-desk.label': 'Pas de bureau assis-debout',
  'onboarding.desk.options.no-standing-desk.help':
    'En position assise 30 min, puis une pause active de 2 minutes.',
  'onboarding.hours.heading': 'Quand travaillez-vous ?',
  'onboarding.hours.help':
    'Sitwise compte toute la journée, mais ne vous rappelle rien en dehors des heures de travail si vous activez ceci.',
  'onboarding.hours.enabled': 'Rappels uniquement pendant les heures de travail',
  'onboarding.hours.startAtLogin': 'Lancer Sitwise à l’ouverture de session',
  'onboarding.safety.heading': 'La sécurité d’abord',
  'onboarding.safety.intro': 'Lisez ceci avant de commencer. C’est toujours à un clic, sous Sécurité.',
  'onboarding.safety.ack': 'J’ai lu les informations de sécurité',
  'onboarding.safety.ackNeeded': 'Confirmez que vous avez lu les informations de sécurité.',
  'onboarding.back': 'Retour',
  'onboarding.next': 'Suivant',
  'onboarding.finish': 'Commencer avec Sitwise',
  'onboarding.saving': 'Enregistrement de vos choix…',
  'onboarding.backToSetup': 'Retour à la configuration',
} as const satisfies Translation<typeof source>;

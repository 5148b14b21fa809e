/** French: the tips area, translated from ../en/tips.ts. */
import type { Translation } from '../en';
import type { tipsMessages as source } from '../en/tips';

export const tipsMessages = {
  'tips.title': 'Conseils et poste',
  'tips.intro':
    'De petits changements dans votre journée et à votre bureau. Avoir le choix compte plus qu’un poste parfait.',
  'tips.tipsTitle': 'Posture et conseils du quotidien',
  'tips.contexts.sitting': 'Position assise',
  'tips.contexts.standing': 'Position debout',
  'tips.contexts.lifting': 'Porter une charge',
  'tips.contexts.screen': 'Écran',
  'tips.contexts.sleep': 'Sommeil',
  'tips.contexts.stress': 'Stress',
  'tips.checklistTitle': 'Liste de contrôle du poste de travail',
  'tips.checklistIntro': 'Cochez ce qui est déjà en place. Vos coches sont enregistrées sur cet ordinateur.',
  'tips.groups.screen': 'Écran',
  'tips.groups.chair': 'Chaise',
  'tips.groups.desk': 'Bureau',
  'tips.groups.habits': 'Habitudes',
  'tips.groups.lifting': 'Porter une charge',
  'tips.progress': '{done} sur {total} en place',
  'tips.saveError': 'Votre coche n’a pas pu être enregistrée : {message}',
} as const satisfies Translation<typeof source>;

/** German: the tips area, translated from ../en/tips.ts. */
import type { Translation } from '../en';
import type { tipsMessages as source } from '../en/tips';

export const tipsMessages = {
  'tips.title': 'Tipps & Einrichtung',
  'tips.intro':
    'Kleine Änderungen an deinem Tag und deinem Schreibtisch. Abwechslung zählt mehr als die perfekte Einrichtung.',
  'tips.tipsTitle': 'Haltung und Tipps für den Alltag',
  'tips.contexts.sitting': 'Sitzen',
  'tips.contexts.standing': 'Stehen',
  'tips.contexts.lifting': 'Heben',
  'tips.contexts.screen': 'Bildschirm',
  'tips.contexts.sleep': 'Schlaf',
  'tips.contexts.stress': 'Stress',
  'tips.checklistTitle': 'Checkliste für den Arbeitsplatz',
  'tips.checklistIntro':
    'Hak ab, was du schon umgesetzt hast. Deine Häkchen werden auf diesem Computer gespeichert.',
  'tips.groups.screen': 'Bildschirm',
  'tips.groups.chair': 'Stuhl',
  'tips.groups.desk': 'Schreibtisch',
  'tips.groups.habits': 'Gewohnheiten',
  'tips.groups.lifting': 'Heben',
  'tips.progress': '{done} von {total} umgesetzt',
  'tips.saveError': 'Dein Häkchen konnte nicht gespeichert werden: {message}',
} as const satisfies Translation<typeof source>;

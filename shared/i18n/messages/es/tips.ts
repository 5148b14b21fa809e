/** Spanish: the tips area, translated from ../en/tips.ts. */
import type { Translation } from '../en';
import type { tipsMessages as source } from '../en/tips';

export const tipsMessages = {
  'tips.title': 'Consejos y puesto',
  'tips.intro':
    'Pequeños cambios en tu día y en tu escritorio. Tener opciones importa más que un puesto perfecto.',
  'tips.tipsTitle': 'Postura y consejos diarios',
  'tips.contexts.sitting': 'Sentarse',
  'tips.contexts.standing': 'Estar de pie',
  'tips.contexts.lifting': 'Levantar peso',
  'tips.contexts.screen': 'Pantalla',
  'tips.contexts.sleep': 'Sueño',
  'tips.contexts.stress': 'Estrés',
  'tips.checklistTitle': 'Lista del puesto de trabajo',
  'tips.checklistIntro': 'Marca lo que ya tienes. Tus marcas se guardan en este ordenador.',
  'tips.groups.screen': 'Pantalla',
  'tips.groups.chair': 'Silla',
  'tips.groups.desk': 'Escritorio',
  'tips.groups.habits': 'Hábitos',
  'tips.groups.lifting': 'Levantar peso',
  'tips.progress': '{done} de {total} listos',
  'tips.saveError': 'No se ha podido guardar tu marca: {message}',
} as const satisfies Translation<typeof source>;

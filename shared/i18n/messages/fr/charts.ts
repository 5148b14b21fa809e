/** French: the charts area, translated from ../en/charts.ts. */
import type { Translation } from '../en';
import type { chartsMessages as source } from '../en/charts';

export const chartsMessages = {
  'charts.showTable': 'Afficher les chiffres sous forme de tableau',
  'charts.from': 'De',
  'charts.until': 'À',
  'charts.what': 'Quoi',
  'charts.length': 'Durée',
  'charts.day': 'Jour',
  'charts.timelineDesc': 'De {from} à {to} : {parts}.',
} as const satisfies Translation<typeof source>;

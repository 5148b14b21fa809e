/** Spanish: the charts area, translated from ../en/charts.ts. */
import type { Translation } from '../en';
import type { chartsMessages as source } from '../en/charts';

export const chartsMessages = {
  'charts.showTable': 'Mostrar los números en una tabla',
  'charts.from': 'Desde',
  'charts.until': 'Hasta',
  'charts.what': 'Qué',
  'charts.length': 'Duración',
  'charts.day': 'Día',
  'charts.timelineDesc': 'De {from} a {to}: {parts}.',
} as const satisfies Translation<typeof source>;

/** German: the charts area, translated from ../en/charts.ts. */
import type { Translation } from '../en';
import type { chartsMessages as source } from '../en/charts';

export const chartsMessages = {
  'charts.showTable': 'Zahlen als Tabelle zeigen',
  'charts.from': 'Von',
  'charts.until': 'Bis',
  'charts.what': 'Was',
  'charts.length': 'Dauer',
  'charts.day': 'Tag',
  'charts.timelineDesc': 'Von {from} bis {to}: {parts}.',
} as const satisfies Translation<typeof source>;

/** The charts area of the English catalogue. */
export const chartsMessages = {
  'charts.showTable': 'Show the numbers as a table',
  'charts.from': 'From',
  'charts.until': 'Until',
  'charts.what': 'What',
  'charts.length': 'Length',
  'charts.day': 'Day',
  'charts.timelineDesc': 'From {from} to {to}: {parts}.',
} as const;

/** Words around charts: table toggles, column headings, descriptions. */
export const charts = {
  showTable: 'Show the numbers as a table',
  from: 'From',
  until: 'Until',
  what: 'What',
  length: 'Length',
  day: 'Day',
  timelineDesc: 'From {from} to {to}: {parts}.',
} as const;

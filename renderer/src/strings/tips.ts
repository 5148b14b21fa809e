/** The Tips & setup screen. */
export const tipsText = {
  title: 'Tips & setup',
  intro: 'Small changes to your day and your desk. Options matter more than a perfect setup.',
  tipsTitle: 'Posture and daily tips',
  contexts: {
    sitting: 'Sitting',
    standing: 'Standing',
    lifting: 'Lifting',
    screen: 'Screen',
    sleep: 'Sleep',
    stress: 'Stress',
  },
  checklistTitle: 'Desk setup checklist',
  checklistIntro: 'Tick what you have in place. Your ticks are saved on this computer.',
  groups: {
    screen: 'Screen',
    chair: 'Chair',
    desk: 'Desk',
    habits: 'Habits',
    lifting: 'Lifting',
  },
  progress: '{done} of {total} in place',
  saveError: 'Your tick could not be saved: {message}',
} as const;

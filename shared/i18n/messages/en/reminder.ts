/** The reminder area of the English catalogue: the end-of-day summary, check-in and wind-down notifications. */
export const reminderMessages = {
  'reminder.endOfDay.title': 'Your day with Sitwise',
  'reminder.endOfDay.body':
    'Sitting {sitting} · longest bout {longest} · {changes, plural, one {# posture change} other {# posture changes}} · {followed, plural, one {# prompt followed} other {# prompts followed}}',
  'reminder.checkIn.title': 'Weekly check-in',
  'reminder.checkIn.body': 'Two minutes to look back on your week and set the pace for the next one.',
  'reminder.windDown.title': 'Time to wind down',
  'reminder.windDown.body':
    'Two minutes of slow belly breathing can help you settle for the night. Open it in Routines.',
  'reminder.headsUp.title':
    '{kind, select, stand {Standing up in a minute} sit {Sitting down in a minute} move {A movement snack in a minute} shift {A change of position in a minute} other {A break from sitting in a minute}}',
  'reminder.headsUp.body': 'A heads-up to finish what you are doing; the prompt follows.',
  'reminder.welcomeBack.title': 'Welcome back — sitting or standing?',
  'reminder.welcomeBack.body':
    '{posture, select, sitting {Sitwise counts you as sitting until you say.} standing {Sitwise counts you as standing until you say.} other {Sitwise counts you as moving until you say.}}',
} as const;

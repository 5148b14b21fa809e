/** The dashboard frame: navigation, header status, notices. */
export const shell = {
  skipToContent: 'Skip to content',
  navLabel: 'Main',
  nav: {
    today: 'Today',
    history: 'History',
    routines: 'Routines',
    pacing: 'Pacing',
    checkin: 'Check-in',
    plan: 'My plan',
    report: 'Report',
    tips: 'Tips & setup',
    safety: 'Safety',
    settings: 'Settings',
  },
  pageTitle: '{screen} — Sitwise',
  status: {
    loading: 'Checking your status…',
    current: '{posture} for {duration}',
    away: 'Away from the desk',
    paused: 'Prompts paused until {time}',
    outsideHours: 'Outside working hours',
    snack: 'Movement snack in progress',
  },
  noticesLabel: 'Notices',
  dismiss: 'Dismiss',
  settingsLoadError: 'Sitwise could not read its settings.',
} as const;

/** The shell area of the English catalogue. */
export const shellMessages = {
  'shell.skipToContent': 'Skip to content',
  'shell.navLabel': 'Main',
  'shell.nav.today': 'Today',
  'shell.nav.history': 'History',
  'shell.nav.routines': 'Routines',
  'shell.nav.pacing': 'Pacing',
  'shell.nav.checkin': 'Check-in',
  'shell.nav.plan': 'My plan',
  'shell.nav.report': 'Report',
  'shell.nav.tips': 'Tips & setup',
  'shell.nav.safety': 'Safety',
  'shell.nav.settings': 'Settings',
  'shell.pageTitle': '{screen} — Sitwise',
  'shell.status.loading': 'Checking your status…',
  'shell.status.current': '{posture} for {duration}',
  'shell.status.away': 'Away from the desk',
  'shell.status.paused': 'Prompts paused until {time}',
  'shell.status.outsideHours': 'Outside working hours',
  'shell.status.snack': 'Movement snack in progress',
  'shell.noticesLabel': 'Notices',
  'shell.dismiss': 'Dismiss',
  'shell.settingsLoadError': 'Sitwise could not read its settings.',
  // Notices from main (`shared/i18n/notices.ts`). {why} is refusal.fsReason; {month} a month and year.
  'shell.notice.saveFailed':
    'Sitwise cannot save to {folder}: {why}. {dropped, plural, =0 {What it records waits and is written once the folder can be written.} one {What it records waits; # recorded event could not be kept while waiting.} other {What it records waits; # recorded events could not be kept while waiting.}}',
  'shell.notice.saveWorksAgain':
    'Sitwise can save to {folder} again; what was recorded meanwhile has been written.',
  'shell.notice.cannotSaveAtStart':
    'Sitwise cannot save to {folder}: {why}. It keeps time, but nothing is recorded until the folder can be written.',
  'shell.notice.syncFailed':
    'Sitwise cannot save to {folder}: {why}. This happened while writing the record to the disk; Sitwise tries again.',
  'shell.notice.journalUnreadable':
    'Your sitting and standing record for {month} could not be read ({why}); its days are left out until it can be.',
  'shell.notice.journalQuarantined':
    '{lines, plural, one {# damaged line in your sitting and standing record for {month} was set aside; the rest of the month loaded.} other {# damaged lines in your sitting and standing record for {month} were set aside; the rest of the month loaded.}}',
  'shell.notice.journalQuarantineFailed':
    '{lines, plural, one {# damaged line in your sitting and standing record for {month} could not be set aside ({why}); it stays in the file and the rest of the month loaded.} other {# damaged lines in your sitting and standing record for {month} could not be set aside ({why}); they stay in the file and the rest of the month loaded.}}',
  'shell.notice.journalNewer':
    '{unreadable, plural, =0 {Your sitting and standing record for {month} was written by a newer version of Sitwise; this version shows it but will not add to it.} one {Your sitting and standing record for {month} was written by a newer version of Sitwise; this version shows it but will not add to it. # line it cannot read was left out.} other {Your sitting and standing record for {month} was written by a newer version of Sitwise; this version shows it but will not add to it. # lines it cannot read were left out.}}',
  'shell.notice.pacingQuarantined':
    '{lines, plural, one {# damaged line in the pacing log for {month} was set aside; the rest loaded.} other {# damaged lines in the pacing log for {month} were set aside; the rest loaded.}}',
  'shell.notice.pacingUnreadable':
    'The pacing log could not be read ({why}); it is left out until it can be.',
  'shell.notice.pacingMonthUnreadable':
    'The pacing log for {month} could not be read ({why}); it is left out until it can be.',
  'shell.notice.routinesSetAside':
    'Your routines file could not be read, so it was kept aside as {file}. Sitwise starts with no routines of your own.',
  'shell.notice.planDamaged':
    'The saved plan could not be read; it was set aside as {file} and My plan starts empty.',
  'shell.notice.idleUnavailable':
    'This computer does not report idle time, so Sitwise cannot notice breaks by itself. Tell it when you stand, sit or step away and it will count from your answers.',
  'shell.notice.settings.cause':
    '{cause, select, unreadable {The settings file could not be read, so Sitwise is using its default settings.} damaged {The settings file is damaged, so Sitwise is using its default settings.} notUpgradable {The settings file could not be upgraded, so Sitwise is using its default settings.} newer {The settings were saved by a newer version of Sitwise; the values this version understands were kept.} invalid {Some settings were not valid and were set back to their defaults.} other {The settings file needed an upgrade.}}',
  'shell.notice.settings.reset': 'Set back to their defaults: {names}.',
  'shell.notice.settings.fault':
    '{step, select, read {Reading it failed: {why}.} setAside {The file could not be set aside ({why}), so it is left as it is and changes are not saved until it can be.} rewrite {The repaired settings could not be written ({why}).} other {The settings could not be opened for saving ({why}); changes are not saved.}}',
  'shell.notice.settings.backup': 'The old file was kept as {file}.',
} as const;

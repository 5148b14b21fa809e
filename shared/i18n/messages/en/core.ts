/** Words the main process and windows share: prompt kinds, the tray, durations, input errors. */
export const coreMessages = {
  // One wording per prompt kind, for the prompt window, the notification and the tray.
  'prompt.stand.title': 'Time to stand up',
  'prompt.stand.body': 'You have been sitting for a while. A change of position helps.',
  'prompt.sit.title': 'Time to sit down',
  'prompt.sit.body': 'You have been standing for a while. Sitting down is a good change.',
  'prompt.move.title': 'Time for a movement snack',
  'prompt.move.body': 'A minute or two of gentle movement breaks up the sitting.',
  'prompt.shift.title': 'Time to shift position',
  'prompt.shift.body': 'Standing still gets tiring. Shift your weight, walk a few steps, or sit.',
  'prompt.escalate.title': 'A long stretch of sitting',
  'prompt.escalate.body': 'You have been sitting for over an hour. Stand or move when you can.',
  'prompt.action.standing': 'I’m standing',
  'prompt.action.sitting': 'I’m sitting',
  'prompt.action.start': 'Start',
  'prompt.action.snooze': 'Snooze {minutes, number} min',
  'prompt.action.skip': 'Skip',

  // The tray: status line, tooltip and menu.
  'tray.tooltip': 'Sitwise: {status}',
  'tray.status.paused': 'Paused until {until, time, short}',
  'tray.status.snack': 'Movement snack in progress',
  'tray.status.away': '{reason, select, lock {Away · screen locked} suspend {Away · asleep} other {Away}}',
  'tray.status.outsideHours':
    '{posture, select, sitting {Sitting} standing {Standing} other {Moving}} · outside working hours',
  'tray.status.bout': '{posture, select, sitting {Sitting} standing {Standing} other {Moving}} {duration}',
  'tray.status.boutNext':
    '{posture, select, sitting {Sitting} standing {Standing} other {Moving}} {duration} · next: {next, select, stand {stand} sit {sit} shift {shift position} other {move}} in {wait}',
  'tray.menu.snackNow': 'Movement snack now',
  'tray.menu.pause': 'Pause',
  'tray.menu.pauseMinutes': '{minutes, number} min',
  'tray.menu.pauseHours': '{hours, plural, one {# hour} other {# hours}}',
  'tray.menu.pauseTomorrow': 'For the rest of today',
  'tray.menu.resume': 'Resume',
  'tray.menu.flareOn': 'Flare-up mode: lighter targets',
  'tray.menu.flareOff': 'Leave flare-up mode',
  'tray.menu.today': 'Today’s summary',
  'tray.menu.open': 'Open Sitwise',
  'tray.menu.quit': 'Quit Sitwise',

  // Durations: Sitwise counts in minutes in every language.
  'unit.minutes': '{minutes, number} min',
  'unit.hours': '{hours, number} h',
  'unit.hoursMinutes': '{hours, number} h {minutes, number} min',

  // Input that breaks a rule (see `errors.ts`). The field's own label is shown next to it.
  'error.required': 'This is needed.',
  'error.wrongType': 'This is not the right kind of value.',
  'error.tooSmallNumber':
    '{inclusive, select, true {Use {minimum, number} or more.} other {Use more than {minimum, number}.}}',
  'error.tooBigNumber':
    '{inclusive, select, true {Use {maximum, number} or less.} other {Use less than {maximum, number}.}}',
  'error.tooShortText':
    '{minimum, plural, one {Write at least # character.} other {Write at least # characters.}}',
  'error.tooLongText':
    '{maximum, plural, one {Keep it to # character.} other {Keep it to # characters or fewer.}}',
  'error.tooFewItems': '{minimum, plural, one {Choose at least # item.} other {Choose at least # items.}}',
  'error.tooManyItems': '{maximum, plural, one {Choose at most # item.} other {Choose at most # items.}}',
  'error.notWholeNumber': 'Use a whole number.',
  'error.notMultiple': 'Use a multiple of {step, number}.',
  'error.invalidTime': 'Write a time as HH:MM, from 00:00 to 23:59.',
  'error.invalidDate': 'Write a date as YYYY-MM-DD.',
  'error.invalidFormat': 'This is not in the expected format.',
  'error.notAnOption': 'Choose one of the options.',
  'error.unknownField':
    '{count, plural, one {Sitwise does not know this setting: {keys}.} other {Sitwise does not know these settings: {keys}.}}',
  'error.startAfterEnd': 'The start must be before the end.',
  'error.poseNotHere':
    'This pose is not done in the routine’s place. Pick one for where the routine is done.',
  'error.routineTooLong': 'The steps run longer than a routine can. Shorten or remove a step.',
  'error.invalid': 'This value is not valid.',
  'tray.menu.saveProblem': 'Cannot save to {folder}: {why}',
  'startup.cannotSaveTitle': 'Sitwise cannot save your data',
} as const;

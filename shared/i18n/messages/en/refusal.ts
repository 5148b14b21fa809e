/** The refusal area of the English catalogue: what a service refused and why (`service-errors.ts`). */
export const refusalMessages = {
  'refusal.goalMeasured':
    'This goal is measured from your sitting and standing; there are no sessions to log.',
  'refusal.goalKindFixed': 'The kind of goal cannot change. Create a new goal instead.',
  'refusal.baselineTooHigh': 'The starting level can be at most {max, number}.',
  'refusal.goalHasSessions':
    '{sessions, plural, one {“{name}” has # logged session.} other {“{name}” has # logged sessions.}} Deleting it removes the goal and its plan; the sessions stay in your history and exports. Confirm to delete it.',
  'refusal.goalDeleted': 'The goal “{name}” was deleted on {date}.',
  'refusal.goalMissing': 'That goal does not exist.',
  'refusal.stepTooLarge':
    '{unit, select, min {A weekly step of {step, number} min is too large for this goal.} other {A weekly step of {step, number} is too large for this goal.}}',
  'refusal.holdWeekNotMonday': 'A hold week is given by its Monday.',
  'refusal.holdWeekPast': 'A past week cannot be made a hold week.',
  'refusal.sessionInFuture': '{date} is in the future. Log sessions for today or earlier.',
  'refusal.sessionTooOld': 'Sessions can be logged up to {days, number} days back.',
  'refusal.flareAlreadyOn': 'Flare mode is already on (since {since}).',
  'refusal.flareNotOn': 'Flare mode is not on.',
  'refusal.noPlateauNote': 'There is no plateau note for that week.',
  'refusal.checkinDone': 'This week’s check-in was already saved on {date}. The next one opens on {next}.',
  'refusal.routineGone': 'This routine no longer exists. It may have been deleted.',
  'refusal.tooManyRoutines': 'You can keep up to {max, number} routines of your own.',
} as const;

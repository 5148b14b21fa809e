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
  // The person’s files. {why} is refusal.fsReason, a phrase that follows a colon.
  'refusal.fsReason':
    '{errno, select, UNKNOWN {something unexpected went wrong} EACCES {permission denied} EPERM {the system does not allow it} ENOSPC {the disk is full} EDQUOT {the disk quota is used up} EIO {the disk reported a read or write error} EROFS {the folder is read-only} EISDIR {a folder is where a file should be} ENOTDIR {a file is where a folder should be} ENOENT {a file or folder is missing} EMFILE {too many files are open} ENAMETOOLONG {a file name is too long} EBUSY {the file is in use} other {the system reported {errno}}}',
  'refusal.cannotSave': 'Sitwise cannot save to {folder}: {why}. Nothing was changed.',
  'refusal.savesWaiting':
    'Sitwise cannot save to {folder}: {why}. {dropped, plural, =0 {This was not saved; what was recorded meanwhile waits and is written once the folder can be written.} one {This was not saved, and # recorded event could not be kept while waiting.} other {This was not saved, and # recorded events could not be kept while waiting.}}',
  'refusal.cannotDelete': 'Sitwise cannot delete all data in {folder}: {why}.',
  'refusal.importPartlyWritten':
    'Sitwise cannot save to {folder}: {why}. Part of the import may have been written; delete all data and import again once the folder can be written.',
  'refusal.importNotJson': 'This file is not a Sitwise export (it is not valid JSON).',
  'refusal.importNotExport': 'This file is not a Sitwise export.',
  'refusal.importNewer':
    'This export was written by a newer version of Sitwise. Update Sitwise, then import it.',
  'refusal.importNotEmpty':
    'An import goes into an empty data folder only, and this one already holds data. Export it first if you want to keep it, then delete all data and import again.',
  'refusal.importDamaged':
    '{section, select, settings {The settings in this file cannot be used.} journal {The sitting and standing record in this file cannot be used.} pacing {The pacing log in this file cannot be used.} routines {The routines in this file cannot be used.} plan {The plan in this file cannot be used.} other {Part of this file cannot be used.}} It may be damaged or edited by hand; nothing was imported.',
  'refusal.routineFileBad':
    '{problem, select, tooLarge {This file is too large to be a routine file.} notJson {This is not a routine file: it is not JSON.} notRoutine {This is not a Sitwise routine file.} newer {This routine was saved by a newer version of Sitwise. Update Sitwise to open it.} other {This routine file has a problem: a step or a value in it is not valid.}}',
} as const;

/** The words for a service refusal (`service-errors.ts`); kept apart from the zod schema for the windows. */
import type { Formatter } from './format';
import { formatLocalDate } from './intl';
import type { ServiceError } from './service-errors';

/** The parameters each refusal carries, by type: the window checks a refusal against this before wording it. */
export const serviceErrorParams = {
  goalMeasured: {},
  goalKindFixed: {},
  baselineTooHigh: { max: 'number' },
  goalHasSessions: { name: 'string', sessions: 'number' },
  goalDeleted: { name: 'string', date: 'string' },
  goalMissing: {},
  stepTooLarge: { step: 'number', unit: 'string' },
  holdWeekNotMonday: {},
  holdWeekPast: {},
  sessionInFuture: { date: 'string' },
  sessionTooOld: { days: 'number' },
  flareAlreadyOn: { since: 'string' },
  flareNotOn: {},
  noPlateauNote: {},
  checkinDone: { date: 'string', next: 'string' },
  routineGone: {},
  tooManyRoutines: { max: 'number' },
  cannotSave: { folder: 'string', errno: 'string' },
  savesWaiting: { folder: 'string', errno: 'string', dropped: 'number' },
  cannotDelete: { folder: 'string', errno: 'string' },
  importPartlyWritten: { folder: 'string', errno: 'string' },
  importNotJson: {},
  importNotExport: {},
  importNewer: {},
  importNotEmpty: {},
  importDamaged: { section: 'string' },
  routineFileBad: { problem: 'string' },
} as const satisfies Record<ServiceError['code'], Record<string, 'string' | 'number'>>;

/** The words for a refusal in the formatter's language; dates in its own order. */
export function serviceErrorText(fmt: Formatter, reason: ServiceError): string {
  const day = (d: string) => formatLocalDate(fmt.formatTag, d, { dateStyle: 'long' });
  switch (reason.code) {
    case 'goalMeasured':
      return fmt.t('refusal.goalMeasured');
    case 'goalKindFixed':
      return fmt.t('refusal.goalKindFixed');
    case 'baselineTooHigh':
      return fmt.t('refusal.baselineTooHigh', { max: reason.max });
    case 'goalHasSessions':
      return fmt.t('refusal.goalHasSessions', { name: reason.name, sessions: reason.sessions });
    case 'goalDeleted':
      return fmt.t('refusal.goalDeleted', { name: reason.name, date: day(reason.date) });
    case 'goalMissing':
      return fmt.t('refusal.goalMissing');
    case 'stepTooLarge':
      return fmt.t('refusal.stepTooLarge', { step: reason.step, unit: reason.unit });
    case 'holdWeekNotMonday':
      return fmt.t('refusal.holdWeekNotMonday');
    case 'holdWeekPast':
      return fmt.t('refusal.holdWeekPast');
    case 'sessionInFuture':
      return fmt.t('refusal.sessionInFuture', { date: day(reason.date) });
    case 'sessionTooOld':
      return fmt.t('refusal.sessionTooOld', { days: reason.days });
    case 'flareAlreadyOn':
      return fmt.t('refusal.flareAlreadyOn', { since: day(reason.since) });
    case 'flareNotOn':
      return fmt.t('refusal.flareNotOn');
    case 'noPlateauNote':
      return fmt.t('refusal.noPlateauNote');
    case 'checkinDone':
      return fmt.t('refusal.checkinDone', { date: day(reason.date), next: day(reason.next) });
    case 'routineGone':
      return fmt.t('refusal.routineGone');
    case 'tooManyRoutines':
      return fmt.t('refusal.tooManyRoutines', { max: reason.max });
    case 'cannotSave':
      return fmt.t('refusal.cannotSave', { folder: reason.folder, why: fsReasonText(fmt, reason.errno) });
    case 'savesWaiting':
      return fmt.t('refusal.savesWaiting', {
        folder: reason.folder,
        why: fsReasonText(fmt, reason.errno),
        dropped: reason.dropped,
      });
    case 'cannotDelete':
      return fmt.t('refusal.cannotDelete', { folder: reason.folder, why: fsReasonText(fmt, reason.errno) });
    case 'importPartlyWritten':
      return fmt.t('refusal.importPartlyWritten', {
        folder: reason.folder,
        why: fsReasonText(fmt, reason.errno),
      });
    case 'importNotJson':
      return fmt.t('refusal.importNotJson');
    case 'importNotExport':
      return fmt.t('refusal.importNotExport');
    case 'importNewer':
      return fmt.t('refusal.importNewer');
    case 'importNotEmpty':
      return fmt.t('refusal.importNotEmpty');
    case 'importDamaged':
      return fmt.t('refusal.importDamaged', { section: reason.section });
    case 'routineFileBad':
      return fmt.t('refusal.routineFileBad', { problem: reason.problem });
  }
}

/** Why the disk refused, as a phrase that follows a colon: "the disk is full", "permission denied". */
export function fsReasonText(fmt: Formatter, errno: string): string {
  return fmt.t('refusal.fsReason', { errno });
}

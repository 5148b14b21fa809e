/**
 * The words for a notice from main (`notices.ts`), in the formatter's language: the dashboard's notices and
 * main's start-up dialog. Kept apart from the zod schema, like `service-error-text.ts`.
 */
import type { Formatter } from './format';
import { formatList, formatLocalDate } from './intl';
import type { NoticeReason } from './notices';
import { fsReasonText } from './service-error-text';

/** "November 2026", "noviembre de 2026": a journal month (YYYY-MM) in the language's own words. */
function monthText(fmt: Formatter, month: string): string {
  return formatLocalDate(fmt.formatTag, `${month}-01`, { month: 'long', year: 'numeric' });
}

export function noticeText(fmt: Formatter, reason: NoticeReason): string {
  const why = (errno: string) => fsReasonText(fmt, errno);
  switch (reason.code) {
    case 'saveFailed':
      return fmt.t('shell.notice.saveFailed', {
        folder: reason.folder,
        why: why(reason.errno),
        dropped: reason.dropped,
      });
    case 'saveWorksAgain':
      return fmt.t('shell.notice.saveWorksAgain', { folder: reason.folder });
    case 'cannotSaveAtStart':
      return fmt.t('shell.notice.cannotSaveAtStart', { folder: reason.folder, why: why(reason.errno) });
    case 'syncFailed':
      return fmt.t('shell.notice.syncFailed', { folder: reason.folder, why: why(reason.errno) });
    case 'journalUnreadable':
      return fmt.t('shell.notice.journalUnreadable', {
        month: monthText(fmt, reason.month),
        why: why(reason.errno),
      });
    case 'journalQuarantined':
      return fmt.t('shell.notice.journalQuarantined', {
        month: monthText(fmt, reason.month),
        lines: reason.lines,
      });
    case 'journalQuarantineFailed':
      return fmt.t('shell.notice.journalQuarantineFailed', {
        month: monthText(fmt, reason.month),
        lines: reason.lines,
        why: why(reason.errno),
      });
    case 'journalNewer':
      return fmt.t('shell.notice.journalNewer', {
        month: monthText(fmt, reason.month),
        unreadable: reason.unreadable,
      });
    case 'pacingQuarantined':
      return fmt.t('shell.notice.pacingQuarantined', {
        month: monthText(fmt, reason.month),
        lines: reason.lines,
      });
    case 'pacingUnreadable':
      return reason.month === null
        ? fmt.t('shell.notice.pacingUnreadable', { why: why(reason.errno) })
        : fmt.t('shell.notice.pacingMonthUnreadable', {
            month: monthText(fmt, reason.month),
            why: why(reason.errno),
          });
    case 'routinesSetAside':
      return fmt.t('shell.notice.routinesSetAside', { file: reason.file });
    case 'planDamaged':
      return fmt.t('shell.notice.planDamaged', { file: reason.file });
    case 'idleUnavailable':
      return fmt.t('shell.notice.idleUnavailable');
    case 'settingsRecovered': {
      // Sentences in order: what was wrong, what was reset, what the disk refused, where the old file is.
      const parts: string[] = [];
      if (reason.cause !== 'none') parts.push(fmt.t('shell.notice.settings.cause', { cause: reason.cause }));
      if (reason.reset.length > 0)
        parts.push(fmt.t('shell.notice.settings.reset', { names: formatList(fmt.formatTag, reason.reset) }));
      for (const fault of reason.faults)
        parts.push(fmt.t('shell.notice.settings.fault', { step: fault.step, why: why(fault.errno) }));
      if (reason.backup !== null) parts.push(fmt.t('shell.notice.settings.backup', { file: reason.backup }));
      return parts.join(' ');
    }
  }
}

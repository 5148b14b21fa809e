/** A notice's words as the person would read them, in English unless told: tests assert on these. */
import { wordsFor } from '../../../main/shell/words';
import { noticeText } from '../../../shared/i18n/notice-text';
import type { Notice } from '../../../shared/ipc';
import type { LocaleSetting } from '../../../shared/settings';

export function noticeWords(notice: Notice | undefined, locale: LocaleSetting = 'en'): string {
  return notice === undefined ? '' : noticeText(wordsFor(locale, [], 'UTC'), notice.reason);
}

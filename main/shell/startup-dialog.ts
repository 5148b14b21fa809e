/**
 * The start-up dialog's words when nothing can be saved in the data folder: a title and the same text as
 * the dashboard's notice, in the formatter's language (the app's `words()`: the setting, else the system's).
 */
import type { Formatter } from '../../shared/i18n/format';
import { noticeText } from '../../shared/i18n/notice-text';

export function cannotSaveDialog(
  words: Formatter,
  problem: { folder: string; errno: string },
): { title: string; body: string } {
  return {
    title: words.t('startup.cannotSaveTitle'),
    body: noticeText(words, { code: 'cannotSaveAtStart', ...problem }),
  };
}

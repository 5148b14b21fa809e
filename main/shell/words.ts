/**
 * The main process's words: the tray, notifications and dialogs speak the language the person chose
 * (`settings.locale`), or the system's when it is "system". One formatter per language, format tag and
 * time zone, kept so a tray re-render does not rebuild it.
 */
import { catalogues } from '../../shared/i18n/catalogues';
import { createFormatter, type Formatter } from '../../shared/i18n/format';
import { chooseLocale } from '../../shared/i18n/locales';
import type { LocaleSetting } from '../../shared/settings';

const made = new Map<string, Formatter>();

/**
 * `system` is the OS's preferred languages, best first (the platform port's `languages()`); it also
 * gives the region for dates and numbers when its language matches the chosen one.
 */
export function wordsFor(choice: LocaleSetting, system: readonly string[], timeZone: string): Formatter {
  const { locale, formatTag } = chooseLocale(choice, system);
  const key = `${locale}|${formatTag}|${timeZone}`;
  let words = made.get(key);
  if (!words) {
    words = createFormatter({ messages: catalogues[locale], formatTag, timeZone });
    made.set(key, words);
  }
  return words;
}

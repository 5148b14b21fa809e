/**
 * Which application locale Chromium should start in, from the saved `locale` setting: Chromium draws the
 * clock of `<input type="time">` (12- or 24-hour, AM/PM) in its application locale, not in the page's
 * language, and that locale is fixed when the process starts. "system" leaves it to the OS; a chosen
 * language gets its Intl tag (the OS region when the languages agree, else the language's default region),
 * the same tag the windows format dates and numbers with.
 */
import { formatTagFor } from '../../shared/i18n/locales';
import { localeSettingSchema } from '../../shared/settings';

export interface UiLocale {
  /** The tag for Chromium's `lang` switch; null leaves the OS locale. */
  tag: string | null;
  /** Why the settings file could not be read as settings (the settings service reports and repairs it). */
  problem?: string;
}

/** `settingsText` is the settings file's text, or null when there is none yet (first start). */
export function uiLocaleFor(settingsText: string | null, systemLanguages: readonly string[]): UiLocale {
  if (settingsText === null) return { tag: null };
  let raw: unknown;
  try {
    raw = JSON.parse(settingsText);
  } catch (error) {
    return {
      tag: null,
      problem: `settings are not JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  const value = typeof raw === 'object' && raw !== null && 'locale' in raw ? raw.locale : 'system';
  const parsed = localeSettingSchema.safeParse(value);
  if (!parsed.success) return { tag: null, problem: `unknown locale setting ${JSON.stringify(value)}` };
  return { tag: parsed.data === 'system' ? null : formatTagFor(parsed.data, systemLanguages) };
}

/**
 * The languages Sitwise speaks, and how one is chosen from what the operating system reports
 * (`app.getLocale()`, `app.getPreferredSystemLanguages()`, `navigator.languages`, or a POSIX `LANG`).
 */

/**
 * Every supported language, as a BCP 47 language subtag. English is the source language. The zod schema
 * is in `locale-schema.ts`, so the prompt window can negotiate a language without carrying zod.
 */
export const locales = ['en', 'de', 'es', 'fr'] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
export const sourceLocale: Locale = 'en';

/**
 * The Intl tag used for dates and numbers when the OS gives no region in the chosen language. English
 * keeps the day-month order and 24-hour clock Sitwise has always shown.
 */
export const defaultFormatTags: Readonly<Record<Locale, string>> = {
  en: 'en-GB',
  de: 'de-DE',
  es: 'es-ES',
  fr: 'fr-FR',
};

/** Each language's own name for itself, for a language picker (never translated). */
export const endonyms: Readonly<Record<Locale, string>> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
};

/** A canonical BCP 47 tag from an OS string ("de_AT.UTF-8" → "de-AT"), or null when it is not one. */
export function canonicalTag(raw: string): string | null {
  // POSIX locales carry a codeset and modifier ("de_AT.UTF-8@euro") and use "_" between parts.
  const cleaned = raw.trim().split(/[.@]/)[0]?.replace(/_/g, '-') ?? '';
  if (cleaned === '' || cleaned === 'C' || cleaned === 'POSIX') return null;
  try {
    return Intl.getCanonicalLocales(cleaned)[0] ?? null;
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

export interface ResolvedLocale {
  /** The language of every message. */
  locale: Locale;
  /** The Intl tag for dates, times and numbers: the OS tag when its language matches, so regions keep
   * their own formats (en-US 12-hour clock, de-CH number grouping). */
  formatTag: string;
}

/**
 * The first preferred OS locale Sitwise speaks ("de-AT" → de, "es-419" → es); English when none is.
 * Accepts one tag or a preference list, best first.
 */
export function negotiateLocale(preferred: string | readonly string[]): ResolvedLocale {
  const list = typeof preferred === 'string' ? [preferred] : preferred;
  for (const raw of list) {
    const tag = canonicalTag(raw);
    if (tag === null) continue;
    const language = new Intl.Locale(tag).language;
    if (isLocale(language)) return { locale: language, formatTag: withRegion(language, tag) };
  }
  return { locale: sourceLocale, formatTag: defaultFormatTags[sourceLocale] };
}

/** The Intl tag for a locale chosen in Settings, keeping the OS region when the languages agree. */
export function formatTagFor(locale: Locale, osPreferred: string | readonly string[] = []): string {
  const list = typeof osPreferred === 'string' ? [osPreferred] : osPreferred;
  for (const raw of list) {
    const tag = canonicalTag(raw);
    if (tag !== null && new Intl.Locale(tag).language === locale) return withRegion(locale, tag);
  }
  return defaultFormatTags[locale];
}

/** A bare language ("de") gets the default region, so formats do not depend on the engine's guess. */
function withRegion(locale: Locale, tag: string): string {
  return new Intl.Locale(tag).region === undefined ? defaultFormatTags[locale] : tag;
}

/** The language and format tag for a `locale` setting: the chosen language, or the system's for "system". */
export function chooseLocale(choice: Locale | 'system', system: readonly string[]): ResolvedLocale {
  return choice === 'system'
    ? negotiateLocale(system)
    : { locale: choice, formatTag: formatTagFor(choice, system) };
}

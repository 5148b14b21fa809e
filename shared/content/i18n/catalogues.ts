/**
 * The content in every language, for the main process and tests (the renderer loads one language on
 * demand through `loadLocalizedContent`). Each language is localised once, on first use.
 */
import type { Locale } from '../../i18n/locales';
import { type ContentCatalog, catalog } from '../catalog';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { type LocalizedContent, localizeCatalog, localizePoses } from './localize';
import { englishPoseWords } from './pose-words';
import type { ContentTranslation } from './types';

const translations: Readonly<Record<Exclude<Locale, 'en'>, ContentTranslation>> = { de, es, fr };
const made = new Map<Locale, LocalizedContent>();

/** The content and the poses' words in a language. */
export function localizedContent(locale: Locale): LocalizedContent {
  if (locale === 'en') return { catalog, poses: englishPoseWords };
  let found = made.get(locale);
  if (!found) {
    const t = translations[locale];
    found = { catalog: localizeCatalog(t, catalog), poses: localizePoses(t) };
    made.set(locale, found);
  }
  return found;
}

/** The content catalogue in a language. */
export function contentIn(locale: Locale): ContentCatalog {
  return localizedContent(locale).catalog;
}

/**
 * The content in every language, for the main process and tests (the renderer loads one language on
 * demand through `loadLocalizedCatalog`). Each language is localised once, on first use.
 */
import type { Locale } from '../../i18n/locales';
import { type ContentCatalog, catalog } from '../catalog';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { localizeCatalog } from './localize';
import type { ContentTranslation } from './types';

const translations: Readonly<Record<Exclude<Locale, 'en'>, ContentTranslation>> = { de, es, fr };
const made = new Map<Locale, ContentCatalog>();

export function contentIn(locale: Locale): ContentCatalog {
  if (locale === 'en') return catalog;
  let found = made.get(locale);
  if (!found) {
    found = localizeCatalog(translations[locale], catalog);
    made.set(locale, found);
  }
  return found;
}

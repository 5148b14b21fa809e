/** Every language's source catalogue (ICU text), as translators edit it. The app formats the compiled form. */
import type { Locale } from '../locales';
import { de } from './de';
import { type CatalogueMessages, en } from './en';
import { es } from './es';
import { fr } from './fr';

export const sourceCatalogues: Readonly<Record<Locale, CatalogueMessages>> = { en, de, es, fr };

/**
 * The compiled catalogues. `loadCatalogue` fetches one language on demand (the renderer: a separate chunk
 * per language, so a window carries only the one it shows); `catalogues` holds all four for the main
 * process and tests, where size does not matter.
 */
import { de } from './compiled/de';
import { en } from './compiled/en';
import { es } from './compiled/es';
import { fr } from './compiled/fr';
import type { CompiledCatalogue } from './compiled-types';
import type { Locale } from './locales';

export const catalogues: Readonly<Record<Locale, CompiledCatalogue>> = { en, de, es, fr };

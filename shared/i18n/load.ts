/** One language's compiled catalogue, loaded on demand: each is its own chunk in the renderer build. */
import type { CompiledCatalogue } from './compiled-types';
import type { Locale } from './locales';

const loaders: Readonly<Record<Locale, () => Promise<CompiledCatalogue>>> = {
  en: () => import('./compiled/en').then((m) => m.en),
  de: () => import('./compiled/de').then((m) => m.de),
  es: () => import('./compiled/es').then((m) => m.es),
  fr: () => import('./compiled/fr').then((m) => m.fr),
};

export function loadCatalogue(locale: Locale): Promise<CompiledCatalogue> {
  return loaders[locale]();
}

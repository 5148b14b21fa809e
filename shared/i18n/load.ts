/**
 * One language's compiled messages, loaded on demand: each pack of each language is its own chunk in the
 * renderer build, so the prompt window carries only its own pack (shared/i18n/packs.ts).
 */
import type { CompiledPack } from './compiled-types';
import type { Locale } from './locales';
import type { Pack } from './packs';

const loaders: Readonly<Record<Locale, Readonly<Record<Pack, () => Promise<CompiledPack>>>>> = {
  en: {
    prompt: () => import('./compiled/en.prompt').then((m) => m.en),
    dashboard: () => import('./compiled/en.dashboard').then((m) => m.en),
  },
  de: {
    prompt: () => import('./compiled/de.prompt').then((m) => m.de),
    dashboard: () => import('./compiled/de.dashboard').then((m) => m.de),
  },
  es: {
    prompt: () => import('./compiled/es.prompt').then((m) => m.es),
    dashboard: () => import('./compiled/es.dashboard').then((m) => m.es),
  },
  fr: {
    prompt: () => import('./compiled/fr.prompt').then((m) => m.fr),
    dashboard: () => import('./compiled/fr.dashboard').then((m) => m.fr),
  },
};

/** The messages of the given packs in one language (the dashboard: both; the prompt window: its own). */
export async function loadCatalogue(locale: Locale, which: readonly Pack[]): Promise<CompiledPack> {
  const parts = await Promise.all(which.map((pack) => loaders[locale][pack]()));
  return Object.assign({}, ...parts);
}

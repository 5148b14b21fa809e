/**
 * The compiled catalogues, every pack of every language, for the main process and tests, where size does
 * not matter. `loadCatalogue` fetches one language's packs on demand in the renderer.
 */
import { de as deDashboard } from './compiled/de.dashboard';
import { de as dePrompt } from './compiled/de.prompt';
import { en as enDashboard } from './compiled/en.dashboard';
import { en as enPrompt } from './compiled/en.prompt';
import { es as esDashboard } from './compiled/es.dashboard';
import { es as esPrompt } from './compiled/es.prompt';
import { fr as frDashboard } from './compiled/fr.dashboard';
import { fr as frPrompt } from './compiled/fr.prompt';
import type { CompiledPack } from './compiled-types';
import type { Locale } from './locales';
import { en as english, type MessageKey } from './messages/en';

const keys = Object.keys(english).filter((key): key is MessageKey => Object.hasOwn(english, key));

/**
 * The packs of one language as one catalogue. Throws when an English key is in no pack (a stale compile),
 * so main never starts with a message missing.
 */
function whole(locale: Locale, ...parts: CompiledPack[]): CompiledPack {
  const merged: CompiledPack = Object.freeze(Object.assign({}, ...parts));
  const missing = keys.filter((key) => merged[key] === undefined);
  if (missing.length > 0)
    throw new Error(`${locale}: ${missing.join(', ')} in no compiled pack; run \`npm run i18n -- compile\``);
  return merged;
}

/** Every message of every language (checked whole at load). */
export const catalogues: Readonly<Record<Locale, CompiledPack>> = {
  en: whole('en', enPrompt, enDashboard),
  de: whole('de', dePrompt, deDashboard),
  es: whole('es', esPrompt, esDashboard),
  fr: whole('fr', frPrompt, frDashboard),
};

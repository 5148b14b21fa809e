/**
 * The window's language: the `locale` setting, or the system's languages when it is "system", loaded as
 * one catalogue chunk. Returns null until the catalogue is in; the root renders nothing with words until
 * then, and renders again (the whole tree, keyed by the language) when the choice changes.
 */
import { useEffect, useState } from 'react';
import type { CompiledCatalogue } from '../../../shared/i18n/compiled-types';
import { createFormatter, type Formatter } from '../../../shared/i18n/format';
import { loadCatalogue } from '../../../shared/i18n/load';
import { formatTagFor, type Locale, negotiateLocale } from '../../../shared/i18n/locales';
import type { LocaleSetting } from '../../../shared/settings';
import { setFormatter } from './t';

/** The languages the system prefers, best first (Chromium reports the app's locale first). */
function systemLanguages(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

/**
 * "?lang=pseudo" in the page's address shows the pseudo-locale (every word accented, longer, in brackets):
 * the layout check for testers and translators. It is never a setting.
 */
function pseudoRequested(): boolean {
  return new URLSearchParams(location.search).get('lang') === 'pseudo';
}

/** The catalogue to show: the language's own, or the pseudo-locale made from the English one. */
async function catalogueFor(locale: Locale): Promise<{ messages: CompiledCatalogue; lang: string }> {
  if (!pseudoRequested()) return { messages: await loadCatalogue(locale), lang: locale };
  const [english, { pseudoCatalogue }] = await Promise.all([
    loadCatalogue('en'),
    import('../../../shared/i18n/pseudo'),
  ]);
  return { messages: pseudoCatalogue(english), lang: 'en-XA' };
}

export function resolveLocale(choice: LocaleSetting): { locale: Locale; formatTag: string } {
  const system = systemLanguages();
  if (choice === 'system') return negotiateLocale(system);
  return { locale: choice, formatTag: formatTagFor(choice, system) };
}

export interface LoadedLocale {
  locale: Locale;
  formatter: Formatter;
}

/** `choice` null: not known yet (settings still loading); nothing loads until it is. */
export function useLocale(choice: LocaleSetting | null): LoadedLocale | null {
  const wanted = choice === null ? null : resolveLocale(choice);
  const locale = wanted?.locale ?? null;
  const formatTag = wanted?.formatTag ?? null;
  const [loaded, setLoaded] = useState<LoadedLocale | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  if (failed !== null) throw failed;

  useEffect(() => {
    if (locale === null || formatTag === null) return;
    let live = true;
    catalogueFor(locale).then(
      ({ messages, lang }) => {
        if (!live) return;
        // Screen readers and hyphenation read the page's language from <html lang>.
        document.documentElement.lang = lang;
        setLoaded({ locale, formatter: createFormatter({ messages, formatTag }) });
      },
      (error: unknown) => {
        if (live) setFailed(error);
      },
    );
    return () => {
      live = false;
    };
  }, [locale, formatTag]);

  // Until the new language is in, the old one keeps speaking (no blank flash on a change).
  if (loaded !== null) setFormatter(loaded.formatter);
  return loaded;
}

/**
 * The window's language: the `locale` setting, or the system's languages when it is "system", loaded as
 * one catalogue chunk. Returns null until the catalogue is in; the root renders nothing with words until
 * then, and renders again (the whole tree, keyed by the language) when the choice changes.
 */
import { useEffect, useState } from 'react';
import type { LocalizedContent } from '../../../shared/content/i18n/localize';
import type { CompiledPack } from '../../../shared/i18n/compiled-types';
import { createFormatter, type Formatter } from '../../../shared/i18n/format';
import { loadCatalogue } from '../../../shared/i18n/load';
import { chooseLocale, type Locale, type ResolvedLocale } from '../../../shared/i18n/locales';
import type { Pack } from '../../../shared/i18n/packs';
import type { LocaleSetting } from '../../../shared/settings';
import { setContent } from '../content';
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
async function catalogueFor(
  locale: Locale,
  which: readonly Pack[],
): Promise<{ messages: CompiledPack; lang: string }> {
  if (!pseudoRequested()) return { messages: await loadCatalogue(locale, which), lang: locale };
  const [english, { pseudoCatalogue }] = await Promise.all([
    loadCatalogue('en', which),
    import('../../../shared/i18n/pseudo'),
  ]);
  return { messages: pseudoCatalogue(english), lang: 'en-XA' };
}

/**
 * Routines, tips, checklist and safety texts in the language (the pseudo-locale's made from the English).
 * A dynamic import, so a window that shows no content (the prompt window) never carries it.
 */
async function contentFor(locale: Locale): Promise<LocalizedContent> {
  if (!pseudoRequested()) {
    const { loadLocalizedContent } = await import('../../../shared/content/i18n/localize');
    return loadLocalizedContent(locale);
  }
  const { pseudoContent } = await import('../../../shared/content/i18n/pseudo');
  return pseudoContent();
}

export function resolveLocale(choice: LocaleSetting): ResolvedLocale {
  return chooseLocale(choice, systemLanguages());
}

export interface LoadedLocale {
  locale: Locale;
  formatter: Formatter;
  /** Null when the window did not ask for content. */
  content: LocalizedContent | null;
}

export interface LocaleOptions {
  /**
   * The dashboard: every message pack, and the content (routines, tips, safety texts) in the language,
   * set for `content.ts`. Otherwise (the prompt window) only the prompt pack and no content.
   */
  dashboard?: boolean;
}

/** `choice` null: not known yet (settings still loading); nothing loads until it is. */
export function useLocale(choice: LocaleSetting | null, options: LocaleOptions = {}): LoadedLocale | null {
  const dashboard = options.dashboard === true;
  const wanted = choice === null ? null : resolveLocale(choice);
  const locale = wanted?.locale ?? null;
  const formatTag = wanted?.formatTag ?? null;
  const [loaded, setLoaded] = useState<LoadedLocale | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  if (failed !== null) throw failed;

  useEffect(() => {
    if (locale === null || formatTag === null) return;
    let live = true;
    const which: readonly Pack[] = dashboard ? ['prompt', 'dashboard'] : ['prompt'];
    Promise.all([catalogueFor(locale, which), dashboard ? contentFor(locale) : null]).then(
      ([{ messages, lang }, content]) => {
        if (!live) return;
        // Screen readers and hyphenation read the page's language from <html lang>.
        document.documentElement.lang = lang;
        setLoaded({ locale, formatter: createFormatter({ messages, formatTag }), content });
      },
      (error: unknown) => {
        if (live) setFailed(error);
      },
    );
    return () => {
      live = false;
    };
  }, [locale, formatTag, dashboard]);

  // Until the new language is in, the old one keeps speaking (no blank flash on a change).
  if (loaded !== null) {
    setFormatter(loaded.formatter);
    if (loaded.content !== null) setContent(loaded.content);
  }
  return loaded;
}

import { describe, expect, it } from 'vitest';
import { localeSchema } from '../../../shared/i18n/locale-schema';
import { canonicalTag, formatTagFor, negotiateLocale } from '../../../shared/i18n/locales';

describe('negotiateLocale', () => {
  it.each([
    ['de-AT', 'de', 'de-AT'],
    ['de', 'de', 'de-DE'],
    ['es-419', 'es', 'es-419'],
    ['fr-CA', 'fr', 'fr-CA'],
    ['en-US', 'en', 'en-US'],
    ['en', 'en', 'en-GB'],
    ['de_CH.UTF-8', 'de', 'de-CH'],
    ['fr_BE@euro', 'fr', 'fr-BE'],
    ['pt-BR', 'en', 'en-GB'],
    ['ja', 'en', 'en-GB'],
    ['', 'en', 'en-GB'],
    ['C', 'en', 'en-GB'],
    ['POSIX', 'en', 'en-GB'],
    ['not a locale!', 'en', 'en-GB'],
  ])('%j → %s (formats as %s)', (os, locale, formatTag) => {
    expect(negotiateLocale(os)).toEqual({ locale, formatTag });
  });

  it('takes the first language it speaks from a preference list', () => {
    expect(negotiateLocale(['pt-BR', 'fr-CH', 'de-DE'])).toEqual({ locale: 'fr', formatTag: 'fr-CH' });
    expect(negotiateLocale([])).toEqual({ locale: 'en', formatTag: 'en-GB' });
  });
});

describe('formatTagFor', () => {
  it('keeps the OS region when the chosen language matches it, else the default region', () => {
    expect(formatTagFor('en', ['en-US'])).toBe('en-US');
    expect(formatTagFor('de', ['en-US', 'de-AT'])).toBe('de-AT');
    expect(formatTagFor('fr', ['en-US'])).toBe('fr-FR');
    expect(formatTagFor('es')).toBe('es-ES');
  });
});

describe('canonicalTag', () => {
  it('cleans POSIX forms and rejects non-tags', () => {
    expect(canonicalTag('en_gb.utf8')).toBe('en-GB');
    expect(canonicalTag('  ')).toBeNull();
    expect(canonicalTag('x_')).toBeNull();
  });
});

describe('localeSchema', () => {
  it('is the four languages, English first', () => {
    expect(localeSchema.options).toEqual(['en', 'de', 'es', 'fr']);
    expect(localeSchema.safeParse('it').success).toBe(false);
  });
});

/**
 * The catalogue as a whole: every language has every key (a generated check over the English keys), each
 * message is valid ICU with the English arguments, the compiled files match their sources, and no key goes
 * unused by the code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../../scripts/i18n/catalogue-check';
import { catalogues } from '../../../shared/i18n/catalogues';
import { defaultFormatTags, locales } from '../../../shared/i18n/locales';
import { en, englishAreas } from '../../../shared/i18n/messages/en';
import { sourceCatalogues } from '../../../shared/i18n/messages/index';

const root = join(import.meta.dirname, '../../..');

describe.each(locales)('the %s catalogue', (locale) => {
  const checked = checkCatalogue(en, sourceCatalogues[locale], defaultFormatTags[locale]);

  it('has every English key, and no other', () => {
    expect(Object.keys(sourceCatalogues[locale]).sort()).toEqual(Object.keys(en).sort());
  });

  it('is valid ICU with the same arguments as the English, and no ASCII apostrophes', () => {
    expect(checked.problems).toEqual([]);
  });

  it('is compiled: shared/i18n/compiled matches the source (run `npm run i18n -- compile`)', () => {
    expect(catalogues[locale]).toEqual(checked.compiled);
  });
});

describe('the English modules', () => {
  it('name each key once: no area overwrites another’s key when they are put together', () => {
    const perArea = Object.values(englishAreas).flatMap((area) => Object.keys(area));
    expect(perArea.length).toBe(Object.keys(en).length);
  });
});

describe('checkCatalogue', () => {
  const check = (de: Record<string, string>) =>
    checkCatalogue(
      { a: 'Snooze {minutes, number} min', b: '{p, select, sit {Sit} other {Move}}', c: 'Plain' },
      de,
      'de-DE',
    ).problems;

  it('names each fault a translator can make', () => {
    expect(
      check({
        a: 'In {minuten, number} Min.',
        b: '{p, select, other {Bewegen}}',
        c: 'Geht’s',
      }),
    ).toEqual([
      { key: 'a', problem: 'does not use {minutes}' },
      { key: 'a', problem: 'uses {minuten}, which the English does not' },
      { key: 'b', problem: 'select {p} needs the cases sit, other' },
    ]);
    expect(check({ a: 'In {minutes} Min.', b: '{p, select, sit {S} other {B}}', c: "Geht's" })).toEqual([
      { key: 'c', problem: "uses an ASCII apostrophe; write ’ (ICU reads ' as a quote)" },
    ]);
    expect(check({ a: 'In {minutes, date} Min.', b: '{p', c: 'x', d: 'y' }).map((p) => p.key)).toEqual([
      'a',
      'b',
      'd',
    ]);
  });

  it('rejects plural cases the language does not have', () => {
    const problems = checkCatalogue(
      { n: '{n, plural, one {# a} other {# b}}' },
      { n: '{n, plural, few {# x} other {# y}}' },
      'de-DE',
    ).problems;
    expect(problems).toEqual([
      { key: 'n', problem: 'plural {n} has "few", not a plural category of this language' },
    ]);
  });
});

/** Every .ts/.tsx file of the app, outside the catalogue itself. */
function appSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name)) out.push(path);
    }
  };
  for (const top of ['shared', 'main', 'preload', 'renderer/src']) walk(join(root, top));
  return out.filter((f) => !/shared\/i18n\/(messages|compiled)\//.test(relative(root, f)));
}

describe('unused keys', () => {
  it('every key is used by the app, written out as a literal (or as a msgKey prefix) so this check can see it', () => {
    const code = appSources()
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    // `msgKey('common.posture', p)` uses every `common.posture.*` key; its types make sure each value has one.
    const prefixes = [...code.matchAll(/msgKey\(\s*'([\w.-]+)'/g)].map((m) => `${m[1]}.`);
    const unused = Object.keys(en).filter(
      (key) => !code.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });
});

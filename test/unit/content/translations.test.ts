/**
 * Content translations, reviewed by machine where a machine can: every id in every language with the
 * English shape, the same numbers as the English (doses, timings, repetitions), the schema limits, and each
 * language's wording lint. Meaning itself is reviewed by people (docs/ui.md).
 */
import { describe, expect, it } from 'vitest';
import type { ContentCatalog } from '../../../shared/content/catalog';
import { catalog } from '../../../shared/content/catalog';
import { de } from '../../../shared/content/i18n/de';
import { es } from '../../../shared/content/i18n/es';
import { fr } from '../../../shared/content/i18n/fr';
import {
  loadLocalizedContent,
  localizeCatalog,
  translationProblems,
} from '../../../shared/content/i18n/localize';
import { numbersIn, reviewTranslation } from '../../../shared/content/i18n/review';
import type { ContentTranslation } from '../../../shared/content/i18n/types';
import { wordingRules } from '../../../shared/content/i18n/wording-rules';
import { lintWording } from '../../../shared/content/wording';

const translations = { de, es, fr } as const;

/** Every item of a catalogue, in a fixed order. */
function items(c: ContentCatalog): object[] {
  return [...c.sources, ...c.routines, ...c.tips, ...c.checklist, ...c.redFlags, ...c.safetyTexts];
}

describe.each(Object.entries(translations))('the %s content translation', (locale, t) => {
  const review = reviewTranslation(locale as keyof typeof translations, t);

  it('has every content id, in the English shape', () => {
    expect(review.shape).toEqual([]);
  });

  it('keeps every number of the English text, and adds none (doses, timings, repetitions)', () => {
    expect(review.numbers).toEqual([]);
  });

  it('changes only words: ids, doses, sides, placements and sources are the English ones', () => {
    const kept = new Set(['id', 'source', 'dosageSource', 'side', 'placement', 'category', 'effort']);
    for (const k of ['kind', 'level', 'group', 'svg', 'url', 'citation', 'section']) kept.add(k);
    const strip = (c: ContentCatalog) =>
      JSON.stringify(items(c), (k, v) => (typeof v === 'string' && !kept.has(k) ? '' : v));
    expect(strip(localizeCatalog(t))).toBe(strip(catalog));
  });

  it('fits the content schemas (lengths, question marks)', () => {
    expect(review.schema).toEqual([]);
  });

  it('passes its own wording lint: no claims, no condition names, calm, short sentences', () => {
    expect(review.wording).toEqual([]);
  });

  it('is translated throughout: no English sentence left, no ASCII apostrophes', () => {
    expect(review.untranslated).toEqual([]);
  });
});

describe('the number check', () => {
  it('sees a changed dose, a dropped number and an added one', () => {
    expect(numbersIn('Hold 20–30 s, 2 times')).toEqual(['2', '20', '30']);
    expect(numbersIn('Halte 20–30 s, 3 Mal')).not.toEqual(numbersIn('Hold 20–30 s, 2 times'));
    expect(numbersIn('Box 4-4-4-4')).toEqual(['4', '4', '4', '4']);
  });
});

describe('translationProblems', () => {
  it('reports missing and unknown ids and a different shape', () => {
    const routines = { ...de.routines };
    const catCow = routines['desk-seated-cat-cow'];
    delete routines['desk-box-breathing'];
    const broken: ContentTranslation = {
      ...de,
      routines: {
        ...routines,
        'desk-seated-cat-cow': { ...(catCow ?? { title: '', summary: '', cautions: [] }), steps: [] },
        'not-a-routine': { title: 'x', summary: 'x', steps: [], cautions: [] },
      },
      tips: { ...de.tips, 'tip-extra': 'x' },
    };
    expect(translationProblems(broken).map((p) => `${p.where} ${p.problem}`)).toEqual([
      'routines/desk-box-breathing is missing',
      'routines/not-a-routine is not an English content id',
      'tips/tip-extra is not an English content id',
      'routines/desk-seated-cat-cow.steps has 0 steps, the English 2',
      'routines/desk-seated-cat-cow.steps.0 has no translation',
      'routines/desk-seated-cat-cow.steps.1 has no translation',
    ]);
    expect(() => localizeCatalog(broken)).toThrow(/desk-box-breathing is missing/);
  });
});

describe('loadLocalizedContent', () => {
  it('gives the English catalogue for English and a translated one otherwise', async () => {
    expect((await loadLocalizedContent('en')).catalog).toBe(catalog);
    const german = (await loadLocalizedContent('de')).catalog;
    expect(german.routines.find((r) => r.id === 'walk-scheduled')?.title).toBe('Zwölf-Minuten-Spaziergang');
    expect(german.routines.find((r) => r.id === 'walk-scheduled')?.steps[1]?.seconds).toBe(480);
  });
});

describe('each language’s wording lint', () => {
  const lint = (locale: 'de' | 'es' | 'fr', text: string) =>
    lintWording(text, wordingRules[locale].limits, wordingRules[locale].rules).map((i) => i.rule);

  it.each([
    ['de', 'Diese Übung kann heilen.'],
    ['de', 'Heilung braucht Zeit.'],
    ['de', 'Eine Therapie für den Rücken.'],
    ['de', 'Sitwise stellt eine Diagnose.'],
    ['de', 'Die Behandlung beginnt heute.'],
    ['de', 'Bald schmerzfrei.'],
    ['es', 'Este ejercicio puede curar tu espalda.'],
    ['es', 'Un tratamiento sencillo.'],
    ['es', 'Un diagnóstico rápido.'],
    ['es', 'Una terapia para la espalda.'],
    ['fr', 'Cet exercice peut guérir votre dos.'],
    ['fr', 'Un traitement simple.'],
    ['fr', 'Un diagnostic rapide.'],
    ['fr', 'Pour soigner le dos.'],
  ] as const)('%s rejects a health claim: %s', (locale, text) => {
    expect(lint(locale, text)).toContain('claim');
  });

  it.each([
    ['de', 'Gut bei Ischias.'],
    ['de', 'Bei einem Bandscheibenvorfall.'],
    ['de', 'Das könnte Krebs sein.'],
    ['de', 'Eine Entzündung im Rücken.'],
    ['es', 'Alivia la ciática.'],
    ['es', 'Podría ser cáncer.'],
    ['es', 'Una hernia discal.'],
    ['fr', 'Contre la sciatique.'],
    ['fr', 'Cela pourrait être un cancer.'],
    ['fr', 'Une hernie discale.'],
  ] as const)('%s rejects a condition name: %s', (locale, text) => {
    expect(lint(locale, text)).toContain('condition-name');
  });

  it('allows asking about history, and nothing else about cancer', () => {
    expect(lint('de', 'Hattest du schon einmal Krebs?')).toEqual([]);
    expect(lint('es', '¿Has tenido cáncer antes?')).toEqual([]);
    expect(lint('fr', 'Avez-vous déjà eu un cancer ?')).toEqual([]);
    expect(lint('es', '¡Muy bien!')).toEqual(['exclamation']);
  });

  it('does not flag ordinary words that contain a claim stem', () => {
    expect(lint('fr', 'Gardez le dos droit, faites un trait au crayon.')).toEqual([]);
    expect(lint('es', 'Una pausa activa cura... no: mueve.')).toContain('claim');
    expect(lint('de', 'Die Wunde ist klein.')).toEqual([]);
  });
});

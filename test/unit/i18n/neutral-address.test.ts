/**
 * Spanish and French address the person without grammatical gender (docs/ui.md, translator guidance):
 * "sentado" / "assis" may describe a noun ("tiempo sentado", "temps assis", "période assise") or be part of
 * a compound tense ("me he sentado"), never stand for the person ("Sentado 30 min", "Rester assis").
 */
import { describe, expect, it } from 'vitest';
import { sourceCatalogues } from '../../../shared/i18n/messages/index';
import { messageTexts } from './message-texts';

/** A word agreeing with the person: the participle alone, not after a noun it describes or an auxiliary. */
const gendered = {
  es: /(?<!\b(?:tiempo|periodo|periodos|posición|he|has|ha|hemos|han)\s)\bsentad[oa]s?\b/iu,
  fr: /(?<!\b(?:temps|période|périodes|position)\s)\bassis(?:es?)?\b(?!-debout)/iu,
} as const;

describe.each(Object.keys(gendered) as (keyof typeof gendered)[])('the %s messages', (locale) => {
  it('never give the person a grammatical gender for sitting', () => {
    const found = messageTexts(sourceCatalogues[locale])
      .filter(({ text }) => gendered[locale].test(text))
      .map(({ path, text }) => `${path}: ${text}`);
    expect(found).toEqual([]);
  });
});

describe('the check itself', () => {
  it('finds the person’s gender and lets a described noun or compound tense pass', () => {
    expect(gendered.es.test('Sentado 30 min, de pie 15 min')).toBe(true);
    expect(gendered.es.test('Cuánto tiempo estar sentada')).toBe(true);
    expect(gendered.es.test('Tiempo sentado 5 h')).toBe(false);
    expect(gendered.es.test('Me he sentado')).toBe(false);
    expect(gendered.fr.test('Assis 30 min, debout 15 min')).toBe(true);
    expect(gendered.fr.test('Rester assise 30 min')).toBe(true);
    expect(gendered.fr.test('Plus longue période assise')).toBe(false);
    expect(gendered.fr.test('Pas de bureau assis-debout')).toBe(false);
  });
});

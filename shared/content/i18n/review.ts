/**
 * The machine part of reviewing a content translation (people review meaning; docs/ui.md): the English
 * shape, the same numbers as the English text (doses, timings, repetitions), the schema limits, the
 * language's own wording lint, and nothing left in English; the poses' names and alt texts included.
 */
import type { Locale } from '../../i18n/locales';
import { type ContentCatalog, catalog } from '../catalog';
import {
  checklistItemSchema,
  redFlagSchema,
  routineSchema,
  safetyTextSchema,
  sourceSchema,
  tipSchema,
} from '../schema';
import { lintWording, userFacingStrings } from '../wording';
import { localizeCatalog, localizePoses, translationProblems } from './localize';
import { englishPoseWords, type PoseWords } from './pose-words';
import type { ContentTranslation } from './types';
import { wordingRules } from './wording-rules';

export interface TranslationReview {
  shape: string[];
  numbers: string[];
  schema: string[];
  wording: string[];
  untranslated: string[];
}

/** The numbers written in a text, as digits, sorted ("20–30" gives 20 and 30; "4-4-4-4" four 4s). */
export function numbersIn(text: string): string[] {
  return (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '.')).sort();
}

/** Strings that name things rather than say them (pose ids of the figure): never translated. */
const namesOnly = /(^|\.)poses\.\d+$/;
const wordsOf = (item: unknown) => userFacingStrings(item).filter((f) => !namesOnly.test(f.path));

/** Every item of a catalogue with where it sits, in a fixed order. */
function itemsOf(c: ContentCatalog): { where: string; item: object }[] {
  return [
    ...c.sources.map((item) => ({ where: `sources/${item.id}`, item })),
    ...c.routines.map((item) => ({ where: `routines/${item.id}`, item })),
    ...c.tips.map((item) => ({ where: `tips/${item.id}`, item })),
    ...c.checklist.map((item) => ({ where: `checklist/${item.id}`, item })),
    ...c.redFlags.map((item) => ({ where: `redFlags/${item.id}`, item })),
    ...c.safetyTexts.map((item) => ({ where: `safetyTexts/${item.id}`, item })),
  ];
}

/** The poses' words, each pose an item (its name and alt text are reviewed like any content). */
function poseItemsOf(words: PoseWords): { where: string; item: object }[] {
  return Object.keys(englishPoseWords).map((name) => ({ where: `poses/${name}`, item: words[name] ?? {} }));
}

function schemaIssues(c: ContentCatalog): string[] {
  const results = [
    ...c.sources.map((x) => [x.id, sourceSchema.safeParse(x)] as const),
    ...c.routines.map((x) => [x.id, routineSchema.safeParse(x)] as const),
    ...c.tips.map((x) => [x.id, tipSchema.safeParse(x)] as const),
    ...c.checklist.map((x) => [x.id, checklistItemSchema.safeParse(x)] as const),
    ...c.redFlags.map((x) => [x.id, redFlagSchema.safeParse(x)] as const),
    ...c.safetyTexts.map((x) => [x.id, safetyTextSchema.safeParse(x)] as const),
  ];
  return results.flatMap(([id, r]) =>
    r.success ? [] : r.error.issues.map((i) => `${id}.${i.path.join('.')}: ${i.message}`),
  );
}

export function reviewTranslation(
  locale: Exclude<Locale, 'en'>,
  t: ContentTranslation,
  base: ContentCatalog = catalog,
): TranslationReview {
  const shape = translationProblems(t, base).map((p) => `${p.where} ${p.problem}`);
  const review: TranslationReview = { shape, numbers: [], schema: [], wording: [], untranslated: [] };
  if (shape.length > 0) return review;
  const localized = localizeCatalog(t, base);
  const english = [...itemsOf(base), ...poseItemsOf(englishPoseWords)];
  const translated = [...itemsOf(localized), ...poseItemsOf(localizePoses(t))];
  const { rules, limits } = wordingRules[locale];
  english.forEach(({ where, item }, i) => {
    const theirs = wordsOf(translated[i]?.item);
    wordsOf(item).forEach((mine, j) => {
      const at = `${where}.${mine.path}`;
      const other = theirs[j];
      if (other?.path !== mine.path) {
        review.shape.push(`${at}: no matching text`);
        return;
      }
      if (numbersIn(mine.text).join() !== numbersIn(other.text).join())
        review.numbers.push(
          `${at}: "${mine.text}" has ${numbersIn(mine.text).join(', ') || 'no numbers'}, "${other.text}" has ${numbersIn(other.text).join(', ') || 'none'}`,
        );
      for (const issue of lintWording(other.text, limits, rules))
        review.wording.push(`${at}: ${issue.message}`);
      if (other.text === mine.text) review.untranslated.push(`${at}: still "${mine.text}"`);
      if (other.text.includes("'")) review.untranslated.push(`${at}: ASCII apostrophe; write ’`);
    });
  });
  review.schema = schemaIssues(localized);
  return review;
}

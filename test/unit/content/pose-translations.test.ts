/**
 * The pose library's words in each language, reviewed by machine where a machine can: every pose named
 * and described, nothing left in English, list names without a period and alt texts as sentences, French
 * and Spanish with typographic apostrophes, and each language's wording lint. Meaning is reviewed by people
 * (docs/ui.md, "Reviewing content translations").
 */
import { describe, expect, it } from 'vitest';
import { dePoses } from '../../../shared/content/i18n/poses/de';
import { esPoses } from '../../../shared/content/i18n/poses/es';
import { frPoses } from '../../../shared/content/i18n/poses/fr';
import { wordingRules } from '../../../shared/content/i18n/wording-rules';
import { poseLibrary, poseNames } from '../../../shared/content/poses';
import { lintWording } from '../../../shared/content/wording';

const translations = { de: dePoses, es: esPoses, fr: frPoses } as const;

/** Texts that may read the same as the English because they are proper nouns. None so far. */
const properNouns: ReadonlySet<string> = new Set<string>();

describe.each(Object.entries(translations))('the %s pose words', (locale, poses) => {
  const entries = poseNames.map((name) => ({ name, english: poseLibrary[name], text: poses[name] }));

  it('name every pose of the library, in the library’s order', () => {
    expect(Object.keys(poses)).toEqual(poseNames);
  });

  it('give every pose a label and an alt text', () => {
    const empty = entries.filter(({ text }) => text.label.trim() === '' || text.alt.trim() === '');
    expect(empty.map((e) => e.name)).toEqual([]);
  });

  it('leave nothing in English', () => {
    const same = entries.flatMap(({ name, english, text }) => [
      ...(text.label === english.label && !properNouns.has(text.label) ? [`${name}.label`] : []),
      ...(text.alt === english.alt && !properNouns.has(text.alt) ? [`${name}.alt`] : []),
    ]);
    expect(same).toEqual([]);
  });

  it('end no label with a period, and every alt text with one', () => {
    expect(entries.filter(({ text }) => text.label.trimEnd().endsWith('.')).map((e) => e.name)).toEqual([]);
    expect(entries.filter(({ text }) => !text.alt.endsWith('.')).map((e) => e.name)).toEqual([]);
  });

  it('pass the language’s wording lint: no claim or condition words, calm and short', () => {
    const { rules, limits } = wordingRules[locale as keyof typeof translations];
    const issues = entries.flatMap(({ name, text }) =>
      [text.label, text.alt].flatMap((t) =>
        lintWording(t, limits, rules).map((i) => `${name}: ${i.rule} (${i.match})`),
      ),
    );
    expect(issues).toEqual([]);
  });
});

describe.each([
  ['es', esPoses],
  ['fr', frPoses],
] as const)('the %s pose words', (_locale, poses) => {
  it('use the typographic apostrophe ’, never a straight one', () => {
    const straight = Object.entries(poses).flatMap(([name, text]) =>
      [text.label, text.alt].filter((t) => t.includes("'")).map(() => name),
    );
    expect(straight).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { wordingRules } from '../../../shared/content/i18n/wording-rules';
import { lintWording } from '../../../shared/content/wording';
import { locales } from '../../../shared/i18n/locales';
import { en } from '../../../shared/i18n/messages/en';
import { sourceCatalogues } from '../../../shared/i18n/messages/index';
import { messageTexts } from '../i18n/message-texts';

describe.each(locales)('the %s interface messages', (locale) => {
  const texts = messageTexts(sourceCatalogues[locale]);
  const { rules, limits } = wordingRules[locale];

  it('make no health claims, name no conditions and stay calm (the language’s own word lists)', () => {
    const problems = texts.flatMap(({ path, text }) =>
      lintWording(text, limits, rules)
        .filter((i) => i.rule === 'claim' || i.rule === 'condition-name' || i.rule === 'exclamation')
        .map((i) => `${path}: ${i.message}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('the English interface messages', () => {
  const texts = messageTexts(en);

  it('are all collected in one catalogue', () => {
    expect(texts.length).toBeGreaterThan(800);
  });

  it('use no guilt-tripping words', () => {
    // Words that blame the person. Technical failures ("Export failed") are about the app, so they are fine.
    const guilt =
      /\b(lazy|you failed|failure|should have|you must|don[’']t forget|no excuses?|guilty|bad posture|again\?)/i;
    expect(texts.filter(({ text }) => guilt.test(text))).toEqual([]);
    expect(guilt.test('You should have stood up')).toBe(true);
  });
});

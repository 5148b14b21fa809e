import { describe, expect, it } from 'vitest';
import {
  catalog,
  countSyllables,
  lintWording,
  readingStats,
  splitSentences,
  userFacingStrings,
  type WordingRule,
  wordsIn,
} from '../../../shared/content';

const rules = (text: string): WordingRule[] => lintWording(text).map((i) => i.rule);

describe('lintWording rejects', () => {
  it.each([
    'This routine will cure your stiffness.',
    'A simple way to treat back pain.',
    'Treatment starts today.',
    'Sitwise can diagnose the cause.',
    'We help you heal.',
    'Healing takes time.',
    'Fix your back in five minutes.',
    'Results guaranteed.',
    'This screens for serious problems.',
    'A quick screening question.',
    'Be pain-free by Friday.',
    'A miracle stretch.',
  ])('a health claim: %s', (text) => {
    expect(rules(text)).toContain('claim');
  });

  it.each([
    'This may help sciatica.',
    'Signs of cauda equina.',
    'Ask about cancer screening.',
    'This could be cancer.',
    'Gentle moves for arthritis.',
    'Ease osteoarthritis pain.',
    'If you have a slipped disc.',
    'A herniated disc can hurt.',
    'Spinal stenosis is common.',
    'You may have an infection.',
    'A fracture needs care.',
    'Good for fibromyalgia.',
    'Degenerative changes are normal.',
    'Central sensitisation explained.',
    'Any disease of the spine.',
  ])('a condition name: %s', (text) => {
    expect(rules(text)).toContain('condition-name');
  });

  it('an exclamation mark', () => {
    expect(rules('Well done!')).toEqual(['exclamation']);
  });

  it('a sentence over 20 words, naming the sentence', () => {
    const long = `${'word '.repeat(21).trim()}.`;
    const issues = lintWording(long);
    expect(issues.map((i) => i.rule)).toEqual(['long-sentence']);
    expect(issues[0]?.match).toBe(long);
    expect(rules(`${'word '.repeat(20).trim()}.`)).toEqual([]);
  });

  it('a text whose sentences average over 15 words', () => {
    const s = `${'word '.repeat(16).trim()}.`;
    expect(rules(`${s} ${s}`)).toEqual(['long-average']);
    const short = 'Short one.';
    expect(rules(`${s} ${short}`)).toEqual([]);
  });

  it('honours custom limits', () => {
    expect(
      lintWording('One two three four.', { maxSentenceWords: 3, maxAverageWords: 3 }).map((i) => i.rule),
    ).toEqual(['long-sentence']);
  });
});

describe('lintWording accepts', () => {
  it.each([
    'Set the top of your screen near eye level.',
    'A healthy habit is one you can keep.',
    'Stop if this causes new pain or symptoms down your leg.',
    'Have you had cancer before, and not yet talked to a doctor about this back pain?',
    'Call your emergency number or go to an emergency department (A&E) now.',
    'Walk for 12 minutes. Rest 2.5 minutes if you need to.',
  ])('%s', (text) => {
    expect(lintWording(text)).toEqual([]);
  });

  it('allows "had cancer before" but still rejects any other mention of cancer in the same text', () => {
    expect(rules('You have had cancer before.')).toEqual([]);
    expect(rules('You have had cancer before. This may be cancer.')).toEqual(['condition-name']);
  });
});

describe('sentences and words', () => {
  it('split sentences at end marks and line breaks, not inside numbers', () => {
    expect(splitSentences('Sit tall. Breathe out!\nRelax? Hold 2.5 s.')).toEqual([
      'Sit tall.',
      'Breathe out!',
      'Relax?',
      'Hold 2.5 s.',
    ]);
    expect(splitSentences('  ')).toEqual([]);
  });

  it('count hyphenated words and ranges once, and skip stray punctuation', () => {
    expect(wordsIn('Seated cat-cow for 20–30 s — easy')).toHaveLength(6);
  });

  it('count syllables roughly', () => {
    expect(countSyllables('back')).toBe(1);
    expect(countSyllables('gently')).toBe(2);
    expect(countSyllables('walking')).toBe(2);
    expect(countSyllables('relaxes')).toBe(2);
    expect(countSyllables('comfortable')).toBeGreaterThanOrEqual(3);
    expect(countSyllables('—')).toBe(0);
  });
});

describe('userFacingStrings', () => {
  it('walks nested objects and arrays, skipping ids, sources, enums and markup', () => {
    const found = userFacingStrings({
      id: 'cure-all',
      source: 'treat-source',
      title: 'Title',
      steps: [{ instruction: 'Step.', side: 'both', cautions: ['Careful.'] }],
      prompts: ['sit'],
      illustration: { svg: '<svg/>', alt: 'Alt text.' },
    });
    expect(found).toEqual([
      { path: 'title', text: 'Title' },
      { path: 'steps.0.instruction', text: 'Step.' },
      { path: 'steps.0.cautions.0', text: 'Careful.' },
      { path: 'illustration.alt', text: 'Alt text.' },
    ]);
  });
});

describe('all shipped content', () => {
  const found = Object.entries(catalog).flatMap(([collection, items]: [string, readonly { id: string }[]]) =>
    items.flatMap((item) =>
      userFacingStrings(item).map((f) => ({ ...f, where: `${collection}/${item.id}` })),
    ),
  );

  it('walks every kind of user-facing field', () => {
    const fields = new Set(found.map((f) => f.path.replace(/\.\d+/g, '')));
    for (const f of ['label', 'title', 'summary', 'steps.instruction', 'steps.breath', 'steps.cautions']) {
      expect(fields).toContain(f);
    }
    for (const f of ['cautions', 'progression', 'text', 'detail', 'symptom', 'question']) {
      expect(fields).toContain(f);
    }
    for (const f of ['action', 'body', 'steps']) expect(fields).toContain(f);
  });

  it('passes the wording lint, string by string', () => {
    const failures = found.flatMap((f) =>
      lintWording(f.text).map((i) => `${f.where}.${f.path}: ${i.message}`),
    );
    expect(failures).toEqual([]);
  });

  it('reads plainly overall: short sentences and a low grade level', () => {
    const stats = readingStats(found.map((f) => f.text));
    expect(stats.sentences).toBeGreaterThan(300);
    expect(stats.meanSentenceWords).toBeLessThanOrEqual(12);
    expect(stats.grade).toBeLessThanOrEqual(8);
  });
});

import { describe, expect, it } from 'vitest';
import { strings } from '../../../renderer/src/strings';
import { lintWording } from '../../../shared/content/wording';

function allStrings(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}.${i}`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

describe('renderer strings', () => {
  const texts = allStrings(strings, '');

  it('are all collected in one catalogue', () => {
    expect(texts.length).toBeGreaterThan(300);
  });

  it('make no health claims, name no conditions and stay calm', () => {
    const problems = texts.flatMap(({ path, text }) =>
      lintWording(text)
        .filter((i) => i.rule === 'claim' || i.rule === 'condition-name' || i.rule === 'exclamation')
        .map((i) => `${path}: ${i.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('use no guilt-tripping words', () => {
    // Words that blame the person. Technical failures ("Export failed") are about the app, so they are fine.
    const guilt =
      /\b(lazy|you failed|failure|should have|you must|don[’']t forget|no excuses?|guilty|bad posture|again\?)/i;
    expect(texts.filter(({ text }) => guilt.test(text))).toEqual([]);
    expect(guilt.test('You should have stood up')).toBe(true);
  });
});

/**
 * The wording lint: a pure check of any user-facing text (content here, and other text such as pacing
 * messages). Sitwise supports movement habits; it never claims to cure, treat, diagnose or heal, never names
 * a condition, stays calm (no exclamation marks) and keeps sentences short.
 */

export type WordingRule = 'claim' | 'condition-name' | 'long-sentence' | 'long-average' | 'exclamation';

export interface WordingIssue {
  rule: WordingRule;
  message: string;
  /** The offending words or sentence. */
  match: string;
}

export interface WordingLimits {
  /** Longest sentence allowed, in words. */
  maxSentenceWords: number;
  /** Highest mean sentence length for a text of two or more sentences. */
  maxAverageWords: number;
}

export const defaultWordingLimits: WordingLimits = { maxSentenceWords: 20, maxAverageWords: 15 };

/** Claims a wellness app must not make. */
export const claimPatterns: readonly RegExp[] = [
  /\bcur(?:e|es|ed|ing)\b/i,
  /\btreat\w*/i,
  /\bdiagnos\w*/i,
  /\bheal(?:s|ed|ing|er|ers)?\b/i,
  /\bfix(?:es|ed|ing)?\s+(?:your|the|a|my)\s+back\b/i,
  /\bguarantee\w*/i,
  /\bscreen(?:s|ed|ing)?\s+for\b/i,
  /\bscreening\b/i,
  /\bpain[- ]free\b/i,
  /\bmiracle\w*/i,
  /\bprescri\w*/i,
];

/** Names of conditions. Sitwise lists symptoms and actions; it never names what someone might have. */
export const conditionPatterns: readonly RegExp[] = [
  /\bsciatica\b/i,
  /\bcauda\s+equina\b/i,
  /\bcancers?\b/i,
  /\btumou?rs?\b/i,
  /\binfections?\b/i,
  /\bfractures?\b/i,
  /\w*arthritis\b/i,
  /\bosteo\w*/i,
  /\bstenosis\b/i,
  /\bherniat\w*/i,
  /\bhernias?\b/i,
  /\bslipped\s+dis[ck]s?\b/i,
  /\bdis[ck]\s+(?:bulge|prolapse|protrusion)s?\b/i,
  /\bprolaps\w*/i,
  /\bspondyl\w*/i,
  /\bscoliosis\b/i,
  /\bkyphosis\b/i,
  /\bfibromyalgia\b/i,
  /\bdiabet\w*/i,
  /\bradicul\w*/i,
  /\bmyelopath\w*/i,
  /\bneuropath\w*/i,
  /\bsensiti[sz]ation\b/i,
  /\bdegenerat\w*/i,
  /\bdiseases?\b/i,
  /\bsyndromes?\b/i,
  /\bdisorders?\b/i,
  /\binflammat\w*/i,
  /\bpinched\s+nerves?\b/i,
  /\bnerve\s+roots?\b/i,
  /\bsacroiliac\b/i,
  /\bfacet\s+joints?\b/i,
  /\blumbago\b/i,
  /\bdepression\b/i,
];

/**
 * Phrases that contain a condition word but ask about history rather than name what someone has. The red
 * flags must ask whether a person has had cancer before (a risk factor in the sources); that exact phrase
 * is allowed, while "cancer" anywhere else (a guess, a cause, a test) is still rejected.
 */
export const allowedHistoryPhrases: readonly RegExp[] = [/\bhad\s+cancer\s+before\b/gi];

/** The word lists one language's lint uses; English by default, others in `i18n/wording-rules.ts`. */
export interface WordingRules {
  claims: readonly RegExp[];
  conditions: readonly RegExp[];
  /** Global (`g`) patterns removed before the condition check. */
  allowedHistory: readonly RegExp[];
}

/** Sentences: split after . ! ? followed by a space, and at line breaks. */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => wordsIn(s).length > 0);
}

/** Words: whitespace-separated tokens holding a letter or digit ("cat-cow" and "20–30" count once). */
export function wordsIn(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

export function lintWording(
  text: string,
  limits: WordingLimits = defaultWordingLimits,
  rules: WordingRules = {
    claims: claimPatterns,
    conditions: conditionPatterns,
    allowedHistory: allowedHistoryPhrases,
  },
): WordingIssue[] {
  const issues: WordingIssue[] = [];
  for (const pattern of rules.claims) {
    const m = pattern.exec(text);
    if (m) issues.push({ rule: 'claim', message: `makes a health claim ("${m[0]}")`, match: m[0] });
  }
  const withoutHistory = rules.allowedHistory.reduce((t, p) => t.replace(p, ''), text);
  for (const pattern of rules.conditions) {
    const m = pattern.exec(withoutHistory);
    if (m) {
      issues.push({ rule: 'condition-name', message: `names a condition ("${m[0]}")`, match: m[0] });
    }
  }
  if (text.includes('!') || text.includes('¡')) {
    issues.push({ rule: 'exclamation', message: 'uses an exclamation mark; keep the tone calm', match: '!' });
  }
  const sentences = splitSentences(text);
  const lengths = sentences.map((s) => wordsIn(s).length);
  sentences.forEach((s, i) => {
    const n = lengths[i] ?? 0;
    if (n > limits.maxSentenceWords) {
      issues.push({
        rule: 'long-sentence',
        message: `sentence has ${n} words (max ${limits.maxSentenceWords})`,
        match: s,
      });
    }
  });
  if (sentences.length >= 2) {
    const mean = lengths.reduce((a, b) => a + b, 0) / sentences.length;
    if (mean > limits.maxAverageWords) {
      issues.push({
        rule: 'long-average',
        message: `sentences average ${mean.toFixed(1)} words (max ${limits.maxAverageWords})`,
        match: text,
      });
    }
  }
  return issues;
}

/** Syllables in one English word, by vowel groups: a rough count, good enough for a corpus average. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^aeiouy]ed|[^laeiouy]e)$/, (m) => m.slice(0, 1));
  const groups = trimmed.match(/[aeiouy]+/g);
  return Math.max(1, groups ? groups.length : 0);
}

export interface ReadingStats {
  sentences: number;
  words: number;
  meanSentenceWords: number;
  meanSyllablesPerWord: number;
  /** Flesch–Kincaid grade level of all texts taken together. */
  grade: number;
}

export function readingStats(texts: readonly string[]): ReadingStats {
  const sentences = texts.flatMap(splitSentences);
  const words = sentences.flatMap(wordsIn).filter((w) => /\p{L}/u.test(w));
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0);
  const meanSentenceWords = sentences.length === 0 ? 0 : words.length / sentences.length;
  const meanSyllablesPerWord = words.length === 0 ? 0 : syllables / words.length;
  const grade = sentences.length === 0 ? 0 : 0.39 * meanSentenceWords + 11.8 * meanSyllablesPerWord - 15.59;
  return { sentences: sentences.length, words: words.length, meanSentenceWords, meanSyllablesPerWord, grade };
}

/**
 * Keys whose string values are not prose for people to read: ids, references, enum values, markup.
 * Everything else found while walking an item is user-facing text and gets linted.
 */
export const nonTextKeys: ReadonlySet<string> = new Set([
  'id',
  'source',
  'dosageSource',
  'citation',
  'section',
  'url',
  'svg',
  'kind',
  'level',
  'category',
  'placement',
  'side',
  'effort',
  'group',
  'prompts',
  'contexts',
]);

export interface FoundText {
  /** Where the string sits, e.g. `steps.2.instruction`. */
  path: string;
  text: string;
}

/** Every user-facing string inside a content item, however deeply nested. */
export function userFacingStrings(value: unknown, path = '', key = ''): FoundText[] {
  if (nonTextKeys.has(key)) return [];
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => userFacingStrings(v, path ? `${path}.${i}` : String(i), key));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => userFacingStrings(v, path ? `${path}.${k}` : k, k));
  }
  return [];
}

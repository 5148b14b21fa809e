/**
 * Build-time work on the message catalogues: parse each ICU message (FormatJS parser), check a translation
 * against the English source, and compile to the pre-parsed form the app formats. Used by `scripts/i18n.ts`
 * and by the catalogue tests; never shipped (the parser stays out of the renderer).
 */
import {
  isArgumentElement,
  isDateElement,
  isLiteralElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTimeElement,
  type MessageFormatElement,
  parse,
} from '@formatjs/icu-messageformat-parser';
import type { CompiledMessage } from '../../shared/i18n/compiled-types';

export interface CatalogueProblem {
  key: string;
  problem: string;
}

/** How an argument is used: text-or-number, a number (plural, number), a date or time, or a select. */
type ArgKind = 'any' | 'number' | 'date' | 'select';

export interface MessageShape {
  args: Map<string, ArgKind>;
  /** For each select argument, its branch keys. */
  selectKeys: Map<string, Set<string>>;
  /** Plural branch keys per plural argument. */
  pluralKeys: Map<string, Set<string>>;
}

export function parseMessage(text: string): MessageFormatElement[] {
  // Tags are not used: "<" is plain text, so translators need not escape it.
  return parse(text, { ignoreTag: true, requiresOtherClause: true });
}

export function shapeOf(elements: readonly MessageFormatElement[], shape?: MessageShape): MessageShape {
  const out = shape ?? { args: new Map(), selectKeys: new Map(), pluralKeys: new Map() };
  const note = (name: string, kind: ArgKind) => {
    const had = out.args.get(name);
    // The strictest use wins: `{n}` next to `{n, plural…}` still needs a number.
    if (had === undefined || had === 'any') out.args.set(name, kind);
  };
  for (const el of elements) {
    if (isArgumentElement(el)) note(el.value, 'any');
    else if (isNumberElement(el)) note(el.value, 'number');
    else if (isDateElement(el) || isTimeElement(el)) note(el.value, 'date');
    else if (isSelectElement(el) || isPluralElement(el)) {
      note(el.value, isSelectElement(el) ? 'select' : 'number');
      const keys = isSelectElement(el) ? out.selectKeys : out.pluralKeys;
      const set = keys.get(el.value) ?? new Set<string>();
      for (const [k, option] of Object.entries(el.options)) {
        set.add(k);
        shapeOf(option.value, out);
      }
      keys.set(el.value, set);
    }
  }
  return out;
}

const compatible: Record<ArgKind, readonly ArgKind[]> = {
  any: ['any'],
  number: ['number', 'any'],
  date: ['date'],
  select: ['select', 'any'],
};

/** Problems of one translated message against its English source (both already parsed). */
export function compareToSource(
  key: string,
  source: MessageShape,
  translation: MessageShape,
  pluralCategories: ReadonlySet<string>,
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  for (const [name, kind] of source.args) {
    const used = translation.args.get(name);
    if (used === undefined) problems.push({ key, problem: `does not use {${name}}` });
    else if (!compatible[kind].includes(used))
      problems.push({ key, problem: `uses {${name}} as ${used}, the English as ${kind}` });
  }
  for (const name of translation.args.keys()) {
    if (!source.args.has(name)) problems.push({ key, problem: `uses {${name}}, which the English does not` });
  }
  for (const [name, keys] of source.selectKeys) {
    const theirs = translation.selectKeys.get(name);
    if (!theirs) continue;
    const missing = [...keys].filter((k) => !theirs.has(k));
    const extra = [...theirs].filter((k) => !keys.has(k));
    if (missing.length > 0 || extra.length > 0)
      problems.push({ key, problem: `select {${name}} needs the cases ${[...keys].join(', ')}` });
  }
  for (const [name, keys] of translation.pluralKeys) {
    for (const k of keys) {
      if (!k.startsWith('=') && !pluralCategories.has(k))
        problems.push({
          key,
          problem: `plural {${name}} has "${k}", not a plural category of this language`,
        });
    }
  }
  return problems;
}

/** The pre-parsed form: plain text when the message has no arguments, else the element list. */
export function compileMessage(elements: MessageFormatElement[]): CompiledMessage {
  return elements.every(isLiteralElement) ? elements.map((e) => e.value).join('') : elements;
}

export interface CheckedCatalogue {
  compiled: Record<string, CompiledMessage>;
  problems: CatalogueProblem[];
}

/**
 * Checks a whole catalogue against the English one and compiles it. `formatTag` picks the plural rules the
 * translation must follow.
 */
export function checkCatalogue(
  source: Readonly<Record<string, string>>,
  translation: Readonly<Record<string, string>>,
  formatTag: string,
): CheckedCatalogue {
  const problems: CatalogueProblem[] = [];
  const compiled: Record<string, CompiledMessage> = {};
  const categories = new Set<string>(new Intl.PluralRules(formatTag).resolvedOptions().pluralCategories);
  for (const key of Object.keys(source)) {
    if (!Object.hasOwn(translation, key)) problems.push({ key, problem: 'is missing' });
  }
  for (const [key, text] of Object.entries(translation)) {
    const sourceText = source[key];
    if (sourceText === undefined) {
      problems.push({ key, problem: 'is not in the English catalogue' });
      continue;
    }
    if (text.includes("'")) {
      problems.push({ key, problem: "uses an ASCII apostrophe; write ’ (ICU reads ' as a quote)" });
      continue;
    }
    if (text.trim() !== text || text === '') problems.push({ key, problem: 'is empty or has outer spaces' });
    let elements: MessageFormatElement[];
    try {
      elements = parseMessage(text);
    } catch (error) {
      problems.push({ key, problem: `is not valid ICU: ${error instanceof Error ? error.message : error}` });
      continue;
    }
    problems.push(...compareToSource(key, shapeOf(parseMessage(sourceText)), shapeOf(elements), categories));
    compiled[key] = compileMessage(elements);
  }
  return { compiled, problems };
}

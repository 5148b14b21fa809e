/**
 * The pseudo-locale for layout tests: every letter accented, every word about 40 % longer and each text in
 * brackets, so untranslated strings (no brackets), clipped text (a missing "]") and encoding faults show on
 * a screenshot. Arguments, plurals and selects keep working: only literal text changes.
 */
import {
  isLiteralElement,
  isPluralElement,
  isSelectElement,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import type { CompiledMessage, CompiledPack } from './compiled-types';
import { isMessageKey, type MessageKey } from './messages/en';

const plain = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const accented = 'åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ';
const accentOf = new Map([...plain].map((c, i) => [c, [...accented][i] ?? c]));

/** Share of extra length; real German and French text runs 20–40 % longer than English. */
export const PSEUDO_GROWTH = 0.4;

/** Accents letters and lengthens each word by repeating its start; spaces and digits are kept. */
function stretch(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const letters = [...word].map((c) => accentOf.get(c) ?? c);
    const extra = Math.ceil(letters.length * PSEUDO_GROWTH);
    return letters.join('') + letters.slice(0, extra).join('');
  });
}

/** One piece of user-facing text in the pseudo-locale: "[Ŝţåŕţ…]". */
export function pseudoText(text: string): string {
  return `[${stretch(text)}]`;
}

function pseudoElements(elements: readonly MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((el): MessageFormatElement => {
    if (isLiteralElement(el)) return { ...el, value: stretch(el.value) };
    if (isPluralElement(el) || isSelectElement(el)) {
      const options = Object.fromEntries(
        Object.entries(el.options).map(([k, option]) => [
          k,
          { ...option, value: pseudoElements(option.value) },
        ]),
      );
      return { ...el, options };
    }
    return el;
  });
}

export function pseudoMessage(message: CompiledMessage): CompiledMessage {
  if (typeof message === 'string') return pseudoText(message);
  return [
    { type: 0, value: '[' },
    ...pseudoElements(message),
    { type: 0, value: ']' },
  ] satisfies MessageFormatElement[];
}

/** The pseudo-locale catalogue (or the packs a window loads), made from the English one. */
export function pseudoCatalogue(source: CompiledPack): CompiledPack {
  const out: Partial<Record<MessageKey, CompiledMessage>> = {};
  for (const key of Object.keys(source)) {
    if (!isMessageKey(key)) continue;
    const message = source[key];
    if (message !== undefined) out[key] = pseudoMessage(message);
  }
  return out;
}

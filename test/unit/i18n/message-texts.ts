/**
 * The readable text of catalogue messages, for wording checks: each plural or select branch becomes its own
 * text, `#` reads as 2 and each argument as "X", so a lint sees sentences, not ICU syntax.
 */
import {
  isLiteralElement,
  isPluralElement,
  isPoundElement,
  isSelectElement,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { parseMessage } from '../../../scripts/i18n/catalogue-check';

function variants(elements: readonly MessageFormatElement[]): string[] {
  let out = [''];
  for (const el of elements) {
    let parts: string[];
    if (isLiteralElement(el)) parts = [el.value];
    else if (isPoundElement(el)) parts = ['2'];
    else if (isPluralElement(el) || isSelectElement(el))
      parts = Object.values(el.options).flatMap((o) => variants(o.value));
    else parts = ['X'];
    // Messages are short; cap the product so a message with many selects stays cheap to read.
    out = out.flatMap((head) => parts.map((p) => head + p)).slice(0, 64);
  }
  return out;
}

export interface MessageText {
  path: string;
  text: string;
}

export function messageTexts(messages: Readonly<Record<string, string>>, keys?: RegExp): MessageText[] {
  return Object.entries(messages)
    .filter(([key]) => keys === undefined || keys.test(key))
    .flatMap(([key, message]) => variants(parseMessage(message)).map((text) => ({ path: key, text })));
}

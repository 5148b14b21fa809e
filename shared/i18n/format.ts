/**
 * The message formatter: `t(key, params)` over a compiled catalogue, with ICU plurals, selects, numbers,
 * dates and times through Intl (FormatJS `intl-messageformat`). Keys and parameters are checked by the
 * compiler against the English catalogue.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { CompiledPack } from './compiled-types';
import type { en, MessageKey } from './messages/en';
import type { ParamsArg } from './params';

export interface FormatterOptions {
  /** A whole catalogue, or the packs a window loads (a key outside them throws when it is used). */
  messages: CompiledPack;
  /** Intl tag for numbers, dates and plural rules, e.g. "de-AT" (see `negotiateLocale`). */
  formatTag: string;
  /** IANA zone for `{x, time}` and `{x, date}`; the runtime's own zone when absent. */
  timeZone?: string;
}

type IsUnion<T, All = T> = T extends unknown ? ([All] extends [T] ? false : true) : never;

/**
 * The parameters for key `K`. A key only known as a union (`titles[kind]`) is fine when none of its members
 * takes parameters; otherwise the call does not compile, since one object cannot be checked against all.
 */
export type ParamsFor<K extends MessageKey> =
  true extends IsUnion<K>
    ? { [P in K]: ParamsArg<(typeof en)[P]> }[K] extends []
      ? []
      : [params: never]
    : ParamsArg<(typeof en)[K]>;

export interface Formatter {
  readonly formatTag: string;
  readonly timeZone: string | undefined;
  t<K extends MessageKey>(key: K, ...params: ParamsFor<K>): string;
  /** Whether the catalogue has this key (for keys built from a prefix and a value). */
  has(key: string): key is MessageKey;
}

type Values = Readonly<Record<string, string | number>>;

/** Parameters as the compiler saw them; checked again here so a bad value fails loudly, not as "NaN". */
function checkedValues(key: MessageKey, params: Readonly<Record<string, unknown>> | undefined): Values {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) out[name] = value;
    else throw new TypeError(`message "${key}": parameter "${name}" must be text or a finite number`);
  }
  return out;
}

/** ICU's four date and time styles, with the formatter's time zone added to each. */
function zonedFormats(timeZone: string | undefined) {
  const zone = timeZone === undefined ? {} : { timeZone };
  const styles = (base: Record<string, Intl.DateTimeFormatOptions>) =>
    Object.fromEntries(Object.entries(base).map(([k, v]) => [k, { ...v, ...zone }]));
  return {
    date: styles(IntlMessageFormat.formats.date),
    time: styles(IntlMessageFormat.formats.time),
  };
}

export function createFormatter(options: FormatterOptions): Formatter {
  const { messages, formatTag, timeZone } = options;
  const formats = zonedFormats(timeZone);
  const cache = new Map<MessageKey, IntlMessageFormat>();
  const format = (key: MessageKey, params?: Readonly<Record<string, unknown>>): string => {
    const message = messages[key];
    if (message === undefined)
      throw new Error(`message "${key}" is not loaded in this window (shared/i18n/packs.ts)`);
    if (typeof message === 'string') return message;
    let compiled = cache.get(key);
    if (!compiled) {
      compiled = new IntlMessageFormat(message, formatTag, formats);
      cache.set(key, compiled);
    }
    const out = compiled.format<string>(checkedValues(key, params));
    if (typeof out !== 'string') throw new Error(`message "${key}" did not format to text`);
    return out;
  };
  const has = (key: string): key is MessageKey => Object.hasOwn(messages, key);
  return { formatTag, timeZone, t: format, has };
}

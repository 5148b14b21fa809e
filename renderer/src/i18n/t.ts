/**
 * The renderer's words: `t(key, params)` in the language the window shows. The language is loaded by
 * `useLocale` (one catalogue chunk, on demand) before anything with words renders, and the tree renders
 * again when it changes, so a call here always speaks the chosen language.
 */
import type { Formatter, ParamsFor } from '../../../shared/i18n/format';
import type { MessageKey } from '../../../shared/i18n/messages/en';

let current: Formatter | null = null;

/** Set by `useLocale` while the root renders; tests set it directly. */
export function setFormatter(next: Formatter): void {
  current = next;
}

export function formatter(): Formatter {
  if (current === null) throw new Error('No language loaded yet: render inside useLocale');
  return current;
}

export function t<K extends MessageKey>(key: K, ...params: ParamsFor<K>): string {
  return formatter().t(key, ...params);
}

/** The Intl tag for numbers and dates ("de-DE", "en-GB"). */
export function formatTag(): string {
  return formatter().formatTag;
}

/** Whether every member of a union has its key `${P}.${M}${S}`. */
type AllKeys<P extends string, M extends string, S extends string> = [`${P}.${M}${S}`] extends [MessageKey]
  ? unknown
  : never;

/**
 * The key `prefix.member` (or `prefix.member.suffix`) for a value known only as a union: `common.posture` +
 * `sitting`. Compiles only when every member of the union has its key, so a new value does not compile
 * without its words.
 */
export function msgKey<P extends string, M extends string, S extends string = ''>(
  prefix: P,
  member: M & AllKeys<P, M, S>,
  suffix?: S,
): NoInfer<`${P}.${M}${S}`> {
  const key = `${prefix}.${member}${suffix ?? ''}`;
  if (!isKey<`${P}.${M}${S}`>(key)) throw new Error(`no message "${key}"`);
  return key;
}

function isKey<K extends string>(key: string): key is K {
  return formatter().has(key);
}

/**
 * The one tiny formatting helper for user-visible text: `{name}` placeholders and plural choice.
 * Every string lives in a module of this folder so a translation swaps modules, not components.
 */
export type Vars = Readonly<Record<string, string | number>>;

/** Replaces `{name}` with `vars.name`; unknown placeholders stay visible so a missing value is noticed. */
export function t(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(vars, key) ? String(vars[key]) : whole,
  );
}

export interface PluralForms {
  one: string;
  other: string;
}

/** Picks the singular or plural template for `n` and fills `{n}` plus any other vars. */
export function plural(n: number, forms: PluralForms, vars: Vars = {}): string {
  const form = Math.abs(n) === 1 ? forms.one : forms.other;
  return t(form, { n, ...vars });
}

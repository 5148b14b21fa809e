/**
 * The settings a partly broken file still holds: every key whose value passes its rule is kept, each broken
 * or unknown key is named (its dotted key for the person's notice, its rule for the diagnostic).
 */
import type { z } from 'zod';
import { defaultSettings, type Settings, settingsSchema } from '../../../shared/settings';

/** Keys a store library may keep for itself beside ours; left alone. */
export const foreignKeys = new Set(['__internal__']);

/** A setting set back to its default: its dotted key, and what was wrong (English, for the diagnostic). */
export interface Broken {
  key: string;
  text: string;
}

export function brokenText(broken: readonly Broken[]): string {
  return broken.map((b) => b.text).join('; ');
}

/** Keeps every key whose value passes its rule; a broken or missing key takes its default. */
export function salvage(raw: Record<string, unknown>): { settings: Settings; broken: Broken[] } {
  const shape: Record<string, z.ZodType> = settingsSchema.shape;
  const defaults: Record<string, unknown> = defaultSettings;
  const out: Record<string, unknown> = {};
  const broken: Broken[] = [];
  for (const [key, rule] of Object.entries(shape)) {
    const fallback = defaults[key];
    if (!(key in raw)) {
      out[key] = fallback;
      continue;
    }
    let result = rule.safeParse(raw[key]);
    if (!result.success && result.error.issues.every((i) => i.code === 'unrecognized_keys')) {
      // Only keys it does not know (strict objects refuse them): drop those, keep the known values.
      result = rule.safeParse(withoutUnknown(raw[key], result.error.issues));
    }
    if (result.success) {
      out[key] = result.data;
      // Keys dropped inside an object: say so (they stay in the backup).
      for (const extra of unknownNested(raw[key], result.data, key))
        broken.push({ key: extra, text: `${extra}: not a known setting` });
    } else {
      const rules = result.error.issues.map((i) => `${[key, ...i.path.map(String)].join('.')}: ${i.message}`);
      // The diagnostic names each broken rule; the person is told the setting's key.
      broken.push({ key, text: rules.join(', ') });
      out[key] = fallback;
    }
  }
  for (const key of Object.keys(raw)) {
    // Own keys only: "constructor" or "toString" in the file are unknown settings, not the prototype's.
    if (!Object.hasOwn(shape, key) && key !== 'schemaVersion' && !foreignKeys.has(key))
      broken.push({ key, text: `${key}: not a known setting` });
  }
  return { settings: settingsSchema.parse(out), broken };
}

/** A copy of `value` without the keys the issues name as unrecognised. */
function withoutUnknown(value: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
  const copy: unknown = structuredClone(value);
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    let at: unknown = copy;
    for (const step of issue.path) at = isRecord(at) ? at[String(step)] : undefined;
    if (isRecord(at)) for (const k of issue.keys) delete at[k];
  }
  return copy;
}

/** Keys present in `raw` but not in what the schema kept, at any depth, as dotted paths. */
function unknownNested(raw: unknown, kept: unknown, prefix: string): string[] {
  if (!isRecord(raw) || !isRecord(kept)) return [];
  const out: string[] = [];
  for (const key of Object.keys(raw)) {
    const path = `${prefix}.${key}`;
    if (!Object.hasOwn(kept, key)) out.push(path);
    else out.push(...unknownNested(raw[key], kept[key], path));
  }
  return out;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

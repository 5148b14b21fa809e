/**
 * Settings by dotted path ("snooze.minutes"), with their rules read from the one schema in
 * shared/settings.ts: the bounds a field shows and the check a value passes before it is sent. Main
 * checks every update again; this only lets the screen answer at once and in plain words.
 */
import { z } from 'zod';
import {
  type Settings,
  type SettingsPatch,
  settingsPatchSchema,
  settingsSchema,
} from '../../../shared/settings';

type Value = string | number | boolean | readonly unknown[];
/** Every leaf of Settings as a dotted path; arrays are leaves (they are replaced whole); optional ones too. */
type Leaf<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends Value ? K : `${K}.${Leaf<NonNullable<T[K]>>}`;
}[keyof T & string];
export type SettingPath = Leaf<Settings>;

/** The schema of one setting. */
export function schemaAt(path: SettingPath): z.ZodType | undefined {
  let node: unknown = settingsSchema;
  for (const key of path.split('.')) {
    if (!(node instanceof z.ZodObject)) return undefined;
    node = node.shape[key];
  }
  return node instanceof z.ZodType ? node : undefined;
}

export interface NumberRule {
  min: number;
  max: number;
  integer: boolean;
}

/** A number setting's range and whether it is whole, as the schema states them. */
export function numberRule(path: SettingPath): NumberRule | null {
  const node = schemaAt(path);
  if (!(node instanceof z.ZodNumber)) return null;
  return {
    min: node.minValue ?? Number.MIN_SAFE_INTEGER,
    max: node.maxValue ?? Number.MAX_SAFE_INTEGER,
    integer: node.isInt,
  };
}

/** The saved value at a path. */
export function valueAt(settings: Settings, path: SettingPath): unknown {
  let node: unknown = settings;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = Reflect.get(node, key);
  }
  return node;
}

/** The update that sets one path, if the value passes the schema's rules for it. */
export function patchAt(path: SettingPath, value: unknown): SettingsPatch | null {
  const keys = path.split('.');
  let patch: unknown = value;
  for (const key of keys.reverse()) patch = { [key]: patch };
  const parsed = settingsPatchSchema.safeParse(patch);
  return parsed.success ? parsed.data : null;
}

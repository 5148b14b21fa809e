/**
 * The settings service: the one place settings are read and written (main process only). The file is
 * checked and, if needed, recovered before the store library opens it; every update is validated against
 * the zod schema first, so a refused update changes nothing and says which key broke which rule.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { type FieldError, fieldErrorsOf } from '../../../shared/i18n/errors';
import type { ServiceError } from '../../../shared/i18n/service-errors';
import type { Notice } from '../../../shared/ipc';
import { patternCodes } from '../../../shared/pattern-codes';
import {
  defaultSettings,
  mergeSettings,
  type Settings,
  type SettingsPatch,
  settingsPatchSchema,
} from '../../../shared/settings';
import { describeFsError, errnoOf, type FileSystem, fsFailure, nodeFileSystem } from '../fs';
import { buildSettingsJsonSchema, type SettingsJsonSchema } from './json-schema';
import { recoverSettingsFile, type StoredSettings, toStored } from './recovery';

export type { StoredSettings } from './recovery';

/** The part of the conf / electron-store API Sitwise uses. Both libraries satisfy it as they are. */
export interface SettingsBackend {
  readonly path: string;
  store: StoredSettings;
}

export const SETTINGS_FILE_NAME = 'settings';

/** The JSON schema the store library validates every write against, derived from the zod schema. */
const settingsJsonSchema = buildSettingsJsonSchema();

/**
 * Options for the store library. conf takes the file name as `configName`, electron-store as `name`;
 * both read the rest as is. Validation errors must throw (never clear), and keys are plain (no dot paths).
 */
export interface SettingsStoreOptions {
  cwd: string;
  name: string;
  schema: SettingsJsonSchema;
  defaults: StoredSettings;
  clearInvalidConfig: false;
  accessPropertiesByDotNotation: false;
}

export function settingsStoreOptions(dataDir: string): SettingsStoreOptions {
  return {
    cwd: dataDir,
    name: SETTINGS_FILE_NAME,
    schema: settingsJsonSchema,
    defaults: toStored(defaultSettings),
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
  };
}

export function settingsFilePath(dataDir: string): string {
  return join(dataDir, `${SETTINGS_FILE_NAME}.json`);
}

/** A refused update: each broken rule with the key it concerns. */
export class SettingsUpdateError extends Error {
  readonly issues: FieldError[];
  constructor(issues: FieldError[]) {
    super(`Settings not saved: ${issues.map((i) => `${i.path} ${i.code}`).join('; ')}`);
    this.name = 'SettingsUpdateError';
    this.issues = issues;
  }
}

/**
 * The settings were valid but could not be written: nothing changed. `reason` is what the person is told
 * (a code the window words); the message is a diagnostic for logs.
 */
export class SettingsSaveError extends Error {
  readonly reason: ServiceError;
  constructor(folder: string, error: unknown) {
    super(`Sitwise cannot save to ${folder}: ${describeFsError(error)}`);
    this.name = 'SettingsSaveError';
    this.reason = { code: 'cannotSave', folder, errno: errnoOf(error) };
  }
}

export interface SettingsService {
  get(): Settings;
  /** Applies a patch (nested objects merged, arrays replaced); throws SettingsUpdateError and changes nothing when a rule breaks. */
  update(patch: unknown): Settings;
  /** Back to the defaults (used by "delete all my data"). */
  reset(): Settings;
  onChange(listener: (settings: Settings) => void): () => void;
  readonly path: string;
}

export interface OpenSettingsOptions {
  dataDir: string;
  /** Builds the store library on the given options: conf in tests, electron-store in the app. */
  open: (options: SettingsStoreOptions) => SettingsBackend;
  /** Epoch ms, for backup names and the notice time. */
  now: () => number;
  /** Told once when the file had to be reset or repaired. */
  notify: (notice: Notice) => void;
  fs?: FileSystem;
}

export function openSettings(options: OpenSettingsOptions): SettingsService {
  const path = settingsFilePath(options.dataDir);
  const at = options.now();
  const recovered = recoverSettingsFile(path, at, options.fs ?? nodeFileSystem);
  // The person is told `told`, in their language; `recovered.problem` is the English diagnostic (tests, logs).
  let told = recovered.told;
  let backend: SettingsBackend;
  if (recovered.keepOff !== null) {
    backend = unsavedBackend(path, recovered.settings, recovered.keepOff);
  } else {
    try {
      backend = options.open(settingsStoreOptions(options.dataDir));
    } catch (error) {
      // The store library could not open the file (read-only folder, a folder in its place, disk error):
      // start on the recovered settings in memory and refuse to save until restarted somewhere writable.
      const why = describeFsError(error);
      const fault = { step: 'open', errno: errnoOf(error) } as const;
      backend = unsavedBackend(path, recovered.settings, { why, errno: fault.errno });
      told =
        told === null
          ? { code: 'settingsRecovered', cause: 'none', reset: [], faults: [fault], backup: null }
          : { ...told, faults: [...told.faults, fault] };
    }
  }
  if (backend.path !== path) {
    throw new Error(
      `The settings store opened ${backend.path}, expected ${path}; check the store options mapping`,
    );
  }
  if (told !== null) {
    options.notify({ id: `settings-reset-${at}`, kind: 'settings-reset', reason: told, at });
  }

  let current: Settings = recovered.settings;
  const listeners = new Set<(settings: Settings) => void>();

  const save = (next: Settings): Settings => {
    try {
      backend.store = toStored(next);
    } catch (error) {
      throw new SettingsSaveError(options.dataDir, error);
    }
    current = next;
    for (const listener of listeners) listener(next);
    return next;
  };

  return {
    path,
    get: () => current,
    update(patch) {
      const parsed = settingsPatchSchema.safeParse(patch);
      if (!parsed.success)
        throw new SettingsUpdateError(fieldErrorsOf(parsed.error, { input: patch, patternCodes }));
      let next: Settings;
      try {
        next = mergeSettings(current, parsed.data satisfies SettingsPatch);
      } catch (error) {
        if (error instanceof z.ZodError)
          throw new SettingsUpdateError(fieldErrorsOf(error, { input: patch, patternCodes }));
        throw error;
      }
      return save(next);
    },
    reset: () => save(structuredClone(defaultSettings)),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Settings kept in memory when the file may not or cannot be written: every save is refused with the reason. */
function unsavedBackend(
  path: string,
  settings: Settings,
  reason: { why: string; errno: string },
): SettingsBackend {
  const stored = toStored(settings);
  return {
    path,
    get store() {
      return stored;
    },
    set store(_next: StoredSettings) {
      throw fsFailure(reason.errno, `the settings file may not be written over (${reason.why})`);
    },
  };
}

/** Names the key and the rule for every issue, e.g. "snooze.limit: Too big: expected number to be <=5". */

/**
 * Versioned settings migrations. The stored object carries `schemaVersion`; a file without one is version 1,
 * the unversioned layout of early builds, where `schedule` was the bare preset id and the custom minutes
 * lived beside it in `customSchedule`. Each step takes the object of version N-1 and returns version N.
 */
import { defaultSettings } from '../../../shared/settings';

export const SETTINGS_VERSION = 2;

type Raw = Record<string, unknown>;

const steps: Record<number, (from: Raw) => Raw> = {
  2: (v1) => {
    const { customSchedule, ...rest } = v1;
    const schedule = v1.schedule;
    if (typeof schedule !== 'string') return rest;
    return {
      ...rest,
      schedule: { preset: schedule, custom: customSchedule ?? defaultSettings.schedule.custom },
    };
  },
};

export type MigrationOutcome =
  | { kind: 'current'; value: Raw }
  | { kind: 'migrated'; value: Raw; from: number }
  | { kind: 'newer'; value: Raw; version: number };

/** Brings a parsed settings object up to SETTINGS_VERSION; an object from a newer version is returned as is. */
export function migrateSettings(raw: Raw): MigrationOutcome {
  const declared = raw.schemaVersion;
  const from = declared === undefined ? 1 : declared;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    throw new Error(`schemaVersion must be a whole number of at least 1, found ${JSON.stringify(declared)}`);
  }
  if (from > SETTINGS_VERSION) return { kind: 'newer', value: raw, version: from };
  if (from === SETTINGS_VERSION) return { kind: 'current', value: raw };
  let value = raw;
  for (let version = from + 1; version <= SETTINGS_VERSION; version++) {
    const step = steps[version];
    if (!step) throw new Error(`no settings migration to version ${version}`);
    value = { ...step(value), schemaVersion: version };
  }
  return { kind: 'migrated', value, from };
}

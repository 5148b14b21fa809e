/**
 * Reads the settings file before the store opens it, so that nothing is ever silently reset: a file that
 * cannot be parsed, fails the schema, or comes from a newer version is moved aside to a timestamped backup
 * and the caller gets one message to show the user. Valid keys of a partly broken file are kept.
 */
import { isDeepStrictEqual } from 'node:util';
import type { NoticeReason, SettingsCause, SettingsFault } from '../../../shared/i18n/notices';
import { defaultSettings, type Settings } from '../../../shared/settings';
import { writeFileAtomic } from '../data/atomic-write';
import { describeFsError, errnoOf, type FileSystem, isErrno, nodeFileSystem } from '../fs';
import { migrateSettings, SETTINGS_VERSION } from './migrations';
import { brokenText, foreignKeys, isRecord, salvage } from './salvage';

/** What is stored on disk: the settings plus the layout version. */
export type StoredSettings = Settings & { schemaVersion: number };

/** What the person is told about the settings file, as the notice's code and parameters. */
export type SettingsTold = Extract<NoticeReason, { code: 'settingsRecovered' }>;

export interface RecoveredSettings {
  settings: Settings;
  /** What went wrong, in English, for logs and tests (null when the file was fine or absent). */
  problem: string | null;
  /** What the person is told (null when the file was fine or absent, or only upgraded). */
  told: SettingsTold | null;
  /** Where the old file was moved (null when it was not). */
  backupPath: string | null;
  /**
   * Why the file must not be written over (it could not be read or set aside, so saving would destroy the
   * only copy); null when saving may go ahead.
   */
  keepOff: { why: string; errno: string } | null;
}

export function toStored(settings: Settings): StoredSettings {
  return { ...settings, schemaVersion: SETTINGS_VERSION };
}

/** The same serialisation as conf/electron-store, so a rewritten file looks like one they wrote. */
export function serializeSettings(value: StoredSettings): string {
  return JSON.stringify(value, undefined, '\t');
}

/**
 * Brings the file at `path` to a valid, current-version state (rewriting it atomically if needed) and
 * returns the settings it holds. Throws only when the file can be neither read nor moved aside.
 */
export function recoverSettingsFile(
  path: string,
  now: number,
  fs: FileSystem = nodeFileSystem,
): RecoveredSettings {
  let text: string;
  try {
    text = fs.readFileSync(path).toString('utf8');
  } catch (error) {
    if (isErrno(error) && error.code === 'ENOENT')
      return { settings: defaultSettings, problem: null, told: null, backupPath: null, keepOff: null };
    const why = `the settings file could not be read (${describeFsError(error)})`;
    return reset(path, now, why, { cause: 'unreadable', fault: { step: 'read', errno: errnoOf(error) } }, fs);
  }
  // A byte-order mark (some editors add one) is not part of the JSON.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return reset(path, now, 'the settings file is damaged (it is not valid JSON)', { cause: 'damaged' }, fs);
  }
  if (!isRecord(parsed))
    return reset(
      path,
      now,
      'the settings file is damaged (it does not hold a settings object)',
      { cause: 'damaged' },
      fs,
    );

  let outcome: ReturnType<typeof migrateSettings>;
  try {
    outcome = migrateSettings(parsed);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return reset(
      path,
      now,
      `the settings file could not be upgraded (${reason})`,
      { cause: 'notUpgradable' },
      fs,
    );
  }

  const { settings, broken } = salvage(outcome.value);
  const stored = { ...keepForeign(parsed), ...toStored(settings) };
  if (isDeepStrictEqual(parsed, stored))
    return { settings, problem: null, told: null, backupPath: null, keepOff: null };

  let problem: string | null = null;
  const cause: SettingsCause | null =
    outcome.kind === 'newer' ? 'newer' : broken.length > 0 ? 'invalid' : null;
  // The notice's limits (a hand-edited file may hold any number of keys, of any length): the first 100,
  // each cut to 200 characters; the diagnostic keeps them all.
  const resetKeys = broken.slice(0, 100).map((b) => b.key.slice(0, 200));
  const told = (faults: SettingsFault[], backup: string | null): SettingsTold | null =>
    cause === null && faults.length === 0
      ? null
      : { code: 'settingsRecovered', cause: cause ?? 'upgrade', reset: resetKeys, faults, backup };
  if (outcome.kind === 'newer') {
    problem =
      `the settings were saved by a newer version of Sitwise (settings version ${outcome.version}, this one ` +
      `understands ${SETTINGS_VERSION}); the values this version understands were kept`;
    if (broken.length > 0) problem += `, these were set back to defaults: ${brokenText(broken)}`;
  } else if (broken.length > 0) {
    problem = `some settings were not valid and were set back to their defaults: ${brokenText(broken)}`;
  }
  // A plain migration is not a reset, so no message; the old file is still kept, in case of a bug.
  const tag = problem === null ? `v${schemaVersionOf(parsed)}` : 'invalid';
  let backupPath: string;
  try {
    backupPath = moveAside(path, now, tag, fs);
  } catch (error) {
    const why = describeFsError(error);
    const errno = errnoOf(error);
    const said = problem ?? 'the settings file needs an upgrade';
    return {
      settings,
      problem: sentence(
        `${said}; the file could not be set aside (${why}), so it is left as it is and changes are not saved until it can be`,
      ),
      told: told([{ step: 'setAside', errno }], null),
      backupPath: null,
      keepOff: { why, errno },
    };
  }
  try {
    writeFileAtomic(path, serializeSettings(stored), fs);
  } catch (error) {
    // The old file is safe in its backup; the settings in use are the recovered ones until a save works.
    const why = describeFsError(error);
    const said = problem === null ? 'The upgraded settings could not be written' : sentence(problem);
    return {
      settings,
      problem: withBackup(`${said} (not rewritten: ${why})`, backupPath),
      told: told([{ step: 'rewrite', errno: errnoOf(error) }], backupPath),
      backupPath,
      keepOff: null,
    };
  }
  return {
    settings,
    problem: problem === null ? null : withBackup(problem, backupPath),
    told: told([], backupPath),
    backupPath,
    keepOff: null,
  };
}

function reset(
  path: string,
  now: number,
  reason: string,
  what: { cause: SettingsCause; fault?: SettingsFault },
  fs: FileSystem,
): RecoveredSettings {
  const told = (faults: SettingsFault[], backup: string | null): SettingsTold => ({
    code: 'settingsRecovered',
    cause: what.cause,
    reset: [],
    faults: what.fault ? [what.fault, ...faults] : faults,
    backup,
  });
  let backupPath: string;
  try {
    backupPath = moveAside(path, now, 'corrupt', fs);
  } catch (error) {
    const why = describeFsError(error);
    const errno = errnoOf(error);
    return {
      settings: defaultSettings,
      problem: sentence(
        `${reason}, so Sitwise is using its default settings; the file could not be set aside (${why}), ` +
          'so it is left as it is and changes are not saved until it can be',
      ),
      told: told([{ step: 'setAside', errno }], null),
      backupPath: null,
      keepOff: { why, errno },
    };
  }
  try {
    writeFileAtomic(path, serializeSettings(toStored(defaultSettings)), fs);
  } catch {
    // Nothing to lose: the old file is in its backup and the defaults are what the store writes first.
  }
  return {
    settings: defaultSettings,
    problem: withBackup(`${reason}, so Sitwise is using its default settings`, backupPath),
    told: told([], backupPath),
    backupPath,
    keepOff: null,
  };
}

function sentence(text: string): string {
  const trimmed = text.endsWith('.') ? text.slice(0, -1) : text;
  return `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}.`;
}

function withBackup(problem: string, backupPath: string): string {
  return `${sentence(problem)} The old file was kept as ${backupPath}.`;
}

function keepForeign(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of foreignKeys) if (key in raw) out[key] = raw[key];
  return out;
}

function schemaVersionOf(raw: Record<string, unknown>): string {
  return typeof raw.schemaVersion === 'number' ? String(raw.schemaVersion) : '1';
}

/** Renames the file to `settings.<tag>-<UTC timestamp>.json` beside it, never over an existing backup. */
function moveAside(path: string, now: number, tag: string, fs: FileSystem): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const base = path.replace(/\.json$/, '');
  let target = `${base}.${tag}-${stamp}.json`;
  for (let n = 2; fs.existsSync(target); n++) target = `${base}.${tag}-${stamp}-${n}.json`;
  fs.renameSync(path, target);
  return target;
}

/**
 * What main tells the person in a notice (a damaged file, a disk that refuses, idle time the system does not
 * report), as a code with parameters: the window words it in the person's language (`notice-text.ts`). The
 * dashboard checks each notice against this schema when it arrives; no sentence crosses IPC.
 */
import { z } from 'zod';
import { errnoSchema } from './service-errors';

const month = z.string().regex(/^\d{4}-\d{2}$/);
const count = z.number().int().min(0);
/** A folder or file named in the words. */
const path = z.string().min(1).max(4096);

/** What was wrong with the settings file when Sitwise started (`none`: the file was fine, the disk was not). */
export const settingsCauseSchema = z.enum([
  'none',
  'unreadable',
  'damaged',
  'notUpgradable',
  'newer',
  'invalid',
  'upgrade',
]);
/** A step of the settings repair that the disk refused, with the system's code. */
export const settingsFaultSchema = z.strictObject({
  step: z.enum(['read', 'setAside', 'rewrite', 'open']),
  errno: errnoSchema,
});
export type SettingsFault = z.infer<typeof settingsFaultSchema>;

export const noticeReasonSchema = z.discriminatedUnion('code', [
  /** Recorded events cannot be written; they wait (and `dropped` could not be kept). */
  z.strictObject({ code: z.literal('saveFailed'), folder: path, errno: errnoSchema, dropped: count }),
  z.strictObject({ code: z.literal('saveWorksAgain'), folder: path }),
  /** The data folder could not be written when Sitwise started. */
  z.strictObject({ code: z.literal('cannotSaveAtStart'), folder: path, errno: errnoSchema }),
  /** A batched sync to disk failed; it is retried. */
  z.strictObject({ code: z.literal('syncFailed'), folder: path, errno: errnoSchema }),
  z.strictObject({ code: z.literal('journalUnreadable'), month, errno: errnoSchema }),
  z.strictObject({ code: z.literal('journalQuarantined'), month, lines: count }),
  z.strictObject({ code: z.literal('journalQuarantineFailed'), month, lines: count, errno: errnoSchema }),
  /** A month written by a newer version: shown, not added to; `unreadable` lines it cannot read. */
  z.strictObject({ code: z.literal('journalNewer'), month, unreadable: count }),
  z.strictObject({ code: z.literal('pacingQuarantined'), month, lines: count }),
  /** The pacing log (a month, or with null the whole folder) could not be read. */
  z.strictObject({ code: z.literal('pacingUnreadable'), month: month.nullable(), errno: errnoSchema }),
  z.strictObject({ code: z.literal('routinesSetAside'), file: path }),
  z.strictObject({ code: z.literal('planDamaged'), file: path }),
  z.strictObject({ code: z.literal('idleUnavailable') }),
  z.strictObject({
    code: z.literal('settingsRecovered'),
    cause: settingsCauseSchema,
    /** The settings set back to their defaults, by key ("idleSampleSec", "schedule.workStart"). */
    reset: z.array(z.string().min(1).max(200)).max(100),
    faults: z.array(settingsFaultSchema).max(4),
    /** Where the old file was kept; null when it could not be set aside. */
    backup: path.nullable(),
  }),
]);
export type NoticeReason = z.infer<typeof noticeReasonSchema>;
export type SettingsCause = z.infer<typeof settingsCauseSchema>;

export const noticeKindSchema = z.enum([
  'settings-reset',
  'journal-quarantined',
  'journal-read-only',
  'journal-unreadable',
  'save-failed',
  'idle-unavailable',
]);

/** Something the person must be told once, kept until dismissed. */
export const noticeSchema = z.strictObject({
  id: z.string().min(1).max(100),
  kind: noticeKindSchema,
  reason: noticeReasonSchema,
  at: z.number().int().min(0),
});
export type Notice = z.infer<typeof noticeSchema>;

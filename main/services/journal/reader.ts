/**
 * Reads the month files that are asked for, and only those. A torn or malformed line is skipped, counted
 * and quarantined with its position; the rest of the file still loads. Lines written by a newer schema
 * version are used when this version can still parse them, and their month is reported read-only.
 * Within a month, entries come back in sequence order; a repeated sequence number keeps its first line.
 */
import { basename } from 'node:path';
import type { z } from 'zod';
import { describeFsError, errnoOf, type FileSystem, isErrno, nodeFileSystem } from '../fs';
import { decodeLine, type JournalEntry, monthFile, monthOfFileName } from './format';
import { type QuarantinedLine, recordQuarantine } from './quarantine';

export interface JournalSpec<T> {
  /** The journal folder. */
  dir: string;
  /** The schema version this build writes; lines above it come from a newer Sitwise. */
  version: number;
  /** Validates each line's record. */
  schema: z.ZodType<T>;
  /** The file system (a fault-injecting one in tests); node:fs by default. */
  fs?: FileSystem;
}

export interface ReadOptions {
  /** Epoch ms, stamped on quarantine records. */
  now: number;
  /** Write bad lines to the quarantine side file (default true; the CLI and exports also quarantine). */
  quarantine?: boolean;
}

export interface MonthRead<T> {
  month: string;
  entries: JournalEntry<T>[];
  /** Bad lines found in this read (recorded in the side file unless asked not to). */
  quarantined: QuarantinedLine[];
  /** Highest line version seen; above `version` means the month is read-only for this build. */
  maxVersion: number;
  /** Lines from a newer version that this build could not parse (not quarantined: they are not damaged). */
  unreadableNewer: number;
  /** How many of `quarantined` were not in the side file before this read (what the user has not been told). */
  newlyQuarantined: number;
  /** Why the month file could not be read at all (its entries are then empty); null when it was read. */
  unreadable: string | null;
  /** The system's code for `unreadable` (EACCES, EIO, …), for the person's words; null when it was read. */
  unreadableErrno: string | null;
  /** Why the damaged lines could not be copied to the quarantine (they stay in the month file); null when they were. */
  quarantineFailed: string | null;
  /** The system's code for `quarantineFailed`. */
  quarantineFailedErrno: string | null;
}

/** A line's place: 1-based number, byte offset in the file, and its span in the decoded text. */
interface Position {
  line: number;
  offset: number;
  from: number;
  to: number;
}

export function listMonths(dir: string, fs: FileSystem = nodeFileSystem): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map(monthOfFileName)
    .filter((m): m is string => m !== null)
    .sort();
}

export function readMonths<T>(spec: JournalSpec<T>, months: string[], options: ReadOptions): MonthRead<T>[] {
  return months.map((month) => readMonth(spec, month, options));
}

export function readMonth<T>(spec: JournalSpec<T>, month: string, options: ReadOptions): MonthRead<T> {
  const path = monthFile(spec.dir, month);
  const result: MonthRead<T> = {
    month,
    entries: [],
    quarantined: [],
    maxVersion: 0,
    unreadableNewer: 0,
    newlyQuarantined: 0,
    unreadable: null,
    unreadableErrno: null,
    quarantineFailed: null,
    quarantineFailedErrno: null,
  };
  const fs = spec.fs ?? nodeFileSystem;
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path);
  } catch (error) {
    if (isErrno(error) && error.code === 'ENOENT') return result;
    // A folder in the file's place, no permission, a disk error: the month is left out and the user told.
    result.unreadable = describeFsError(error);
    result.unreadableErrno = errnoOf(error);
    return result;
  }
  const text = bytes.toString('utf8');
  // Byte offsets equal character offsets in an ASCII file (the usual case); otherwise they are counted.
  const ascii = text.length === bytes.length;
  const file = basename(path);
  const bad = (pos: Position, reason: string) =>
    result.quarantined.push({
      file,
      line: pos.line,
      offset: pos.offset,
      reason,
      text: text.slice(pos.from, pos.to),
      at: options.now,
    });

  // Where each entry came from, in case it must be quarantined as a repeated sequence number.
  const positions: Position[] = [];
  let from = 0;
  let offset = 0;
  let line = 0;
  let sorted = true;
  let lastSeq = 0;
  while (from < text.length) {
    const newline = text.indexOf('\n', from);
    const to = newline === -1 ? text.length : newline;
    line += 1;
    const pos: Position = { line, offset, from, to };
    if (to > from) {
      const decoded = decodeLine(text.slice(from, to));
      if (!decoded.ok) {
        bad(pos, newline === -1 ? `torn last line: ${decoded.reason}` : decoded.reason);
      } else {
        if (decoded.v > result.maxVersion) result.maxVersion = decoded.v;
        const parsed = spec.schema.safeParse(decoded.rec);
        if (parsed.success) {
          if (decoded.seq <= lastSeq) sorted = false;
          lastSeq = decoded.seq;
          result.entries.push({ v: decoded.v, seq: decoded.seq, rec: parsed.data, month });
          positions.push(pos);
        } else if (decoded.v > spec.version) {
          result.unreadableNewer += 1;
        } else {
          const first = parsed.error.issues[0];
          const where = first ? `${first.path.map(String).join('.') || 'record'}: ${first.message}` : '';
          bad(pos, `record does not match the schema (${where})`);
        }
      }
    }
    offset += ascii ? to + 1 - from : Buffer.byteLength(text.slice(from, to)) + 1;
    from = to + 1;
  }
  if (!sorted) {
    // Out of order only after a hand edit or a merge: restore sequence order; a repeat keeps its first line.
    const order = result.entries
      .map((_, i) => i)
      .sort((a, b) => seqAt(result, a) - seqAt(result, b) || a - b);
    const kept: JournalEntry<T>[] = [];
    for (const i of order) {
      const entry = result.entries[i];
      const pos = positions[i];
      if (!entry || !pos) continue;
      const previous = kept[kept.length - 1];
      if (previous && previous.seq === entry.seq) {
        bad(pos, `repeats sequence number ${entry.seq}`);
      } else {
        kept.push(entry);
      }
    }
    result.entries = kept;
    result.quarantined.sort((a, b) => a.offset - b.offset);
  }
  if (options.quarantine !== false && result.quarantined.length > 0) {
    try {
      result.newlyQuarantined = recordQuarantine(spec.dir, month, result.quarantined, fs);
    } catch (error) {
      // The damaged lines stay in the month file (nothing is cut while they have no copy); they are skipped.
      result.quarantineFailed = describeFsError(error);
      result.quarantineFailedErrno = errnoOf(error);
      result.newlyQuarantined = result.quarantined.length;
    }
  }
  return result;
}

function seqAt<T>(read: MonthRead<T>, i: number): number {
  return read.entries[i]?.seq ?? 0;
}

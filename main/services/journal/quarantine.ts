/**
 * Side files for journal lines that could not be used: `quarantine/<month>.jsonl` in the journal folder,
 * one JSON object per bad line with where it was. Recording is idempotent (a line already recorded at the
 * same position with the same text is not added again), so re-reading a damaged file does not grow it.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { closeQuietly, writeAll } from '../data/atomic-write';
import { type FileSystem, nodeFileSystem } from '../fs';

export const quarantinedLineSchema = z.object({
  /** The journal file name, e.g. "2026-11.jsonl". */
  file: z.string(),
  /** 1-based line number, or null when found by the writer's tail check (which does not count lines). */
  line: z.number().int().positive().nullable(),
  /** Byte offset of the line's first byte in the file. */
  offset: z.number().int().nonnegative(),
  reason: z.string(),
  /** The line as it was (decoded as UTF-8). */
  text: z.string(),
  /** When it was quarantined (epoch ms). */
  at: z.number(),
});
export type QuarantinedLine = z.infer<typeof quarantinedLineSchema>;

export function quarantineFile(journalDir: string, month: string): string {
  return join(journalDir, 'quarantine', `${month}.jsonl`);
}

/** Adds the lines not yet recorded; returns how many were new. */
export function recordQuarantine(
  journalDir: string,
  month: string,
  lines: QuarantinedLine[],
  fs: FileSystem = nodeFileSystem,
): number {
  if (lines.length === 0) return 0;
  const path = quarantineFile(journalDir, month);
  const known = new Set(readQuarantine(path, fs).map(keyOf));
  const fresh = lines.filter((l) => !known.has(keyOf(l)));
  if (fresh.length === 0) return 0;
  fs.mkdirSync(join(journalDir, 'quarantine'));
  const fd = fs.openSync(path, 'a+', 0o600);
  try {
    const before = fs.fstatSync(fd).size;
    try {
      writeAll(fs, fd, Buffer.from(fresh.map((l) => `${JSON.stringify(l)}\n`).join(''), 'utf8'));
      fs.fsyncSync(fd);
    } catch (error) {
      // Leave no half record behind: the copy is made whole or not at all (and the caller cuts nothing).
      try {
        fs.ftruncateSync(fd, before);
      } catch {
        // A torn diagnostic line is skipped when read back; the error that matters is the write's.
      }
      throw error;
    }
  } catch (error) {
    closeQuietly(fs, fd);
    throw error;
  }
  fs.closeSync(fd);
  return fresh.length;
}

/** Everything recorded for a month; its own damaged lines are ignored (it is a diagnostic file). */
export function readQuarantine(path: string, fs: FileSystem = nodeFileSystem): QuarantinedLine[] {
  if (!fs.existsSync(path)) return [];
  const out: QuarantinedLine[] = [];
  for (const text of fs.readFileSync(path).toString('utf8').split('\n')) {
    if (text === '') continue;
    try {
      const parsed = quarantinedLineSchema.safeParse(JSON.parse(text));
      if (parsed.success) out.push(parsed.data);
    } catch {
      // A torn line in the side file only loses a diagnostic copy; the journal is untouched.
    }
  }
  return out;
}

function keyOf(l: QuarantinedLine): string {
  return `${l.file}\u0000${l.offset}\u0000${l.text}`;
}

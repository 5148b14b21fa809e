/**
 * Side files for journal lines that could not be used: `quarantine/<month>.jsonl` in the journal folder,
 * one JSON object per bad line with where it was. Recording is idempotent (a line already recorded at the
 * same position with the same text is not added again), so re-reading a damaged file does not grow it.
 */
import { appendFileSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

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
export function recordQuarantine(journalDir: string, month: string, lines: QuarantinedLine[]): number {
  if (lines.length === 0) return 0;
  const path = quarantineFile(journalDir, month);
  const known = new Set(readQuarantine(path).map(keyOf));
  const fresh = lines.filter((l) => !known.has(keyOf(l)));
  if (fresh.length === 0) return 0;
  mkdirSync(join(journalDir, 'quarantine'), { recursive: true });
  appendFileSync(path, fresh.map((l) => `${JSON.stringify(l)}\n`).join(''));
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return fresh.length;
}

/** Everything recorded for a month; its own damaged lines are ignored (it is a diagnostic file). */
export function readQuarantine(path: string): QuarantinedLine[] {
  if (!existsSync(path)) return [];
  const out: QuarantinedLine[] = [];
  for (const text of readFileSync(path, 'utf8').split('\n')) {
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

/**
 * Cache of finished days' summaries, per month file, in `cache/summaries.json`. It is never authoritative:
 * a month's entry is used only while the month file has the size and modification time it had when the
 * entry was built, under the same fold code and fallback day options. Anything else (an edited or
 * appended file, a damaged cache file, a new build) and the month is folded again from the journal.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { groupByDay } from '../../../shared/day-groups';
import { DayFolder, foldDay } from '../../../shared/fold';
import { daySummarySchema } from '../../../shared/summary';
import type { DayOptions } from '../../../shared/time';
import { writeFileAtomic } from '../data/atomic-write';
import { type FileSystem, isErrno, nodeFileSystem } from '../fs';

const CACHE_FORMAT = 2;

/** Changes whenever the fold's code changes, so a new build never trusts figures an old fold produced. */
const foldFingerprint = createHash('sha256')
  .update(`${CACHE_FORMAT}\n${DayFolder.toString()}\n${foldDay.toString()}\n${groupByDay.toString()}`)
  .digest('hex')
  .slice(0, 16);

const monthEntrySchema = z.object({
  size: z.number().int().nonnegative(),
  mtimeMs: z.number(),
  /** Finished days of the month that have events, in date order. */
  days: z.array(daySummarySchema),
  skewed: z.number().int().nonnegative(),
});
export type CachedMonth = z.infer<typeof monthEntrySchema>;

const cacheFileSchema = z.object({
  fold: z.string(),
  fallback: z.object({ timeZone: z.string(), dayStart: z.string() }),
  months: z.record(z.string(), monthEntrySchema),
});
type CacheFile = z.infer<typeof cacheFileSchema>;

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export function stampOf(path: string, fs: FileSystem = nodeFileSystem): FileStamp | null {
  try {
    const st = fs.statSync(path);
    return { size: st.size, mtimeMs: st.mtimeMs };
  } catch (error) {
    if (isErrno(error) && error.code === 'ENOENT') return null;
    throw error;
  }
}

export class SummaryCache {
  private data: CacheFile;
  private dirty = false;

  /** `path` null keeps the cache in memory only (read-only tools). */
  constructor(
    private readonly path: string | null,
    fallback: DayOptions,
    private readonly fs: FileSystem = nodeFileSystem,
  ) {
    this.data = (path === null ? null : load(path, fallback, fs)) ?? {
      fold: foldFingerprint,
      fallback,
      months: {},
    };
  }

  static at(dataDir: string, fallback: DayOptions, fs: FileSystem = nodeFileSystem): SummaryCache {
    return new SummaryCache(join(dataDir, 'cache', 'summaries.json'), fallback, fs);
  }

  /** The month's finished days, if the entry still matches the file. */
  get(month: string, stamp: FileStamp): CachedMonth | null {
    const entry = this.data.months[month];
    if (!entry || entry.size !== stamp.size || entry.mtimeMs !== stamp.mtimeMs) return null;
    return entry;
  }

  put(month: string, entry: CachedMonth): void {
    this.data.months[month] = entry;
    this.dirty = true;
  }

  drop(month: string): void {
    if (month in this.data.months) {
      delete this.data.months[month];
      this.dirty = true;
    }
  }

  /**
   * Writes the cache file (atomically) if anything changed. A cache that cannot be written (disk full,
   * read-only folder) is kept in memory and tried again next time: it is never authoritative, so a summary
   * is never refused for it. Returns whether the file is up to date.
   */
  save(): boolean {
    if (!this.dirty || this.path === null) return true;
    try {
      writeFileAtomic(this.path, JSON.stringify(this.data), this.fs);
    } catch {
      return false;
    }
    this.dirty = false;
    return true;
  }

  clear(): void {
    this.data = { ...this.data, months: {} };
    this.dirty = true;
  }

  /** The fallback day options shape days without a `day` event: months folded under other ones are dropped. */
  setFallback(fallback: DayOptions): void {
    const f = this.data.fallback;
    if (f.timeZone === fallback.timeZone && f.dayStart === fallback.dayStart) return;
    this.data = { fold: foldFingerprint, fallback, months: {} };
    this.dirty = true;
  }
}

/** Reads the cache file; a missing, damaged, stale-fold or other-options file is simply not used. */
function load(path: string, fallback: DayOptions, fs: FileSystem): CacheFile | null {
  let text: string;
  try {
    text = fs.readFileSync(path).toString('utf8');
  } catch {
    // Missing or unreadable (a folder in its place, no permission): the cache is rebuilt from the journal.
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = cacheFileSchema.safeParse(json);
  if (!parsed.success) return null;
  const data = parsed.data;
  if (data.fold !== foldFingerprint) return null;
  if (data.fallback.timeZone !== fallback.timeZone || data.fallback.dayStart !== fallback.dayStart)
    return null;
  return data;
}

/**
 * Appends records to the month files. Write policy (see docs/storage.md):
 * - one append call is one `write(2)` of whole lines to a file opened for appending, so it costs the same
 *   at any history size and, once `append` returns, survives a crash of the process;
 * - the file is fsync'ed at most `syncIntervalMs` (default 1000 ms) after the first unsynced append, so a
 *   power cut loses at most the last second of events; `syncIntervalMs: 0` syncs on every append, and an
 *   append whose fsync fails is not acknowledged.
 * The writer repairs its own failures: a failed or short write is cut back to the last good offset before
 * anything else is written to that file (until the cut succeeds, the month refuses appends). On first
 * touching a month file it repairs a torn tail left by a crash (kept if it is a whole valid line, otherwise
 * quarantined and cut), continues after the highest sequence number in the file, and refuses to append to
 * a month holding any line written by a newer schema version.
 */
import { basename } from 'node:path';
import { syncDir, writeAll } from '../data/atomic-write';
import { type FileSystem, nodeFileSystem } from '../fs';
import { decodeLine, encodeLine, monthFile } from './format';
import { recordQuarantine } from './quarantine';
import { type JournalSpec, listMonths } from './reader';

export class JournalReadOnlyError extends Error {
  constructor(
    readonly month: string,
    readonly fileVersion: number,
  ) {
    super(
      `The journal for ${month} was written by a newer version of Sitwise (format ${fileVersion}); ` +
        'this version reads it but will not add to it.',
    );
    this.name = 'JournalReadOnlyError';
  }
}

/** Sequence numbers are JSON numbers: past 2^53 they stop being exact, so the journal refuses to go on. */
export class JournalSeqExhaustedError extends Error {
  constructor(readonly lastSeq: number) {
    super(
      `The journal's sequence numbers are used up (last ${lastSeq}, the largest exact number is ` +
        `${Number.MAX_SAFE_INTEGER}); export your data and start a new data folder.`,
    );
    this.name = 'JournalSeqExhaustedError';
  }
}

export interface WriterOptions<T> extends JournalSpec<T> {
  /** Longest time an appended line may stay unsynced (ms). 0 = fsync every append. */
  syncIntervalMs?: number;
  /** Epoch ms, for quarantine records. */
  now: () => number;
  /** Timer for the batched fsync (defaults to an unref'ed setTimeout, so it never keeps the app alive). */
  schedule?: (ms: number, run: () => void) => () => void;
  /** A batched fsync failed (it is retried at the next interval). */
  onSyncError?: (error: unknown) => void;
}

interface OpenMonth {
  fd: number;
  dirty: boolean;
  /** Size of the file up to the end of the last acknowledged line. */
  good: number;
  /** A failed write left bytes after `good` that could not be cut yet. */
  needsCut: boolean;
}

const TAIL_CHUNK = 64 * 1024;

export class JournalWriter<T> {
  private readonly files = new Map<string, OpenMonth>();
  private readonly readOnly = new Map<string, number>();
  private readonly fs: FileSystem;
  private seq: number;
  private cancelSync: (() => void) | null = null;
  private closed = false;

  private constructor(
    private readonly options: WriterOptions<T>,
    lastSeq: number,
  ) {
    this.fs = options.fs ?? nodeFileSystem;
    this.seq = lastSeq;
  }

  /**
   * Opens the journal folder: repairs a torn tail in any month file (a crash may have left one in a month
   * no longer written to), and continues after the highest sequence number found at any file's end.
   * Never throws for a damaged month: that month's appends fail (and say why) until it is repaired.
   */
  static open<T>(options: WriterOptions<T>): JournalWriter<T> {
    const fs = options.fs ?? nodeFileSystem;
    let months: string[] = [];
    try {
      months = listMonths(options.dir, fs);
    } catch {
      // An unreadable folder: every append will fail with its own reason, which is what the user is told.
    }
    const tails: { month: string; tail: TailInfo }[] = [];
    for (const month of months) {
      try {
        tails.push({ month, tail: inspectTail(monthFile(options.dir, month), fs) });
      } catch {
        // A month that cannot be read (a folder in its place, no permission) is reported when read or written.
      }
    }
    let lastSeq = 0;
    for (const { tail } of tails) lastSeq = Math.max(lastSeq, tail.lastSeq);
    const writer = new JournalWriter(options, lastSeq);
    for (const { month, tail } of tails) {
      if (!tail.torn || tail.maxVersion > options.version) continue;
      try {
        writer.fileFor(month);
      } catch {
        // Repaired at the first append to that month instead (or that append fails and says why).
      }
    }
    return writer;
  }

  get lastSeq(): number {
    return this.seq;
  }

  /** Validates and appends one record to a month's file; returns its sequence number once written. */
  append(month: string, record: T): number {
    return this.appendMany(month, [record])[0] ?? this.seq;
  }

  /**
   * Appends records to one month's file with a single write: all of them are acknowledged, or (on any
   * error) none is, the file is cut back to where it was, and the error is thrown.
   */
  appendMany(month: string, records: readonly T[]): number[] {
    if (this.closed) throw new Error('The journal is closed.');
    const valid = records.map((record) => {
      const parsed = this.options.schema.safeParse(record);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      throw new Error(
        `Refusing to journal an invalid record: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
      );
    });
    if (valid.length === 0) return [];
    const file = this.fileFor(month);
    if (file.needsCut) {
      this.fs.ftruncateSync(file.fd, file.good);
      file.needsCut = false;
    }
    if (this.seq > Number.MAX_SAFE_INTEGER - valid.length) throw new JournalSeqExhaustedError(this.seq);
    const seqs = valid.map((_, i) => this.seq + 1 + i);
    const text = valid.map((rec, i) => encodeLine(this.options.version, seqs[i] ?? 0, rec)).join('');
    const bytes = Buffer.from(text, 'utf8');
    try {
      writeAll(this.fs, file.fd, bytes);
      if ((this.options.syncIntervalMs ?? 1000) <= 0) this.fs.fsyncSync(file.fd);
    } catch (error) {
      this.cutBack(file);
      throw error;
    }
    file.good += bytes.length;
    this.seq = seqs[seqs.length - 1] ?? this.seq;
    file.dirty = true;
    this.afterWrite();
    return seqs;
  }

  /** Forces every appended line to disk now; throws the first failure (the others are still tried). */
  flush(): void {
    this.cancelSync?.();
    this.cancelSync = null;
    let failure: unknown = null;
    for (const file of this.files.values()) {
      if (!file.dirty) continue;
      try {
        this.fs.fsyncSync(file.fd);
        file.dirty = false;
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== null) throw failure;
  }

  /** Flushes and closes; safe to call twice. Throws a failed flush after closing everything. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    let failure: unknown = null;
    try {
      this.flush();
    } catch (error) {
      failure = error;
    }
    for (const file of this.files.values()) {
      try {
        this.fs.closeSync(file.fd);
      } catch (error) {
        failure ??= error;
      }
    }
    this.files.clear();
    if (failure !== null) throw failure;
  }

  /** After a failed write: cut the file back to its last acknowledged line, or remember to do it first next time. */
  private cutBack(file: OpenMonth): void {
    try {
      this.fs.ftruncateSync(file.fd, file.good);
      file.needsCut = false;
    } catch {
      // Tried again before the next write to this file; until then the month refuses appends.
      file.needsCut = true;
    }
  }

  private afterWrite(): void {
    const interval = this.options.syncIntervalMs ?? 1000;
    if (interval <= 0 || this.cancelSync) return;
    const schedule = this.options.schedule ?? defaultSchedule;
    this.cancelSync = schedule(interval, () => {
      this.cancelSync = null;
      try {
        this.flush();
      } catch (error) {
        this.options.onSyncError?.(error);
        if (!this.closed) this.afterWrite();
      }
    });
  }

  private fileFor(month: string): OpenMonth {
    const open = this.files.get(month);
    if (open) return open;
    const version = this.readOnly.get(month);
    if (version !== undefined) throw new JournalReadOnlyError(month, version);
    const path = monthFile(this.options.dir, month);
    this.fs.mkdirSync(this.options.dir);
    const fd = this.fs.openSync(path, 'a+', 0o600);
    let good: number;
    try {
      const size = this.fs.fstatSync(fd).size;
      if (size === 0) syncDir(this.options.dir, this.fs);
      const scan = scanMonth(this.fs, fd, size);
      if (scan.maxVersion > this.options.version) {
        this.readOnly.set(month, scan.maxVersion);
        throw new JournalReadOnlyError(month, scan.maxVersion);
      }
      good = scan.torn ? this.repairTail(month, fd, scan.torn) : size;
      // After swapped or merged lines the last line is not the highest: continue after the highest.
      this.seq = Math.max(this.seq, scan.maxSeq);
    } catch (error) {
      this.fs.closeSync(fd);
      throw error;
    }
    const entry = { fd, dirty: false, good, needsCut: false };
    this.files.set(month, entry);
    return entry;
  }

  /**
   * A torn tail was never acknowledged (an acknowledged line ends with its newline): keep it if whole,
   * else copy it to the quarantine and cut it. If the copy cannot be made, nothing is cut and this throws.
   * Returns the file's size after the repair.
   */
  private repairTail(
    month: string,
    fd: number,
    torn: { offset: number; text: string; valid: boolean; end: number },
  ): number {
    if (torn.valid) {
      writeAll(this.fs, fd, Buffer.from('\n'));
      this.fs.fsyncSync(fd);
      return torn.end + 1;
    }
    recordQuarantine(
      this.options.dir,
      month,
      [
        {
          file: basename(monthFile(this.options.dir, month)),
          line: null,
          offset: torn.offset,
          reason: 'torn last line (crash or failed write), cut before the next append',
          text: torn.text,
          at: this.options.now(),
        },
      ],
      this.fs,
    );
    this.fs.ftruncateSync(fd, torn.offset);
    this.fs.fsyncSync(fd);
    return torn.offset;
  }
}

function defaultSchedule(ms: number, run: () => void): () => void {
  const timer = setTimeout(run, ms);
  timer.unref();
  return () => clearTimeout(timer);
}

interface MonthScan {
  maxSeq: number;
  maxVersion: number;
  torn: { offset: number; text: string; valid: boolean; end: number } | null;
}

/** Reads a whole month file once (when the writer first touches it): highest seq and version, torn tail. */
function scanMonth(fs: FileSystem, fd: number, size: number): MonthScan {
  const buf = Buffer.alloc(size);
  let read = 0;
  while (read < size) {
    const n = fs.readSync(fd, buf, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  const scan: MonthScan = { maxSeq: 0, maxVersion: 0, torn: null };
  let from = 0;
  while (from < read) {
    const newline = buf.indexOf(10, from);
    const to = newline === -1 || newline >= read ? read : newline;
    const text = buf.toString('utf8', from, to);
    const decoded = text === '' ? null : decodeLine(text);
    if (decoded?.ok) {
      scan.maxSeq = Math.max(scan.maxSeq, decoded.seq);
      scan.maxVersion = Math.max(scan.maxVersion, decoded.v);
    }
    if (to === read && newline !== to) {
      if (text !== '') scan.torn = { offset: from, text, valid: decoded?.ok === true, end: read };
      break;
    }
    from = to + 1;
  }
  return scan;
}

interface TailInfo {
  lastSeq: number;
  maxVersion: number;
  torn: { offset: number; text: string; valid: boolean } | null;
}

/**
 * Looks at the end of a month file only: the torn tail (if any), and the last whole line that decodes,
 * for its sequence number and version. Reads backwards in chunks, so the cost does not grow with history.
 */
export function inspectTail(path: string, fs: FileSystem = nodeFileSystem): TailInfo {
  const fd = fs.openSync(path, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const info: TailInfo = { lastSeq: 0, maxVersion: 0, torn: null };
    let chunk = Math.min(size, TAIL_CHUNK);
    for (;;) {
      const start = size - chunk;
      const buf = Buffer.alloc(chunk);
      fs.readSync(fd, buf, 0, chunk, start);
      const lastNewline = buf.lastIndexOf(10);
      if (lastNewline === -1 && start > 0) {
        chunk = Math.min(size, chunk * 2);
        continue;
      }
      const tailStart = lastNewline + 1;
      if (tailStart < buf.length) {
        const text = buf.toString('utf8', tailStart);
        const decoded = decodeLine(text);
        info.torn = { offset: start + tailStart, text, valid: decoded.ok };
        if (decoded.ok) {
          info.lastSeq = decoded.seq;
          info.maxVersion = decoded.v;
        }
      }
      // Whole lines in this chunk, newest first; the first one may be cut by the chunk start.
      const lines = buf.toString('utf8', 0, Math.max(lastNewline, 0)).split('\n');
      for (let i = lines.length - 1; i >= 0 && info.lastSeq === 0; i--) {
        if (i === 0 && start > 0) break;
        const decoded = decodeLine(lines[i] ?? '');
        if (decoded.ok) {
          info.lastSeq = decoded.seq;
          info.maxVersion = Math.max(info.maxVersion, decoded.v);
        }
      }
      if (info.lastSeq > 0 || start === 0) return info;
      chunk = Math.min(size, chunk * 2);
    }
  } finally {
    fs.closeSync(fd);
  }
}

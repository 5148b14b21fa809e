/**
 * Appends records to the month files. Write policy (see docs/storage.md):
 * - each append is one `write(2)` of one whole line to a file opened for appending, so it costs the same at
 *   any history size and, once `append` returns, survives a crash of the process;
 * - the file is fsync'ed at most `syncIntervalMs` (default 1000 ms) after the first unsynced append, so a
 *   power cut loses at most the last second of events; `syncIntervalMs: 0` syncs on every append.
 * On first touching a month file the writer repairs a torn tail left by a crash (bytes after the last
 * newline: kept if they form a whole valid line, otherwise quarantined and cut), and refuses to append to
 * a file written by a newer schema version.
 */
import {
  closeSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readSync,
  writeSync,
} from 'node:fs';
import { basename } from 'node:path';
import { syncDir } from '../data/atomic-write';
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

export interface WriterOptions<T> extends JournalSpec<T> {
  /** Longest time an appended line may stay unsynced (ms). 0 = fsync every append. */
  syncIntervalMs?: number;
  /** Epoch ms, for quarantine records. */
  now: () => number;
  /** Timer for the batched fsync (defaults to an unref'ed setTimeout, so it never keeps the app alive). */
  schedule?: (ms: number, run: () => void) => () => void;
}

interface OpenMonth {
  fd: number;
  dirty: boolean;
}

const TAIL_CHUNK = 64 * 1024;

export class JournalWriter<T> {
  private readonly files = new Map<string, OpenMonth>();
  private readonly readOnly = new Map<string, number>();
  private seq: number;
  private cancelSync: (() => void) | null = null;
  private closed = false;

  private constructor(
    private readonly options: WriterOptions<T>,
    lastSeq: number,
  ) {
    this.seq = lastSeq;
  }

  /**
   * Opens the journal folder: repairs a torn tail in any month file (a crash may have left one in a month
   * no longer written to), and continues after the highest sequence number found at any file's end.
   */
  static open<T>(options: WriterOptions<T>): JournalWriter<T> {
    mkdirSync(options.dir, { recursive: true });
    let lastSeq = 0;
    const tails = listMonths(options.dir).map((month) => ({
      month,
      tail: inspectTail(monthFile(options.dir, month)),
    }));
    for (const { tail } of tails) lastSeq = Math.max(lastSeq, tail.lastSeq);
    const writer = new JournalWriter(options, lastSeq);
    for (const { month, tail } of tails) {
      if (tail.torn && tail.maxVersion <= options.version) writer.fileFor(month);
    }
    return writer;
  }

  get lastSeq(): number {
    return this.seq;
  }

  /** Validates and appends one record to a month's file; returns its sequence number once written. */
  append(month: string, record: T): number {
    if (this.closed) throw new Error('The journal is closed.');
    const parsed = this.options.schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `Refusing to journal an invalid record: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
      );
    }
    const file = this.fileFor(month);
    const seq = this.seq + 1;
    const bytes = Buffer.from(encodeLine(this.options.version, seq, parsed.data), 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(file.fd, bytes, written, bytes.length - written);
    this.seq = seq;
    file.dirty = true;
    this.afterWrite();
    return seq;
  }

  /** Forces every appended line to disk now. */
  flush(): void {
    this.cancelSync?.();
    this.cancelSync = null;
    for (const file of this.files.values()) {
      if (!file.dirty) continue;
      fsyncSync(file.fd);
      file.dirty = false;
    }
  }

  /** Flushes and closes; safe to call twice. */
  close(): void {
    if (this.closed) return;
    this.flush();
    for (const file of this.files.values()) closeSync(file.fd);
    this.files.clear();
    this.closed = true;
  }

  private afterWrite(): void {
    const interval = this.options.syncIntervalMs ?? 1000;
    if (interval <= 0) {
      this.flush();
      return;
    }
    if (this.cancelSync) return;
    const schedule = this.options.schedule ?? defaultSchedule;
    this.cancelSync = schedule(interval, () => {
      this.cancelSync = null;
      this.flush();
    });
  }

  private fileFor(month: string): OpenMonth {
    const open = this.files.get(month);
    if (open) return open;
    const version = this.readOnly.get(month);
    if (version !== undefined) throw new JournalReadOnlyError(month, version);
    const path = monthFile(this.options.dir, month);
    const fd = openSync(path, 'a+', 0o600);
    try {
      const size = fstatSync(fd).size;
      if (size === 0) syncDir(this.options.dir);
      const tail = inspectTail(path, fd);
      if (tail.maxVersion > this.options.version) {
        this.readOnly.set(month, tail.maxVersion);
        throw new JournalReadOnlyError(month, tail.maxVersion);
      }
      if (tail.torn) this.repairTail(month, fd, tail.torn);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    const entry = { fd, dirty: false };
    this.files.set(month, entry);
    return entry;
  }

  /** A torn tail was never acknowledged (an acknowledged line ends with its newline): keep it if whole, else cut it. */
  private repairTail(
    month: string,
    fd: number,
    torn: { offset: number; text: string; valid: boolean },
  ): void {
    if (torn.valid) {
      writeSync(fd, '\n');
    } else {
      recordQuarantine(this.options.dir, month, [
        {
          file: basename(monthFile(this.options.dir, month)),
          line: null,
          offset: torn.offset,
          reason: 'torn last line (crash during a write), cut before the next append',
          text: torn.text,
          at: this.options.now(),
        },
      ]);
      ftruncateSync(fd, torn.offset);
    }
    fsyncSync(fd);
  }
}

function defaultSchedule(ms: number, run: () => void): () => void {
  const timer = setTimeout(run, ms);
  timer.unref();
  return () => clearTimeout(timer);
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
export function inspectTail(path: string, openFd?: number): TailInfo {
  const fd = openFd ?? openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const info: TailInfo = { lastSeq: 0, maxVersion: 0, torn: null };
    let chunk = Math.min(size, TAIL_CHUNK);
    for (;;) {
      const start = size - chunk;
      const buf = Buffer.alloc(chunk);
      readSync(fd, buf, 0, chunk, start);
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
    if (openFd === undefined) closeSync(fd);
  }
}

/**
 * Whole-file writes that are either complete or absent: write a temp file in the same folder, fsync it,
 * rename it over the target, then fsync the folder so the rename itself survives a power cut.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeChunksAtomic(path, [data]);
}

/** The same, for content produced piece by piece (an export), so it never has to sit in memory whole. */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | null = openSync(temp, 'wx', 0o600);
  try {
    for (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  syncDir(dir);
}

/** Makes a rename or a new file in `dir` durable. Not every platform can open a folder (Windows); there the rename is as durable as the OS makes it. */
export function syncDir(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch (error) {
    if (isErrno(error) && (error.code === 'EISDIR' || error.code === 'EPERM' || error.code === 'EACCES'))
      return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    // Some file systems refuse fsync on a directory handle; the data file itself was synced already.
    if (!(isErrno(error) && (error.code === 'EINVAL' || error.code === 'EPERM' || error.code === 'EBADF')))
      throw error;
  } finally {
    closeSync(fd);
  }
}

export function isErrno(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error && typeof error.code === 'string';
}

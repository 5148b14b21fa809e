/**
 * Whole-file writes that are either complete or absent: write a temp file in the same folder, fsync it,
 * rename it over the target, then fsync the folder so the rename itself survives a power cut.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { type FileSystem, isErrno, nodeFileSystem } from '../fs';

export { isErrno } from '../fs';

export function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  fs: FileSystem = nodeFileSystem,
): void {
  writeChunksAtomic(path, [data], fs);
}

/** The same, for content produced piece by piece (an export), so it never has to sit in memory whole. */
export function writeChunksAtomic(
  path: string,
  chunks: Iterable<string | Uint8Array>,
  fs: FileSystem = nodeFileSystem,
): void {
  const dir = dirname(path);
  fs.mkdirSync(dir);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | null = fs.openSync(temp, 'wx', 0o600);
  try {
    for (const chunk of chunks)
      writeAll(fs, fd, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, path);
  } catch (error) {
    if (fd !== null) closeQuietly(fs, fd);
    removeQuietly(fs, temp);
    throw error;
  }
  syncDir(dir, fs);
}

/** Loops over short writes; throws what the last write threw. */
export function writeAll(fs: FileSystem, fd: number, bytes: Uint8Array): void {
  let written = 0;
  while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
}

/** Makes a rename or a new file in `dir` durable. Not every platform can open a folder (Windows); there the rename is as durable as the OS makes it. */
export function syncDir(dir: string, fs: FileSystem = nodeFileSystem): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch (error) {
    if (isErrno(error) && (error.code === 'EISDIR' || error.code === 'EPERM' || error.code === 'EACCES'))
      return;
    throw error;
  }
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    // Some file systems refuse fsync on a directory handle; the data file itself was synced already.
    if (!(isErrno(error) && (error.code === 'EINVAL' || error.code === 'EPERM' || error.code === 'EBADF')))
      throw error;
  } finally {
    fs.closeSync(fd);
  }
}

/** Closing after a failure: the first error is the one to report. */
export function closeQuietly(fs: FileSystem, fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // The write already failed; that error is the one the caller reports.
  }
}

function removeQuietly(fs: FileSystem, path: string): void {
  try {
    fs.rmSync(path);
  } catch {
    // A temp file that cannot be removed is harmless (hidden, never read) and the write error matters more.
  }
}

/**
 * The file-system port: the few node:fs calls the services make, as one object, so tests can put a
 * fault-injecting file system behind every service (test/unit/services/helpers/faulty-fs.ts). Synchronous
 * on purpose: an append must be on disk before the engine step that made it is applied, and the journal's
 * write path is one `write(2)` per step (see docs/storage.md).
 */
import * as fs from 'node:fs';

export interface FileStat {
  size: number;
  mtimeMs: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export interface FileSystem {
  openSync(path: string, flags: 'r' | 'a+' | 'wx' | 'w', mode?: number): number;
  closeSync(fd: number): void;
  /** Writes up to `length` bytes; may write fewer (a short write), as write(2) may. */
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  fstatSync(fd: number): FileStat;
  fsyncSync(fd: number): void;
  ftruncateSync(fd: number, length: number): void;
  mkdirSync(path: string): void;
  readdirSync(path: string): string[];
  readFileSync(path: string): Buffer;
  statSync(path: string): FileStat;
  lstatSync(path: string): FileStat;
  existsSync(path: string): boolean;
  renameSync(from: string, to: string): void;
  /** Removes a file or a folder with everything in it; a missing path is not an error. */
  rmSync(path: string): void;
}

export const nodeFileSystem: FileSystem = {
  openSync: (path, flags, mode) => fs.openSync(path, flags, mode),
  closeSync: (fd) => fs.closeSync(fd),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  readSync: (fd, buffer, offset, length, position) => fs.readSync(fd, buffer, offset, length, position),
  fstatSync: (fd) => fs.fstatSync(fd),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  ftruncateSync: (fd, length) => fs.ftruncateSync(fd, length),
  mkdirSync: (path) => {
    fs.mkdirSync(path, { recursive: true });
  },
  readdirSync: (path) => fs.readdirSync(path),
  readFileSync: (path) => fs.readFileSync(path),
  statSync: (path) => fs.statSync(path),
  lstatSync: (path) => fs.lstatSync(path),
  existsSync: (path) => fs.existsSync(path),
  renameSync: (from, to) => fs.renameSync(from, to),
  rmSync: (path) => fs.rmSync(path, { recursive: true, force: true }),
};

/** An error that carries a system code seen earlier (a refusal repeated later, such as a settings file kept off). */
export function fsFailure(errno: string, message: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(message);
  error.code = errno;
  return error;
}

/** An error with a Node errno code (EACCES, ENOSPC, ...). */
export function isErrno(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error && typeof error.code === 'string';
}

/**
 * The system's code for a failure (ENOSPC, EACCES, …), "UNKNOWN" without one: what crosses to a window or
 * the tray, which word it in the person's language (`refusal.fsReason`).
 */
export function errnoOf(error: unknown): string {
  if (!isErrno(error)) return 'UNKNOWN';
  const code = error.code ?? '';
  return /^[A-Z][A-Z0-9_]{0,31}$/.test(code) ? code : 'UNKNOWN';
}

/** A short English reason, for logs and the command line: "no space left on the disk (ENOSPC)". */
export function describeFsError(error: unknown): string {
  if (!isErrno(error)) return error instanceof Error ? error.message : String(error);
  const plain: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOSPC: 'no space left on the disk',
    EDQUOT: 'disk quota exceeded',
    EIO: 'input/output error from the disk',
    EROFS: 'the folder is read-only',
    EISDIR: 'a folder is where a file should be',
    ENOTDIR: 'a file is where a folder should be',
    ENOENT: 'a file or folder is missing',
    EMFILE: 'too many open files',
    ENAMETOOLONG: 'a file name is too long',
  };
  const code = error.code ?? '';
  return `${plain[code] ?? error.message} (${code})`;
}

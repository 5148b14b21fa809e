/**
 * A file system that fails on purpose, in front of the real one (node:fs on a temp folder). Each fault
 * names the error code, the calls it hits and the paths it applies to. What the real system does, and
 * where it is written down:
 * - An errno error is an Error with `code`, `errno`, `syscall` and `path` (Node docs, "Class: SystemError").
 * - write(2) may write fewer bytes than asked when the disk fills ("ENOSPC ... no room for the data"; "the
 *   number of bytes written may be less than count if ... insufficient space"): `afterBytes` lets that many
 *   more bytes through, then the call that crosses the limit writes only the part that fits and returns
 *   its length, and every later write throws ENOSPC. Cutting a file back (ftruncate) frees space, so it is
 *   allowed under ENOSPC.
 * - A read-only folder (`readOnlyFolder`: a folder without write permission, chmod a-w) refuses what
 *   changes its entries: creating a file (open with O_CREAT of a missing name: EACCES, open(2)), mkdir,
 *   rename and unlink (EACCES). Writing to a file that already exists and is itself writable still works;
 *   so does fsync. Stricter than a real system: the fault is checked before the call, never after it.
 * - Every open file descriptor remembers its path, so faults on write/fsync/ftruncate match by path.
 */
import { basename } from 'node:path';
import { type FileStat, type FileSystem, nodeFileSystem } from '../../../../main/services/fs';

export type FaultCode = 'EACCES' | 'ENOSPC' | 'EIO' | 'EISDIR' | 'ENOTDIR' | 'EROFS';
export type FsCall =
  | 'open'
  | 'write'
  | 'fsync'
  | 'ftruncate'
  | 'mkdir'
  | 'rename'
  | 'rm'
  | 'read'
  | 'readdir'
  | 'stat';

export interface Fault {
  code: FaultCode;
  calls: FsCall[];
  /** Which paths it hits (absolute paths; for a rename, either end). */
  path: (path: string) => boolean;
  /** ENOSPC only: bytes still allowed before the disk is full. */
  afterBytes?: number;
  /** Only opens that create or write (a+, w, wx), not opens for reading. */
  writeOpensOnly?: boolean;
}

const messages: Record<FaultCode, string> = {
  EACCES: 'permission denied',
  ENOSPC: 'no space left on device',
  EIO: 'i/o error',
  EISDIR: 'illegal operation on a directory',
  ENOTDIR: 'not a directory',
  EROFS: 'read-only file system',
};

export function errnoError(code: FaultCode, syscall: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${messages[code]}, ${syscall} '${path}'`);
  error.code = code;
  error.syscall = syscall;
  error.path = path;
  return error;
}

export class FaultyFs implements FileSystem {
  private faults: Fault[] = [];
  private readonly paths = new Map<number, string>();
  /** Calls refused so far, for the matrix report. */
  refused = 0;

  constructor(private readonly real: FileSystem = nodeFileSystem) {}

  inject(fault: Fault): void {
    this.faults.push(fault.code === 'ENOSPC' ? { ...fault } : fault);
  }

  /** A folder without write permission: its entries cannot be created, renamed or removed. */
  readOnlyFolder(dir: string): void {
    const inside = (p: string) => p === dir || p.startsWith(`${dir}/`);
    this.inject({ code: 'EACCES', calls: ['mkdir', 'rename', 'rm'], path: inside });
    // Creating a missing file is refused; opening an existing file for writing is not (its own mode allows it).
    this.inject({
      code: 'EACCES',
      calls: ['open'],
      path: (p) => inside(p) && !this.real.existsSync(p),
      writeOpensOnly: true,
    });
  }

  clear(): void {
    this.faults = [];
  }

  private check(call: FsCall, path: string, write = true): void {
    for (const f of this.faults) {
      if (!f.calls.includes(call) || !f.path(path)) continue;
      if (call === 'open' && f.writeOpensOnly && !write) continue;
      if (f.code === 'ENOSPC' && call === 'write' && f.afterBytes !== undefined && f.afterBytes > 0) continue;
      this.refused++;
      throw errnoError(f.code, call, path);
    }
  }

  private pathOf(fd: number): string {
    return this.paths.get(fd) ?? `<fd ${fd}>`;
  }

  openSync(path: string, flags: 'r' | 'a+' | 'wx' | 'w', mode?: number): number {
    this.check('open', path, flags !== 'r');
    const fd = this.real.openSync(path, flags, mode);
    this.paths.set(fd, path);
    return fd;
  }

  closeSync(fd: number): void {
    this.paths.delete(fd);
    this.real.closeSync(fd);
  }

  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number {
    const path = this.pathOf(fd);
    this.check('write', path);
    for (const f of this.faults) {
      if (f.code !== 'ENOSPC' || !f.calls.includes('write') || !f.path(path) || f.afterBytes === undefined)
        continue;
      if (length > f.afterBytes) {
        // The part that fits is written, its length returned: a short write. The next call finds the disk full.
        const fits = f.afterBytes;
        f.afterBytes = 0;
        if (fits === 0) {
          this.refused++;
          throw errnoError('ENOSPC', 'write', path);
        }
        return this.real.writeSync(fd, buffer, offset, fits);
      }
      f.afterBytes -= length;
    }
    return this.real.writeSync(fd, buffer, offset, length);
  }

  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number {
    this.check('read', this.pathOf(fd));
    return this.real.readSync(fd, buffer, offset, length, position);
  }

  fstatSync(fd: number): FileStat {
    return this.real.fstatSync(fd);
  }

  fsyncSync(fd: number): void {
    this.check('fsync', this.pathOf(fd));
    this.real.fsyncSync(fd);
  }

  ftruncateSync(fd: number, length: number): void {
    this.check('ftruncate', this.pathOf(fd));
    this.real.ftruncateSync(fd, length);
  }

  mkdirSync(path: string): void {
    // mkdir -p of an existing folder changes nothing, so a read-only parent does not refuse it.
    if (this.real.existsSync(path)) return;
    this.check('mkdir', path);
    this.real.mkdirSync(path);
  }

  readdirSync(path: string): string[] {
    this.check('readdir', path, false);
    return this.real.readdirSync(path);
  }

  readFileSync(path: string): Buffer {
    this.check('read', path, false);
    return this.real.readFileSync(path);
  }

  statSync(path: string): FileStat {
    this.check('stat', path, false);
    return this.real.statSync(path);
  }

  lstatSync(path: string): FileStat {
    this.check('stat', path, false);
    return this.real.lstatSync(path);
  }

  existsSync(path: string): boolean {
    return this.real.existsSync(path);
  }

  renameSync(from: string, to: string): void {
    this.check('rename', from);
    this.check('rename', to);
    this.real.renameSync(from, to);
  }

  rmSync(path: string): void {
    if (!this.real.existsSync(path)) return;
    this.check('rm', path);
    this.real.rmSync(path);
  }
}

/** Matches a file by its name's pattern anywhere under a folder. */
export function under(dir: string, name?: RegExp): (path: string) => boolean {
  return (p) => (p === dir || p.startsWith(`${dir}/`)) && (name === undefined || name.test(basename(p)));
}

/**
 * A person's own routines on disk: one small JSON file (`routines/routines.json` in the data folder),
 * rewritten whole and atomically on every change, so it is always either the old list or the new one.
 * A file that cannot be read is never overwritten: it is set aside under a new name first and the person
 * is told, so nothing they made is lost silently.
 *
 * `list` / `replaceAll` / `clear` is the whole storage interface: export and delete of all user data treat
 * the routines as one section through it.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { type OwnRoutine, ownRoutineSchema } from '../../../shared/content/user-routine';
import { writeFileAtomic } from '../data/atomic-write';
import { type FileSystem, isErrno, nodeFileSystem } from '../fs';

/** Version of the routines file this build writes. */
export const ROUTINES_FILE_VERSION = 1;

const fileSchema = z.strictObject({
  version: z.literal(ROUTINES_FILE_VERSION),
  routines: z.array(ownRoutineSchema),
});

/** The routines as one section of the user's data. */
export interface RoutineSection {
  list(): readonly OwnRoutine[];
  /** Saves the whole list; throws (changing nothing) when it cannot. */
  replaceAll(routines: readonly OwnRoutine[]): void;
  clear(): void;
}

export interface RoutineStoreOptions {
  dataDir: string;
  fs?: FileSystem;
  /** Told when a damaged file was set aside (its new name), so the person can be told. */
  onSetAside?: (path: string) => void;
  now: () => number;
}

export function routinesFile(dataDir: string): string {
  return join(dataDir, 'routines', 'routines.json');
}

export class FileRoutineStore implements RoutineSection {
  private routines: readonly OwnRoutine[];
  private readonly fs: FileSystem;
  private readonly path: string;

  constructor(private readonly options: RoutineStoreOptions) {
    this.fs = options.fs ?? nodeFileSystem;
    this.path = routinesFile(options.dataDir);
    this.routines = this.read();
  }

  list(): readonly OwnRoutine[] {
    return this.routines;
  }

  replaceAll(routines: readonly OwnRoutine[]): void {
    const file = fileSchema.parse({ version: ROUTINES_FILE_VERSION, routines });
    writeFileAtomic(this.path, `${JSON.stringify(file, null, 2)}\n`, this.fs);
    this.routines = file.routines;
  }

  clear(): void {
    this.fs.rmSync(join(this.options.dataDir, 'routines'));
    this.routines = [];
  }

  private read(): readonly OwnRoutine[] {
    let text: string;
    try {
      text = this.fs.readFileSync(this.path).toString('utf8');
    } catch (error) {
      if (isErrno(error) && error.code === 'ENOENT') return [];
      throw error;
    }
    let parsed: z.ZodSafeParseResult<z.infer<typeof fileSchema>> | null = null;
    try {
      parsed = fileSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = null;
    }
    if (parsed?.success) return parsed.data.routines;
    // Unreadable (damaged, or written by a newer build): keep it beside, start with none.
    const aside = `${this.path}.unreadable-${this.options.now()}`;
    this.fs.renameSync(this.path, aside);
    this.options.onSetAside?.(aside);
    return [];
  }
}

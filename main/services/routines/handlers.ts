/**
 * The own-routines channels: list, save, delete, export to a routine file and import from one. Every
 * change is written before it is answered; a refused file or a full list is a clear message for the
 * person, and nothing changes.
 */
import { randomBytes } from 'node:crypto';
import {
  MAX_OWN_ROUTINES,
  type OwnRoutine,
  type OwnRoutineDraft,
  parseRoutineFile,
  routineFileOf,
} from '../../../shared/content/user-routine';
import { USER_ROUTINE_PREFIX } from '../../../shared/content/validate';
import type { ExportResult, ParsedRequestOf, ResponseOf } from '../../../shared/ipc';
import { UserFacingError } from '../../errors';
import { writeFileAtomic } from '../data/atomic-write';
import type { FileSystem } from '../fs';
import type { RoutineSection } from './store';

export type OwnRoutineChannel =
  | 'routines.list'
  | 'routines.save'
  | 'routines.delete'
  | 'routines.export'
  | 'routines.import';

export interface OwnRoutineDeps {
  store: RoutineSection;
  chooseSavePath: (defaultName: string) => Promise<string | null>;
  /** Drops a deleted routine from the staples (the settings keep routine ids). */
  forgetStaple: (id: string) => void;
  /** Told after every change, so prompts and open pages can follow. */
  changed?: () => void;
  fs?: FileSystem;
  newId?: () => string;
}

const randomId = () => `${USER_ROUTINE_PREFIX}${randomBytes(6).toString('hex')}`;

/** A file name from the routine's name: letters, digits and dashes only. */
export function routineFileName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug || 'routine'}.sitwise-routine.json`;
}

/** The router's handler shape for these channels (services do not import the router). */
export type OwnRoutineHandlers = {
  [C in OwnRoutineChannel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

export function createOwnRoutineHandlers(deps: OwnRoutineDeps): OwnRoutineHandlers {
  const { store } = deps;
  const newId = deps.newId ?? randomId;
  const find = (id: string): OwnRoutine => {
    const found = store.list().find((r) => r.id === id);
    if (!found) throw new UserFacingError({ code: 'routineGone' });
    return found;
  };
  const add = (routine: OwnRoutineDraft): OwnRoutine => {
    if (store.list().length >= MAX_OWN_ROUTINES)
      throw new UserFacingError({ code: 'tooManyRoutines', max: MAX_OWN_ROUTINES });
    const made = { id: newId(), routine };
    store.replaceAll([...store.list(), made]);
    deps.changed?.();
    return made;
  };

  return {
    'routines.list': () => [...store.list()],
    'routines.save': ({ id, routine }) => {
      if (id === undefined) return add(routine);
      find(id);
      const saved = { id, routine };
      store.replaceAll(store.list().map((r) => (r.id === id ? saved : r)));
      deps.changed?.();
      return saved;
    },
    'routines.delete': ({ id }) => {
      find(id);
      store.replaceAll(store.list().filter((r) => r.id !== id));
      deps.forgetStaple(id);
      deps.changed?.();
      return [...store.list()];
    },
    'routines.export': async ({ id }): Promise<ExportResult> => {
      const own = find(id);
      const path = await deps.chooseSavePath(routineFileName(own.routine.name));
      if (path === null) return { saved: false, path: null };
      writeFileAtomic(path, `${JSON.stringify(routineFileOf(own.routine), null, 2)}\n`, deps.fs);
      return { saved: true, path };
    },
    'routines.import': ({ text }) => {
      const parsed = parseRoutineFile(text);
      if (!parsed.ok)
        throw new UserFacingError({ code: 'routineFileBad', problem: parsed.problem }, [], parsed.message);
      return add(parsed.routine);
    },
  };
}

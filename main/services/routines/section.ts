/**
 * A person's own routines as one data section: exported with all data, imported into an empty data
 * folder, deleted with "delete all my data". Same shape as the routines file on disk.
 */
import { type DataSection, ImportError } from '../data/sections';
import { ROUTINES_FILE_VERSION, type RoutineSection, routinesFileSchema } from './store';

export function routinesSection(store: RoutineSection): DataSection {
  return {
    name: 'routines',
    isEmpty: () => store.list().length === 0,
    *exportJson() {
      yield JSON.stringify({ version: ROUTINES_FILE_VERSION, routines: store.list() });
    },
    prepareImport(value) {
      const version =
        typeof value === 'object' && value !== null && 'version' in value ? value.version : undefined;
      if (typeof version === 'number' && version > ROUTINES_FILE_VERSION)
        throw new ImportError(
          { code: 'importNewer' },
          'The routines in this export come from a newer version of Sitwise.',
        );
      const parsed = routinesFileSchema.safeParse(value);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first ? `${first.path.join('.')}: ${first.message}` : 'unknown problem';
        throw new ImportError(
          { code: 'importDamaged', section: 'routines' },
          `The routines in this export cannot be used: ${where}.`,
        );
      }
      return () => store.replaceAll(parsed.data.routines);
    },
    deleteAll: () => store.clear(),
  };
}

/**
 * My plan's words as a data section: one JSON document (or null) in the export, checked whole before an
 * import writes it, removed with all data.
 */
import { type DataSection, ImportError } from '../data/sections';
import { type PlanStore, planFileSchema } from './store';

export function planSection(store: PlanStore): DataSection {
  return {
    name: 'plan',
    isEmpty: () => store.list().length === 0,
    *exportJson() {
      yield JSON.stringify(store.list()[0] ?? null);
    },
    prepareImport(value) {
      if (value === null) return () => store.clear();
      const parsed = planFileSchema.safeParse(value);
      if (!parsed.success) {
        throw new ImportError(
          { code: 'importDamaged', section: 'plan' },
          `The plan in this file is not valid: ${parsed.error.issues[0]?.message ?? ''}`,
        );
      }
      return () => store.replaceAll([parsed.data]);
    },
    deleteAll: () => store.clear(),
  };
}

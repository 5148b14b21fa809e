/**
 * "Delete all my data": every data section (the journal with its set-aside lines, the pacing log, settings
 * backups and the settings themselves, back to defaults) and the summary cache. Files the user exported
 * elsewhere are theirs and stay.
 */
import { join } from 'node:path';
import { describeFsError, type FileSystem, nodeFileSystem } from '../fs';
import type { SummaryCache } from '../summaries/summary-cache';
import type { DataSection } from './sections';

/** The phrase the user types; the IPC schema demands it too. */
export const DELETE_CONFIRMATION = 'delete all my data';

export interface DeleteDeps {
  dataDir: string;
  /** Every data section (settings last: they hold the day start the rest was read with). */
  sections: () => readonly DataSection[];
  cache: SummaryCache;
  fs?: FileSystem;
}

/** Deleting stopped part-way: what is left is still in place and usable. The message is for the user. */
export class DeleteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeleteError';
  }
}

export function deleteAllData(confirm: typeof DELETE_CONFIRMATION, deps: DeleteDeps): { deleted: true } {
  if (confirm !== DELETE_CONFIRMATION)
    throw new Error(`To delete all data, confirm with "${DELETE_CONFIRMATION}".`);
  const fs = deps.fs ?? nodeFileSystem;
  const sections = [...deps.sections()].sort(
    (a, b) => Number(a.name === 'settings') - Number(b.name === 'settings'),
  );
  try {
    for (const section of sections) section.deleteAll();
    // Derived data: the summary cache.
    deps.cache.clear();
    fs.rmSync(join(deps.dataDir, 'cache'));
  } catch (error) {
    throw new DeleteError(`Sitwise cannot delete all data in ${deps.dataDir}: ${describeFsError(error)}`);
  }
  return { deleted: true };
}

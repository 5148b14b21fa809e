/**
 * "Delete all my data": every data section (the journal with its set-aside lines, the pacing log, settings
 * backups and the settings themselves, back to defaults) and the summary cache. Files the user exported
 * elsewhere are theirs and stay.
 */
import { join } from 'node:path';
import type { ServiceError } from '../../../shared/i18n/service-errors';
import { describeFsError, errnoOf, type FileSystem, nodeFileSystem } from '../fs';
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

/**
 * Deleting stopped part-way: what is left is still in place and usable. `reason` is what the person is
 * told; the message is a diagnostic for logs.
 */
export class DeleteError extends Error {
  readonly reason: ServiceError;
  constructor(folder: string, error: unknown) {
    super(`Sitwise cannot delete all data in ${folder}: ${describeFsError(error)}`);
    this.name = 'DeleteError';
    this.reason = { code: 'cannotDelete', folder, errno: errnoOf(error) };
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
    throw new DeleteError(deps.dataDir, error);
  }
  return { deleted: true };
}

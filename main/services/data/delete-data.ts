/**
 * "Delete all my data": the journal (with its set-aside lines), the summary cache, settings backups, and
 * the settings themselves (back to defaults). Files the user exported elsewhere are theirs and stay.
 */
import { join } from 'node:path';
import { describeFsError, type FileSystem, nodeFileSystem } from '../fs';
import type { EventJournal } from '../journal/event-journal';
import type { SettingsService } from '../settings/store';
import type { SummaryCache } from '../summaries/summary-cache';

/** The phrase the user types; the IPC schema demands it too. */
export const DELETE_CONFIRMATION = 'delete all my data';

export interface DeleteDeps {
  dataDir: string;
  journal: EventJournal;
  cache: SummaryCache;
  settings: SettingsService;
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
  try {
    deps.journal.deleteAll();
    deps.cache.clear();
    fs.rmSync(join(deps.dataDir, 'cache'));
    for (const name of fs.readdirSync(deps.dataDir)) {
      // Backups made when a settings file was repaired or migrated: settings.<tag>-<time>.json
      if (/^settings\..+\.json$/.test(name)) fs.rmSync(join(deps.dataDir, name));
    }
    deps.settings.reset();
  } catch (error) {
    throw new DeleteError(`Sitwise cannot delete all data in ${deps.dataDir}: ${describeFsError(error)}`);
  }
  return { deleted: true };
}

/**
 * "Delete all my data": the journal (with its set-aside lines), the summary cache, settings backups, and
 * the settings themselves (back to defaults). Files the user exported elsewhere are theirs and stay.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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
}

export function deleteAllData(confirm: typeof DELETE_CONFIRMATION, deps: DeleteDeps): { deleted: true } {
  if (confirm !== DELETE_CONFIRMATION)
    throw new Error(`To delete all data, confirm with "${DELETE_CONFIRMATION}".`);
  deps.journal.deleteAll();
  deps.cache.clear();
  rmSync(join(deps.dataDir, 'cache'), { recursive: true, force: true });
  for (const name of readdirSync(deps.dataDir)) {
    // Backups made when a settings file was repaired or migrated: settings.<tag>-<time>.json
    if (/^settings\..+\.json$/.test(name)) rmSync(join(deps.dataDir, name), { force: true });
  }
  deps.settings.reset();
  return { deleted: true };
}

/**
 * Settings as a data section: exported as `{"version": N, "data": {...}}`, imported through the same
 * rules as an update (every key checked), deleted back to the defaults with the backups removed.
 */
import { join } from 'node:path';
import { settingsSchema } from '../../../shared/settings';
import { type DataSection, ImportError } from '../data/sections';
import { type FileSystem, nodeFileSystem } from '../fs';
import { SETTINGS_VERSION } from './migrations';
import type { SettingsService } from './store';

const settingsDamaged = { code: 'importDamaged', section: 'settings' } as const;

export function settingsSection(
  settings: SettingsService,
  dataDir: string,
  fs: FileSystem = nodeFileSystem,
): DataSection {
  return {
    name: 'settings',
    // Settings always exist (defaults at first run); an import replaces them.
    isEmpty: () => true,
    *exportJson() {
      yield JSON.stringify({ version: SETTINGS_VERSION, data: settings.get() });
    },
    prepareImport(value) {
      const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
      const version = record && 'version' in record ? record.version : undefined;
      const data = record && 'data' in record ? record.data : undefined;
      if (typeof version !== 'number')
        throw new ImportError(settingsDamaged, 'The settings in this file have no version.');
      if (version > SETTINGS_VERSION)
        throw new ImportError(
          { code: 'importNewer' },
          `The settings in this file were written by a newer version of Sitwise (settings version ${version}; this one understands ${SETTINGS_VERSION}). Update Sitwise, then import it.`,
        );
      const parsed = settingsSchema.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ImportError(
          settingsDamaged,
          `The settings in this file cannot be used: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'not valid'}.`,
        );
      }
      return () => {
        settings.update(parsed.data);
      };
    },
    deleteAll() {
      for (const name of fs.readdirSync(dataDir)) {
        // Backups made when a settings file was repaired or migrated: settings.<tag>-<time>.json
        if (/^settings\..+\.json$/.test(name)) fs.rmSync(join(dataDir, name));
      }
      settings.reset();
    },
  };
}

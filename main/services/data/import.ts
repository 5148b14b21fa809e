/**
 * Import: an export file (JSON) restored into an empty data folder, e.g. on a new computer. The whole file
 * is checked first (its format, every section, every line against its schema; a newer format is refused);
 * only then is anything written. Format 1 files (settings and the engine journal only) are read too.
 */
import type { ImportResult } from '../../../shared/ipc';
import { EXPORT_FORMAT_VERSION } from './export';
import { type DataSection, ImportError, importWriteError } from './sections';

export interface ImportDeps {
  sections: () => readonly DataSection[];
  /** The data folder, named in messages. */
  folder: string;
}

export function importData(text: string, deps: ImportDeps): ImportResult {
  let file: unknown;
  try {
    file = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new ImportError(
      { code: 'importNotJson' },
      'This file is not a Sitwise export (it is not valid JSON).',
    );
  }
  const values = sectionsOf(file);
  const sections = deps.sections();
  for (const name of Object.keys(values)) {
    if (!sections.some((s) => s.name === name))
      throw new ImportError(
        { code: 'importNewer' },
        `This file holds data this version of Sitwise does not know ("${name}"); it was written by a newer version. Update Sitwise, then import it.`,
      );
  }
  const notEmpty = sections.filter((s) => !s.isEmpty()).map((s) => s.name);
  if (notEmpty.length > 0)
    throw new ImportError(
      { code: 'importNotEmpty' },
      `An import goes into an empty data folder only, and this one already holds data (${notEmpty.join(', ')}). Export it first if you want to keep it, then delete all data and import again.`,
    );
  // Everything is checked before anything is written.
  const writes = sections
    .filter((s) => s.name in values)
    .map((s) => ({ name: s.name, write: s.prepareImport(values[s.name]) }));
  for (const { write } of writes) {
    try {
      write();
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw importWriteError(deps.folder, error);
    }
  }
  return { imported: writes.map((w) => w.name) };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The sections' values by name, from a format 2 file or an older format 1 file. */
function sectionsOf(file: unknown): Record<string, unknown> {
  if (!isRecord(file) || file.format !== 'sitwise-export')
    throw new ImportError({ code: 'importNotExport' }, 'This file is not a Sitwise export.');
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new ImportError({ code: 'importNotExport' }, 'This Sitwise export has no format version.');
  if (version > EXPORT_FORMAT_VERSION)
    throw new ImportError(
      { code: 'importNewer' },
      `This export was written by a newer version of Sitwise (format ${version}; this one reads up to ${EXPORT_FORMAT_VERSION}). Update Sitwise, then import it.`,
    );
  if (version === 1) {
    // Format 1: {settings, journalVersion, journal: {month: lines}, setAside}.
    const out: Record<string, unknown> = {};
    if (file.settings !== undefined) out.settings = { version: 2, data: file.settings };
    if (file.journal !== undefined) out.journal = { version: file.journalVersion, months: file.journal };
    return out;
  }
  if (!isRecord(file.sections))
    throw new ImportError({ code: 'importNotExport' }, 'This Sitwise export holds no data sections.');
  return file.sections;
}

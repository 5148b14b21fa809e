/**
 * Data sections: each kind of data Sitwise keeps, as one object that can export itself, check and restore
 * an import of itself, and delete itself. Export, import and "delete all my data" walk the list, so a new
 * store (user routines, say) joins all three by adding one section (see docs/storage.md, "Data sections").
 */
import type { z } from 'zod';
import { dataSectionOf, type ServiceError } from '../../../shared/i18n/service-errors';
import { describeFsError, errnoOf, type FileSystem, nodeFileSystem } from '../fs';
import { encodeLine, monthFile, monthPattern } from '../journal/format';
import { type JournalSpec, listMonths, readMonth } from '../journal/reader';
import { writeFileAtomic } from './atomic-write';

/**
 * An import that cannot be used; nothing was written. `reason` is what the person is told (a code the
 * window words); the message says exactly what was wrong, for logs and tests.
 */
export class ImportError extends Error {
  constructor(
    readonly reason: ServiceError,
    message: string,
    /** Something was written before it failed (a disk fault part-way), so the stores were reloaded. */
    readonly partial = false,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

export interface CsvTable {
  /** File suffix: `<export name>.<table>.csv` (the days table is the chosen file itself). */
  table: string;
  /** The header line first, then one line per row, without newlines. */
  lines: Iterable<string>;
}

export interface DataSection {
  /** Key in the export file: lower-case letters and dashes ("journal", "pacing"). */
  readonly name: string;
  /** Whether the section holds nothing the user made (an import goes only into an empty data folder). */
  isEmpty(): boolean;
  /** The section's value in the JSON export, as pieces of JSON text that together form one value. */
  exportJson(): Iterable<string>;
  /** Tables for the CSV export (optional). */
  csvTables?(): CsvTable[];
  /**
   * Checks an imported value completely and returns what writes it. Throws ImportError (writing nothing)
   * when the value is not valid or comes from a newer Sitwise.
   */
  prepareImport(value: unknown): () => void;
  /** Removes everything the section keeps ("delete all my data"). */
  deleteAll(): void;
}

/** What a journal-backed store (the engine journal, the pacing log) offers to its section. */
export interface JournalStore<T> {
  readonly spec: JournalSpec<T>;
  /** Forces appended lines to disk (before an export reads the files). */
  flush(): void;
  deleteAll(): void;
  /** Reads its files again after an import wrote them. */
  reload(): void;
}

interface ExportedLine {
  v: number;
  seq: number;
  rec: unknown;
}

/**
 * A section for a journal-backed store: `{"version": V, "months": {"2026-11": [{v, seq, rec}, ...]},
 * "setAside": [...]}`; an import writes each month file whole (atomically), lines in sequence order.
 */
export function journalSection<T>(
  name: string,
  store: JournalStore<T>,
  options: {
    now: () => number;
    csvTables?: () => CsvTable[];
    /**
     * Records the app wrote on its own since it started (the engine tracks from the first minute on a new
     * computer): they do not make the folder "not empty", and an import keeps them, after the imported ones.
     */
    fresh?: { isFresh(records: readonly T[]): boolean; records(): T[]; append(records: T[]): void };
  },
): DataSection {
  const fs: FileSystem = store.spec.fs ?? nodeFileSystem;
  const months = () => listMonths(store.spec.dir, fs);
  const section: DataSection = {
    name,
    isEmpty: () => {
      const all = months().flatMap(
        (m) => readMonth(store.spec, m, { now: options.now(), quarantine: false }).entries,
      );
      return all.length === 0 || (options.fresh?.isFresh(all.map((e) => e.rec)) ?? false);
    },
    *exportJson() {
      store.flush();
      yield `{"version":${store.spec.version},"months":{`;
      const setAside: unknown[] = [];
      let first = true;
      for (const month of months()) {
        const read = readMonth(store.spec, month, { now: options.now() });
        if (read.unreadable !== null)
          throw new Error(`the ${name} for ${month} could not be read (${read.unreadable})`);
        setAside.push(...read.quarantined);
        const lines = read.entries.map((e) => JSON.stringify({ v: e.v, seq: e.seq, rec: e.rec }));
        yield `${first ? '' : ','}${JSON.stringify(month)}:[${lines.join(',')}]`;
        first = false;
      }
      yield `},"setAside":${JSON.stringify(setAside)}}`;
    },
    prepareImport(value) {
      const files = checkJournalValue(name, store.spec, value);
      return () => {
        const fresh = options.fresh?.records() ?? [];
        // The fresh records' month files give way to the imported ones; those records are appended after.
        for (const month of months()) if (!files.has(month)) fs.rmSync(monthFile(store.spec.dir, month));
        for (const [month, lines] of files) {
          const text = lines.map((l) => encodeLine(l.v, l.seq, l.rec)).join('');
          writeFileAtomic(monthFile(store.spec.dir, month), text, fs);
        }
        store.reload();
        // Fresh records the export already holds (exported from this folder today) are not added twice.
        const imported = new Set(
          [...files.values()].flatMap((lines) => lines.map((l) => JSON.stringify(l.rec))),
        );
        const kept = fresh.filter((rec) => !imported.has(JSON.stringify(rec)));
        if (kept.length > 0) options.fresh?.append(kept);
      };
    },
    deleteAll: () => store.deleteAll(),
  };
  if (options.csvTables) section.csvTables = options.csvTables;
  return section;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every line checked against the store's schema and version before anything is written. */
function checkJournalValue<T>(
  name: string,
  spec: JournalSpec<T>,
  value: unknown,
): Map<string, (ExportedLine & { rec: T })[]> {
  const bad = (why: string) =>
    new ImportError(
      { code: 'importDamaged', section: dataSectionOf(name) },
      `The ${name} in this file cannot be used: ${why}.`,
    );
  if (!isRecord(value) || !isRecord(value.months)) throw bad('it has no months');
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw bad('its version is missing');
  if (version > spec.version)
    throw new ImportError(
      { code: 'importNewer' },
      `This file's ${name} was written by a newer version of Sitwise (format ${version}; this one reads up to ${spec.version}). Update Sitwise, then import it.`,
    );
  const out = new Map<string, (ExportedLine & { rec: T })[]>();
  const seen = new Set<number>();
  for (const [month, lines] of Object.entries(value.months)) {
    if (!monthPattern.test(month)) throw bad(`"${month}" is not a month`);
    if (!Array.isArray(lines)) throw bad(`${month} is not a list of lines`);
    const kept: (ExportedLine & { rec: T })[] = [];
    lines.forEach((line: unknown, i) => {
      const where = `${month}, line ${i + 1}`;
      if (!isRecord(line)) throw bad(`${where} is not a journal line`);
      const { v, seq } = line;
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw bad(`${where} has no version`);
      if (v > spec.version)
        throw new ImportError(
          { code: 'importNewer' },
          `This file's ${name} holds lines from a newer version of Sitwise (format ${v}). Update Sitwise, then import it.`,
        );
      if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1)
        throw bad(`${where} has no sequence number`);
      if (seen.has(seq)) throw bad(`${where} repeats sequence number ${seq}`);
      seen.add(seq);
      const parsed = (spec.schema as z.ZodType<T>).safeParse(line.rec);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw bad(
          `${where}: ${issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'not valid'}`,
        );
      }
      kept.push({ v, seq, rec: parsed.data });
    });
    out.set(
      month,
      kept.sort((a, b) => a.seq - b.seq),
    );
  }
  return out;
}

/** A restore that failed part-way, told plainly (the folder can be emptied with "delete all my data" and tried again). */
export function importWriteError(folder: string, error: unknown): ImportError {
  return new ImportError(
    { code: 'importPartlyWritten', folder, errno: errnoOf(error) },
    `Sitwise cannot save to ${folder}: ${describeFsError(error)}. Part of the import may have been written; delete all data and import again once the folder can be written.`,
    true,
  );
}

/**
 * Export: JSON (every data section: settings, the engine journal, the pacing log with the check-ins, and
 * whatever other sections are registered) or CSV (the days table at the chosen path, and one file per
 * section table beside it: `<name>.sessions.csv`, `<name>.checkins.csv`), written atomically to a path the
 * user chose. Nothing leaves the machine any other way.
 */
import { basename, dirname, join } from 'node:path';
import type { ServiceError } from '../../../shared/i18n/service-errors';
import type { ExportFormat, ExportResult } from '../../../shared/ipc';
import type { DaySummary } from '../../../shared/summary';
import { describeFsError, errnoOf, type FileSystem } from '../fs';
import type { EventJournal } from '../journal/event-journal';
import { listMonths } from '../journal/reader';
import type { SummaryService } from '../summaries/summaries';
import { writeChunksAtomic } from './atomic-write';
import type { DataSection } from './sections';

/** The export file's own format; an import refuses a higher one. */
export const EXPORT_FORMAT_VERSION = 2;

export interface ExportDeps {
  journal: EventJournal;
  summaries: SummaryService;
  /** Every data section, in export order. */
  sections: () => readonly DataSection[];
  /** The save dialog: a path, or null when the user cancels. */
  chooseSavePath: (defaultName: string) => Promise<string | null>;
  now: () => number;
  fs?: FileSystem;
}

/**
 * An export that could not be written: nothing was left at the chosen path. `reason` is what the person is
 * told (a code the window words); the message is a diagnostic for logs.
 */
export class ExportError extends Error {
  readonly reason: ServiceError;
  constructor(folder: string, error: unknown) {
    super(`Sitwise cannot save to ${folder}: ${describeFsError(error)}`);
    this.name = 'ExportError';
    this.reason = { code: 'cannotSave', folder, errno: errnoOf(error) };
  }
}

export const csvColumns = [
  'date',
  'sitting_min',
  'standing_min',
  'moving_min',
  'away_min',
  'longest_sitting_bout_min',
  'posture_changes',
  'natural_breaks',
  'prompts_shown',
  'prompts_done',
  'prompts_snoozed',
  'prompts_skipped',
  'prompts_deferred',
] as const;

export async function exportData(format: ExportFormat, deps: ExportDeps): Promise<ExportResult> {
  const today = deps.summaries.today();
  const path = await deps.chooseSavePath(
    format === 'csv' ? `sitwise-days-${today}.csv` : `sitwise-export-${today}.json`,
  );
  if (path === null) return { saved: false, path: null };
  deps.journal.flush();
  try {
    if (format === 'json') {
      writeChunksAtomic(path, jsonChunks(deps), deps.fs);
    } else {
      writeChunksAtomic(path, csvChunks(deps), deps.fs);
      const stem = join(dirname(path), basename(path).replace(/\.csv$/i, ''));
      for (const section of deps.sections()) {
        for (const table of section.csvTables?.() ?? [])
          writeChunksAtomic(`${stem}.${table.table}.csv`, linesOf(table.lines), deps.fs);
      }
    }
  } catch (error) {
    throw new ExportError(dirname(path), error);
  }
  return { saved: true, path };
}

/** Every day from the first to the last with events, empty days included, so gaps show as zeros. */
function* csvChunks(deps: ExportDeps): Generator<string> {
  yield `${csvColumns.join(',')}\n`;
  const months = listMonths(deps.journal.spec.dir);
  const dates = deps.summaries.datesWithEvents(months);
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (first === undefined || last === undefined) return;
  // Today runs to the moment of the export, as the app shows it.
  for (const day of deps.summaries.range(first, last, deps.now())) yield `${csvRow(day)}\n`;
}

export function csvRow(d: DaySummary): string {
  const p = d.prompts;
  return [
    d.date,
    d.sittingMin,
    d.standingMin,
    d.movingMin,
    d.awayMin,
    d.longestSittingBoutMin,
    d.postureChanges,
    d.naturalBreaks,
    p.shown,
    p.done,
    p.snoozed,
    p.skipped,
    p.deferred,
  ].join(',');
}

function* linesOf(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`;
}

/** `{format, formatVersion, exportedAt, sections: {name: value, ...}}`, one section piece in memory at a time. */
function* jsonChunks(deps: ExportDeps): Generator<string> {
  const head = {
    format: 'sitwise-export',
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: new Date(deps.now()).toISOString(),
  };
  yield `${JSON.stringify(head).slice(0, -1)},"sections":{`;
  let first = true;
  for (const section of deps.sections()) {
    yield `${first ? '' : ','}${JSON.stringify(section.name)}:`;
    yield* section.exportJson();
    first = false;
  }
  yield '}}\n';
}

/**
 * Export: CSV (one row per day) or JSON (the raw journal, lines set aside, and the settings), written
 * atomically to a path the user chose. Nothing leaves the machine any other way.
 */
import { dirname } from 'node:path';
import type { ExportFormat, ExportResult } from '../../../shared/ipc';
import type { Settings } from '../../../shared/settings';
import type { DaySummary } from '../../../shared/summary';
import { describeFsError, type FileSystem } from '../fs';
import type { EventJournal } from '../journal/event-journal';
import { listMonths } from '../journal/reader';
import type { SummaryService } from '../summaries/summaries';
import { writeChunksAtomic } from './atomic-write';

export interface ExportDeps {
  journal: EventJournal;
  summaries: SummaryService;
  settings: () => Settings;
  /** The save dialog: a path, or null when the user cancels. */
  chooseSavePath: (defaultName: string) => Promise<string | null>;
  now: () => number;
  fs?: FileSystem;
}

/** An export that could not be written: nothing was left at the chosen path. The message is for the user. */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportError';
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
    writeChunksAtomic(path, format === 'csv' ? csvChunks(deps) : jsonChunks(deps), deps.fs);
  } catch (error) {
    throw new ExportError(`Sitwise cannot save to ${dirname(path)}: ${describeFsError(error)}`);
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

/** `{format, exportedAt, settings, journal: {month: [lines]}, setAside: [...]}`, one month in memory at a time. */
function* jsonChunks(deps: ExportDeps): Generator<string> {
  const head = {
    format: 'sitwise-export',
    formatVersion: 1,
    exportedAt: new Date(deps.now()).toISOString(),
    journalVersion: deps.journal.spec.version,
    settings: deps.settings(),
  };
  yield `${JSON.stringify(head).slice(0, -1)},"journal":{`;
  const setAside: unknown[] = [];
  let firstMonth = true;
  for (const month of listMonths(deps.journal.spec.dir)) {
    const read = deps.journal.read(month);
    setAside.push(...read.quarantined);
    const lines = read.entries.map((e) => JSON.stringify({ v: e.v, seq: e.seq, rec: e.rec }));
    yield `${firstMonth ? '' : ','}${JSON.stringify(month)}:[${lines.join(',')}]`;
    firstMonth = false;
  }
  yield `},"setAside":${JSON.stringify(setAside)}}\n`;
}

/**
 * npm run summary -- --data DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD]
 *
 * Prints the DaySummary JSON array for the journal in DIR (every date in the range, empty days included;
 * without a range, from the first to the last day with events), through the same summary service as the
 * app. Read-only: the journal is never repaired or appended to and no cache is written; damaged lines are
 * quarantined as in the app and counted on stderr. Bad arguments: a message and exit code 2.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultSettings, settingsSchema } from '../../shared/settings';
import { localDate } from '../../shared/summary';
import { describeFsError } from '../services/fs';
import { DiskEvents } from '../services/journal/disk-events';
import { engineJournalSpec } from '../services/journal/event-journal';
import { listMonths } from '../services/journal/reader';
import { settingsFilePath } from '../services/settings/store';
import { systemTimeZone } from '../services/storage';
import { SummaryService } from '../services/summaries/summaries';
import { SummaryCache } from '../services/summaries/summary-cache';

const usage = 'usage: npm run summary -- --data DIR [--from YYYY-MM-DD] [--to YYYY-MM-DD]';

class UsageError extends Error {}

function parse(argv: string[]): { data: string; from: string | null; to: string | null } {
  let values: { data?: string; from?: string; to?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { data: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.data === undefined || values.data === '') throw new UsageError('--data DIR is required');
  for (const key of ['from', 'to'] as const) {
    const value = values[key];
    if (value !== undefined && !localDate.safeParse(value).success) {
      throw new UsageError(`--${key} must be a date written as YYYY-MM-DD, got "${value}"`);
    }
  }
  const from = values.from ?? null;
  const to = values.to ?? null;
  if (from !== null && to !== null && from > to)
    throw new UsageError(`--from (${from}) is after --to (${to})`);
  let isDir: boolean;
  try {
    isDir = statSync(values.data).isDirectory();
  } catch (error) {
    throw new UsageError(
      `--data: cannot open ${values.data} (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (!isDir) throw new UsageError(`--data: not a folder: ${values.data}`);
  return { data: values.data, from, to };
}

/** The day start from the settings file, read without touching it; the default when it cannot be used. */
function dayStartOf(dataDir: string, warn: (line: string) => void): string {
  const path = settingsFilePath(dataDir);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return defaultSettings.dayStart;
  }
  try {
    const raw: unknown = JSON.parse(text);
    const dayStart = typeof raw === 'object' && raw !== null && 'dayStart' in raw ? raw.dayStart : undefined;
    const parsed = settingsSchema.shape.dayStart.safeParse(dayStart ?? defaultSettings.dayStart);
    if (parsed.success) return parsed.data;
  } catch {
    // Reported just below, like a bad value.
  }
  warn(`${path} cannot be used; assuming the default day start ${defaultSettings.dayStart}`);
  return defaultSettings.dayStart;
}

/** Runs the command; any failure is one line on stderr and exit code 2, never a stack trace. */
export function run(argv: string[], out: (text: string) => void, err: (text: string) => void): number {
  try {
    return summarize(argv, out, err);
  } catch (error) {
    err(`summary: ${describeFsError(error).replace(/\s+/g, ' ')}\n`);
    return 2;
  }
}

function summarize(argv: string[], out: (text: string) => void, err: (text: string) => void): number {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`summary: ${error.message}\n${usage}\n`);
    return 2;
  }
  const dayStart = dayStartOf(args.data, (line) => err(`summary: ${line}\n`));
  const dayOptions = () => ({ timeZone: systemTimeZone(), dayStart });
  const source = new DiskEvents(engineJournalSpec(args.data), Date.now);
  const summaries = new SummaryService(source, new SummaryCache(null, dayOptions()), {
    now: Date.now,
    dayOptions,
  });

  let { from, to } = args;
  if (from === null || to === null) {
    const dates = summaries.datesWithEvents(listMonths(source.spec.dir));
    from ??= dates[0] ?? to;
    to ??= dates[dates.length - 1] ?? from;
  }
  // Only --from after the last day with events, or only --to before the first: one date.
  if (from !== null && to !== null && to < from) {
    if (args.to === null) to = from;
    else from = to;
  }
  const days = from === null || to === null ? [] : summaries.range(from, to);
  out(`${JSON.stringify(days, null, 2)}\n`);
  err(
    `summary: ${days.length} days; ${source.quarantined} line(s) quarantined (see ${join(source.spec.dir, 'quarantine')})\n`,
  );
  if (summaries.stats.skewed > 0) err(`summary: ${summaries.stats.skewed} clock-skewed event(s) left out\n`);
  if (source.newerMonths.size > 0) {
    err(`summary: written by a newer Sitwise, read only: ${[...source.newerMonths].join(', ')}\n`);
  }
  // Damage is not fatal (the rest is summarised) but it is reported, one line each, and the exit code says so.
  for (const problem of source.problems) err(`summary: ${problem}\n`);
  return source.problems.length > 0 ? 2 : 0;
}

const invokedDirectly =
  process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === import.meta.url;
if (invokedDirectly) {
  process.exitCode = run(
    process.argv.slice(2),
    (t) => process.stdout.write(t),
    (t) => process.stderr.write(t),
  );
}

/**
 * Storage figures, each beside a baseline measured in the same run:
 * - journal append latency (median, p99 of 2,000 samples) at 0, 10k and a year of history, beside a plain
 *   JSON Lines append under the same fsync policy (batched within 1 s, and fsync on every append), and
 *   beside what Stretchly and BreakTimer do for state: one JSON file rewritten per change, via conf (the
 *   library under electron-store) — too slow for 1,000 samples, so that row shows the median of a few;
 * - start-up to today's summary with a year (~100k events) of history;
 * - building 365 day summaries (no cache, and from the summary cache);
 * - retained heap for a year of history (after GC, in a fresh process).
 * Timings in-process (code warm after the first sample), OS file cache warm. Keeps its total run time well under a minute.
 */

import { execFileSync } from 'node:child_process';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Conf from 'conf';
import { z } from 'zod';
import { ENGINE_JOURNAL_VERSION, EventJournal, journalDir } from '../../main/services/journal/event-journal';
import { encodeLine, monthFile, monthOfDate } from '../../main/services/journal/format';
import { listMonths, readMonth } from '../../main/services/journal/reader';
import { JournalWriter } from '../../main/services/journal/writer';
import {
  openSettings,
  type SettingsStoreOptions,
  type StoredSettings,
} from '../../main/services/settings/store';
import { openStorage } from '../../main/services/storage';
import { SummaryService } from '../../main/services/summaries/summaries';
import { SummaryCache } from '../../main/services/summaries/summary-cache';
import type { EngineEvent } from '../../shared/events';
import { engineEventSchema } from '../../shared/events';
import { foldDays } from '../../shared/fold';
import { addDays, instantOf } from '../../shared/time';
import { syntheticDays } from '../unit/services/helpers/synthetic';
import type { BenchRow } from './table';

const opts = { timeZone: 'Europe/Berlin', dayStart: '04:00' };
const today = '2026-11-20';
const now = instantOf(today, 16 * 60, opts.timeZone);
const openConf = (o: SettingsStoreOptions) =>
  new Conf<StoredSettings>({ cwd: o.cwd, configName: o.name, schema: o.schema, defaults: o.defaults });

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
function stats(samples: number[]): { median: number; p99: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p99: quantile(s, 0.99) };
}
function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}
const memoryChild = join(
  dirname(fileURLToPath(import.meta.url)),
  '../unit/services/helpers/storage-memory-child.ts',
);
function probeMemory(args: string[]): number {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', memoryChild, ...args], {
    encoding: 'utf8',
  });
  const parsed = z.object({ retainedMb: z.number() }).parse(JSON.parse(out));
  return parsed.retainedMb;
}

const SAMPLES = 2000;

/**
 * The storage baseline: JSON Lines appended to one file with one write each, fsynced under the journal's
 * policy (within `syncIntervalMs` of the first unsynced line by an unref'ed timer; 0 = every line).
 * No validation, no sequence numbers, no month files, no torn-tail handling.
 */
class PlainJsonl {
  private readonly fd: number;
  private timer: NodeJS.Timeout | null = null;
  constructor(
    path: string,
    private readonly syncIntervalMs: number,
  ) {
    this.fd = openSync(path, 'a', 0o600);
  }
  append(record: unknown): void {
    const bytes = Buffer.from(`${JSON.stringify(record)}\n`);
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written);
    if (this.syncIntervalMs === 0) fsyncSync(this.fd);
    else if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        fsyncSync(this.fd);
      }, this.syncIntervalMs).unref();
    }
  }
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    fsyncSync(this.fd);
    closeSync(this.fd);
  }
}

/** A year of synthetic days ending today, as events in journal order. */
function year(): EngineEvent[][] {
  return syntheticDays(addDays(today, -364), 365, opts, 7).map((d) => d.events);
}

/** Writes a journal folder directly (fast), as the app would have over a year. */
function writeJournal(dataDir: string, days: EngineEvent[][]): number {
  const dir = journalDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const byMonth = new Map<string, string[]>();
  let seq = 0;
  for (const events of days) {
    const first = events[0];
    const month = first && first.type === 'day' ? monthOfDate(first.date) : '2026-01';
    const lines = byMonth.get(month) ?? [];
    for (const e of events) lines.push(encodeLine(ENGINE_JOURNAL_VERSION, ++seq, e));
    byMonth.set(month, lines);
  }
  for (const [month, lines] of byMonth) writeFileSync(monthFile(dir, month), lines.join(''));
  return seq;
}

export default async function storageBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const root = mkdtempSync(join(tmpdir(), 'sitwise-bench-'));
  try {
    const days = year();
    const flat = days.flat();
    const history = flat.length;
    const sample: EngineEvent = { type: 'observed', at: now, final: false };

    // 1. Append latency at 0, 10k and a year of history: the journal, a plain JSONL append under the same
    //    fsync policy (batched, then every append), and one JSON file rewritten per change.
    for (const size of [0, 10_000, history]) {
      const dataDir = join(root, `append-${size}`);
      writeJournal(dataDir, size === 0 ? [] : [flat.slice(0, size)]);
      const plainPath = join(root, `plain-${size}.jsonl`);
      writeFileSync(
        plainPath,
        flat
          .slice(0, size)
          .map((e) => `${JSON.stringify(e)}\n`)
          .join(''),
      );
      const measure = (syncIntervalMs: number) => {
        const writer = JournalWriter.open({
          dir: journalDir(dataDir),
          version: ENGINE_JOURNAL_VERSION,
          schema: engineEventSchema,
          now: () => now,
          syncIntervalMs,
        });
        const plain = new PlainJsonl(plainPath, syncIntervalMs);
        const journalSamples: number[] = [];
        const plainSamples: number[] = [];
        // Interleaved, so both see the same disk and machine load.
        for (let i = 0; i < SAMPLES; i++) {
          journalSamples.push(time(() => writer.append(monthOfDate(today), sample)));
          plainSamples.push(time(() => plain.append(sample)));
        }
        writer.close();
        plain.close();
        return { journal: stats(journalSamples), plain: stats(plainSamples) };
      };
      const batched = measure(1000);
      const eager = measure(0);

      // Second baseline: the whole history in one JSON file, rewritten (atomically) on every change.
      const conf = new Conf<{ events: EngineEvent[] }>({
        cwd: join(root, `conf-${size}`),
        configName: 'state',
      });
      conf.set('events', flat.slice(0, size));
      const confSamples: number[] = [];
      const rounds = size >= 50_000 ? 5 : size >= 10_000 ? 20 : 200;
      for (let i = 0; i < rounds; i++) {
        confSamples.push(time(() => conf.set('events', [...conf.get('events'), sample])));
      }
      const rewrite = stats(confSamples);
      const label = size === 0 ? '0' : `${Math.round(size / 1000)}k`;
      const base = { area: 'journal', unit: 'ms', baselineName: 'plain JSONL append, same fsync policy' };
      rows.push(
        {
          ...base,
          metric: `append median, ${label} history`,
          value: batched.journal.median,
          baseline: batched.plain.median,
          target: '< 1',
          met: batched.journal.median < 1,
        },
        {
          ...base,
          metric: `append p99 of ${SAMPLES}, ${label} history`,
          value: batched.journal.p99,
          baseline: batched.plain.p99,
          target: '< 1',
          met: batched.journal.p99 < 1,
        },
        {
          ...base,
          metric: `append median, fsync each, ${label} history`,
          value: eager.journal.median,
          baseline: eager.plain.median,
          target: '',
          met: null,
        },
        {
          ...base,
          metric: `append p99 of ${SAMPLES}, fsync each, ${label} history`,
          value: eager.journal.p99,
          baseline: eager.plain.p99,
          target: '',
          met: null,
        },
        {
          ...base,
          metric: `append median, ${label} history`,
          value: batched.journal.median,
          baseline: rewrite.median,
          baselineName: `one JSON file rewritten per change (conf), median of ${rounds}`,
          target: '',
          met: null,
        },
      );
    }

    // 2. Start-up to today's summary, a year of history in the folder: the journal opened (tails checked,
    //    the current month read and validated) and today folded. The settings store opens beside it; its
    //    cost is reported on its own row, as it does not depend on history.
    const dataDir = join(root, 'year');
    writeJournal(dataDir, days);
    const open = () =>
      openStorage({
        dataDir,
        openSettingsStore: openConf,
        now: () => now,
        timeZone: () => opts.timeZone,
        notify: () => {},
        chooseSavePath: async () => null,
      });
    open().close(); // settings file created, as after a first run
    const spec = { dir: journalDir(dataDir), version: ENGINE_JOURNAL_VERSION, schema: engineEventSchema };
    const noCache = new SummaryCache(null, opts);
    const startSamples: number[] = [];
    for (let i = 0; i < 7; i++) {
      startSamples.push(
        time(() => {
          const journal = EventJournal.open({
            dataDir,
            now: () => now,
            dayOptions: () => opts,
            notify: () => {},
          });
          new SummaryService(journal, noCache, { now: () => now, dayOptions: () => opts }).day(today, now);
          journal.close();
        }),
      );
    }
    const naiveToday = () => {
      const all = listMonths(spec.dir).flatMap((m) => readMonth(spec, m, { now }).entries.map((x) => x.rec));
      return foldDays(all, { ...opts, until: now }).find((d) => d.date === today);
    };
    const naiveStart = stats([time(naiveToday), time(naiveToday), time(naiveToday)]).median;
    const start = stats(startSamples).median;
    rows.push({
      area: 'summaries',
      metric: `start-up to today's summary, ${Math.round(history / 1000)}k events`,
      value: start,
      baseline: naiveStart,
      baselineName: 'read and fold the whole journal',
      unit: 'ms',
      target: '< 20',
      met: start < 20,
    });
    const settingsOpen = stats(
      [1, 2, 3, 4, 5].map(() =>
        time(() => openSettings({ dataDir, open: openConf, now: () => now, notify: () => {} })),
      ),
    ).median;
    const bareConf = stats(
      [1, 2, 3, 4, 5].map(() => time(() => new Conf({ cwd: dataDir, configName: 'bare' }))),
    ).median;
    rows.push({
      area: 'settings',
      metric: 'settings open (file check + store with JSON schema)',
      value: settingsOpen,
      baseline: bareConf,
      baselineName: 'conf without a schema',
      unit: 'ms',
      target: '',
      met: null,
    });

    // 3. 365 day summaries: no cache (every month read and folded), then from the cache.
    const first = addDays(today, -364);
    rmSync(join(dataDir, 'cache'), { recursive: true, force: true });
    const s = open();
    const cold = time(() => s.summaries.range(first, today));
    const warm = stats([1, 2, 3].map(() => time(() => open().summaries.range(first, today)))).median;
    s.close();
    const perDay = time(() => {
      // Baseline: each day on its own, reading its month file every time (no cache, no grouping).
      for (let d = first; d <= today; d = addDays(d, 1)) {
        const events = readMonth(spec, monthOfDate(d), { now, quarantine: false }).entries.map((x) => x.rec);
        foldDays(events, opts).find((x) => x.date === d);
      }
    });
    const base365 = {
      area: 'summaries',
      unit: 'ms',
      baseline: perDay,
      baselineName: 'read month + fold per day',
    };
    rows.push(
      { ...base365, metric: '365 day summaries, no cache', value: cold, target: '< 300', met: cold < 300 },
      {
        ...base365,
        metric: '365 day summaries, cached (incl. start-up)',
        value: warm,
        target: '< 300',
        met: warm < 300,
      },
    );

    // 4. Retained heap for a year of history, after GC, each in a fresh process.
    const confDir = join(root, `conf-${history}`);
    const sitwiseMb = probeMemory(['sitwise', dataDir, today]);
    const baselineMb = probeMemory(['baseline', confDir]);
    rows.push({
      area: 'memory',
      metric: `retained heap, year of history (${Math.round(history / 1000)}k events)`,
      value: sitwiseMb,
      baseline: baselineMb,
      baselineName: 'history as one parsed JSON file',
      unit: 'MB',
      target: '< 30',
      met: sitwiseMb < 30,
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return rows;
}

/** One line of the `npm run bench` table: a figure beside its naive baseline, measured in the same run. */
export interface BenchRow {
  /** Which part of Sitwise, e.g. "engine", "journal". */
  area: string;
  /** What is measured, e.g. "wake-ups per active hour". */
  metric: string;
  /** Sitwise's figure. */
  value: number;
  /** The naive baseline's figure for the same job (NaN when there is none). */
  baseline: number;
  /** What the baseline is, e.g. "1 s polling loop". */
  baselineName: string;
  unit: string;
  /** Target, as text, e.g. "<= 1/10 of baseline" (empty when none). */
  target: string;
  /** Whether the target is met (null when no target). */
  met: boolean | null;
}

/** Every `test/bench/*.bench.ts` exports this. */
export type BenchSuite = () => Promise<BenchRow[]>;

export function formatTable(rows: BenchRow[]): string {
  const header = ['area', 'metric', 'sitwise', 'baseline', 'baseline is', 'unit', 'target', 'met'];
  const fmt = (n: number) =>
    Number.isNaN(n)
      ? '—'
      : Math.abs(n) >= 100
        ? n.toFixed(0)
        : Math.abs(n) >= 1
          ? n.toFixed(2)
          : n.toPrecision(3);
  const body = rows.map((r) => [
    r.area,
    r.metric,
    fmt(r.value),
    fmt(r.baseline),
    r.baselineName,
    r.unit,
    r.target,
    r.met === null ? '' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

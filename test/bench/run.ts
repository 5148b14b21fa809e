/** Runs every benchmark suite under test/bench/ and prints one table. */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchRow, type BenchSuite, formatTable } from './table';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  const mod: { default?: BenchSuite } = await import(pathToFileURL(join(here, file)).href);
  if (typeof mod.default !== 'function') throw new Error(`${file} must export a default BenchSuite`);
  process.stderr.write(`running ${file}…\n`);
  rows.push(...(await mod.default()));
}
console.log(rows.length === 0 ? '(no benchmarks yet)' : formatTable(rows));

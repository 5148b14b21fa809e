/**
 * Bundle budget: for each renderer entry page, gzips every JS chunk the page loads at start (its module
 * script and the modulepreload links Vite writes into the built HTML, following static imports inside the
 * chunks too) and fails when the total is over budget. Run after `npm run build:renderer`.
 *
 *   tsx scripts/bundle-budget.ts [--dir out/renderer]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface Budget {
  page: string;
  /** Most gzipped JS allowed, in kilobytes (1 KB = 1000 bytes, as Vite reports). */
  maxKb: number;
}

export const budgets: readonly Budget[] = [
  { page: 'prompt.html', maxKb: 90 },
  { page: 'index.html', maxKb: 250 },
];

export interface PageWeight {
  page: string;
  chunks: { file: string; gzipBytes: number }[];
  gzipBytes: number;
}

/** `src`/`href` of module scripts and modulepreload links, in document order. */
export function entryChunks(html: string): string[] {
  const out: string[] = [];
  const tag = /<(script|link)\b[^>]*>/gi;
  for (const m of html.matchAll(tag)) {
    const t = m[0];
    const isModuleScript = /^<script/i.test(t) && /type\s*=\s*["']module["']/i.test(t);
    const isPreload = /^<link/i.test(t) && /rel\s*=\s*["']modulepreload["']/i.test(t);
    const url = /\b(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(t)?.[1];
    if ((isModuleScript || isPreload) && url && !/^(https?:)?\/\//.test(url)) out.push(url);
  }
  return out;
}

/** Relative specifiers of static imports in a built chunk (`import {a} from "./x.js"`, `import "./y.js"`). */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(
    /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    if (m[1]) out.push(m[1]);
  }
  return out;
}

export function weighPage(dir: string, page: string): PageWeight {
  const htmlPath = join(dir, page);
  if (!existsSync(htmlPath))
    throw new Error(`${page} is not built in ${dir}: run \`npm run build:renderer\` first`);
  const seen = new Set<string>();
  const queue = entryChunks(readFileSync(htmlPath, 'utf8')).map((u) =>
    normalize(join(dir, u.replace(/^\//, ''))),
  );
  const chunks: PageWeight['chunks'] = [];
  while (queue.length > 0) {
    const file = queue.shift();
    if (!file || seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith(normalize(dir))) throw new Error(`${page} loads ${file}, outside the build folder`);
    if (!existsSync(file)) throw new Error(`${page} loads ${file}, which does not exist`);
    const code = readFileSync(file);
    chunks.push({
      file: file.slice(normalize(dir).length + 1),
      gzipBytes: gzipSync(code, { level: 9 }).length,
    });
    for (const spec of staticImports(code.toString('utf8'))) queue.push(normalize(join(dirname(file), spec)));
  }
  return { page, chunks, gzipBytes: chunks.reduce((a, c) => a + c.gzipBytes, 0) };
}

export function checkBudgets(
  dir: string,
  list: readonly Budget[] = budgets,
): { ok: boolean; lines: string[] } {
  const lines: string[] = [];
  let ok = true;
  for (const b of list) {
    const w = weighPage(dir, b.page);
    const kb = w.gzipBytes / 1000;
    const pass = kb <= b.maxKb;
    ok &&= pass;
    lines.push(`${pass ? 'ok  ' : 'OVER'} ${b.page}: ${kb.toFixed(1)} KB gzipped JS (budget ${b.maxKb} KB)`);
    for (const c of w.chunks) lines.push(`       ${c.file} ${(c.gzipBytes / 1000).toFixed(1)} KB`);
  }
  return { ok, lines };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const flag = process.argv.indexOf('--dir');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = resolve(
    flag > 0 && process.argv[flag + 1] ? (process.argv[flag + 1] ?? '') : join(root, 'out/renderer'),
  );
  try {
    const { ok, lines } = checkBudgets(dir);
    console.log(lines.join('\n'));
    if (!ok) {
      console.error('Bundle budget exceeded.');
      process.exit(1);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}

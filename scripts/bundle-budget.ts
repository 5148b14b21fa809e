/**
 * Bundle budget: for each renderer entry page, gzips every JS chunk the page loads at start (its module
 * script and the modulepreload links Vite writes into the built HTML, following static imports inside the
 * chunks too) and fails when the total is over budget. Run after `npm run build:renderer`.
 *
 *   tsx scripts/bundle-budget.ts [--dir out/renderer]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * The language catalogue chunks (one per language, `assets/<lang>-<hash>.js`). Each window loads one of them
 * at start, by a dynamic import the budget above does not follow, so they are reported beside it: the page's
 * real first load is its budgeted JS plus one of these.
 */
export function languageChunks(dir: string): { file: string; gzipBytes: number }[] {
  const assets = join(dir, 'assets');
  if (!existsSync(assets)) return [];
  return readdirSync(assets)
    .filter((f) => /^(en|de|es|fr)-[\w-]+\.js$/.test(f))
    .map((f) => ({
      file: `assets/${f}`,
      gzipBytes: gzipSync(readFileSync(join(assets, f)), { level: 9 }).length,
    }));
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
    const langs = languageChunks(dir);
    const largest = Math.max(0, ...langs.map((c) => c.gzipBytes)) / 1000;
    const prompt = weighPage(dir, 'prompt.html').gzipBytes / 1000;
    console.log(
      `info prompt.html with its largest language chunk loaded at start: ${(prompt + largest).toFixed(1)} KB gzipped JS (${langs
        .map((c) => `${c.file} ${(c.gzipBytes / 1000).toFixed(1)} KB`)
        .join(', ')})`,
    );
    if (!ok) {
      console.error('Bundle budget exceeded.');
      process.exit(1);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}

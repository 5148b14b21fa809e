/**
 * Bundle budget: for each renderer entry page, gzips every JS chunk the page loads at start (its module
 * script and the modulepreload links Vite writes into the built HTML, following static imports inside the
 * chunks too, plus the chunks it imports dynamically at start for one language: message packs and content)
 * and fails when the heaviest language's total is over budget. Run after `npm run build:renderer`.
 *
 *   tsx scripts/bundle-budget.ts [--dir out/renderer]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Locale, locales } from '../shared/i18n/locales';

export interface Budget {
  page: string;
  /** Most gzipped JS allowed at start, in kilobytes (1 KB = 1000 bytes, as Vite reports). */
  maxKb: number;
  /**
   * The chunks the page loads at start by dynamic import for one language (its message packs, its content),
   * as file-name patterns under assets/. Each must match exactly one chunk, so a renamed chunk fails the
   * budget instead of dropping out of it.
   */
  languageChunks: (locale: Locale) => readonly RegExp[];
}

const chunk = (name: string) => new RegExp(`^${name.replace(/\./g, '\\.')}-[\\w-]+\\.js$`);

export const budgets: readonly Budget[] = [
  // The prompt window: its own message pack (shared/i18n/packs.ts); main sends its routine.
  { page: 'prompt.html', maxKb: 90, languageChunks: (l) => [chunk(`${l}.prompt`)] },
  // The dashboard: both message packs and the content, English built into `localize`, a translation beside.
  {
    page: 'index.html',
    maxKb: 250,
    languageChunks: (l) => [
      chunk(`${l}.prompt`),
      chunk(`${l}.dashboard`),
      chunk('localize'),
      ...(l === 'en' ? [] : [chunk(l)]),
    ],
  },
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

/** The chunks one language adds to a page's start, by the budget's patterns (each must match one file). */
export function languageChunks(
  dir: string,
  budget: Budget,
  locale: Locale,
): { file: string; gzipBytes: number }[] {
  const assets = join(dir, 'assets');
  const files = existsSync(assets) ? readdirSync(assets) : [];
  return budget.languageChunks(locale).map((pattern) => {
    const found = files.filter((f) => pattern.test(f));
    if (found.length !== 1)
      throw new Error(
        `${budget.page} (${locale}): ${pattern} matches ${found.length} chunks in ${assets}, not one (${found.join(', ')})`,
      );
    const file = found[0] ?? '';
    return {
      file: `assets/${file}`,
      gzipBytes: gzipSync(readFileSync(join(assets, file)), { level: 9 }).length,
    };
  });
}

export interface FirstLoad {
  page: string;
  /** The static JS (entry script, modulepreloads and their static imports). */
  static: PageWeight;
  /** The heaviest language's start: static JS plus its chunks. */
  heaviest: { locale: Locale; chunks: { file: string; gzipBytes: number }[]; gzipBytes: number };
}

/** What a page loads at start in its heaviest language. */
export function weighFirstLoad(dir: string, budget: Budget): FirstLoad {
  const base = weighPage(dir, budget.page);
  const perLocale = locales.map((locale) => {
    const chunks = languageChunks(dir, budget, locale);
    return { locale, chunks, gzipBytes: base.gzipBytes + chunks.reduce((a, c) => a + c.gzipBytes, 0) };
  });
  const heaviest = perLocale.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
  return { page: budget.page, static: base, heaviest };
}

export function checkBudgets(
  dir: string,
  list: readonly Budget[] = budgets,
): { ok: boolean; lines: string[]; loads: FirstLoad[] } {
  const lines: string[] = [];
  const loads: FirstLoad[] = [];
  let ok = true;
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  for (const b of list) {
    const load = weighFirstLoad(dir, b);
    loads.push(load);
    const pass = load.heaviest.gzipBytes / 1000 <= b.maxKb;
    ok &&= pass;
    lines.push(
      `${pass ? 'ok  ' : 'OVER'} ${b.page}: ${kb(load.heaviest.gzipBytes)} gzipped JS at start in its heaviest language, ` +
        `${load.heaviest.locale} (budget ${b.maxKb} KB)`,
    );
    for (const c of load.static.chunks) lines.push(`       ${c.file} ${kb(c.gzipBytes)}`);
    for (const c of load.heaviest.chunks)
      lines.push(`       ${c.file} ${kb(c.gzipBytes)} (${load.heaviest.locale})`);
  }
  return { ok, lines, loads };
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

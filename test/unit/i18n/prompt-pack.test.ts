/**
 * The prompt window loads only the "prompt" pack of messages (shared/i18n/packs.ts). This walks every module
 * the prompt window's entry can reach through static imports (dynamic imports are chunks it may never load)
 * and collects each string that names a message key, or a key prefix for `msgKey('prefix', value)`: every
 * key so named must be in the prompt pack, or the window would throw "not loaded in this window".
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/messages/en';
import { packOf } from '../../../shared/i18n/packs';

const root = resolve(import.meta.dirname, '../../..');
const keys = Object.keys(en);

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base])
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  return null;
}

/** Static, value-carrying imports and re-exports (type-only ones bring no code). */
function staticImports(file: string, source: ts.SourceFile): string[] {
  const out: string[] = [];
  for (const statement of source.statements) {
    const isImport = ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly;
    const isExport = ts.isExportDeclaration(statement) && !statement.isTypeOnly;
    const spec =
      (isImport || isExport) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier.text
        : null;
    const target = spec === null ? null : resolveImport(file, spec);
    if (target) out.push(target);
  }
  return out;
}

/** Every string literal and template head in a file (where keys and key prefixes are written). */
function strings(source: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    else if (ts.isTemplateExpression(node)) out.push(node.head.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function reachable(entry: string): Map<string, ts.SourceFile> {
  const seen = new Map<string, ts.SourceFile>();
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    seen.set(file, source);
    queue.push(...staticImports(file, source));
  }
  return seen;
}

/**
 * The keys a string names: itself, or all keys under it when it is a prefix ("common.posture"). A word with
 * no dot ("safety", a screen's name) names no key: every key and every prefix `msgKey` takes has one.
 */
function keysNamed(text: string): string[] {
  if (!text.includes('.')) return [];
  const prefix = text.endsWith('.') ? text : `${text}.`;
  return keys.filter((k) => k === text || k.startsWith(prefix));
}

describe('the prompt window’s message pack', () => {
  const files = reachable(resolve(root, 'renderer/src/prompt.tsx'));

  it('is walked from the entry through the window’s own modules', () => {
    const names = [...files.keys()].map((f) => relative(root, f));
    expect(names).toContain('renderer/src/prompt/PromptView.tsx');
    expect(names).toContain('renderer/src/components/GuidedPlayer.tsx');
    // Content and the dashboard's screens are not part of the window.
    expect(names.filter((n) => n.startsWith('renderer/src/screens/'))).toEqual([]);
    expect(names).not.toContain('shared/content/routines.ts');
  });

  it('holds every message the prompt window’s code names', () => {
    const outside: string[] = [];
    for (const [file, source] of files)
      for (const text of strings(source))
        for (const key of keysNamed(text))
          if (packOf(key) !== 'prompt') outside.push(`${relative(root, file)}: ${key}`);
    expect(outside).toEqual([]);
  });

  it('finds a key outside the pack when one is named (the check can fail)', () => {
    expect(keysNamed('today.totals').map(packOf)).toEqual(['dashboard']);
    expect(keysNamed('common.postureLower').length).toBeGreaterThan(1);
  });
});

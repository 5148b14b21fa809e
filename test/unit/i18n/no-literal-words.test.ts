/**
 * No user-visible words outside the catalogue: the renderer's JSX text, its text-bearing attributes and
 * the label-like fields of its option and row objects must come from `t(…)`, never be written out. A
 * literal with no letter ("·", "—", "0:00") is fine; the few words that must stay literal are listed in
 * `allowed` with the reason.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isMessageKey } from '../../../shared/i18n/messages/en';

const root = join(import.meta.dirname, '../../..');
const rendererDir = join(root, 'renderer/src');

/** Props whose value a person reads or a screen reader says. */
const textProps = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
  'label',
  'help',
  'intro',
  'caption',
  'message',
  'description',
  'text',
]);

/** Words that stay literal, with why. */
const allowed = new Map<string, string>([
  ['urgent-care', 'the id of a safety text (RedFlagStep), not words'],
  ['same-day-care', 'the id of a safety text (RedFlagStep), not words'],
]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const hasLetter = (text: string) => /\p{L}/u.test(text);

/** Literal words a person would see, as "file:line: text". */
function literalWords(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, words: string) => {
    const trimmed = words.trim();
    // A catalogue key names words; it is not words itself.
    if (!hasLetter(trimmed) || allowed.has(trimmed) || isMessageKey(trimmed)) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(root, file)}:${line + 1}: ${trimmed}`);
  };
  const literalText = (node: ts.Node): string | null =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
      ? node.text
      : ts.isTemplateExpression(node)
        ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ')
        : null;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && textProps.has(node.name.getText())) {
      const init = node.initializer;
      const value =
        init === undefined
          ? null
          : ts.isStringLiteral(init)
            ? init.text
            : ts.isJsxExpression(init) && init.expression
              ? literalText(init.expression)
              : null;
      if (value !== null) report(node, value);
    } else if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      const value = literalText(node.expression);
      if (value !== null) report(node, value);
    } else if (
      ts.isPropertyAssignment(node) &&
      textProps.has(node.name.getText().replace(/['"]/g, '')) &&
      literalText(node.initializer) !== null
    ) {
      report(node, literalText(node.initializer) ?? '');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('words in the renderer', () => {
  it('are all read from the catalogue (no English written into a screen)', () => {
    const found = sources(rendererDir).flatMap((file) => literalWords(file, readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('the check finds words in JSX text, text props and label fields, and lets punctuation through', () => {
    const sample = [
      'const a = <p>Hello there</p>;',
      'const b = <button aria-label="Close the window" />;',
      "const c = { value: 'x', label: 'Sitting' };",
      "const d = <p>{'Plain words'}</p>;",
      'const e = <p> · </p>;',
      'const f = <div className="button primary" data-testid=\'goal-x\' />;',
    ].join('\n');
    expect(literalWords(join(root, 'renderer/src/sample.tsx'), sample)).toEqual([
      'renderer/src/sample.tsx:1: Hello there',
      'renderer/src/sample.tsx:2: Close the window',
      'renderer/src/sample.tsx:3: Sitting',
      'renderer/src/sample.tsx:4: Plain words',
    ]);
  });
});

/**
 * No English sentence leaves the main process for a person. What main shows itself (dialogs, the tray,
 * notifications, window titles) takes its words from the catalogue through `wordsFor`; what it sends to a
 * window (refusals, notices, the calendar's status) is a code with parameters, which the types enforce
 * (`UserFacingError` takes a `ServiceError`, a `Notice` has a `reason` and no `message`). This check reads
 * main's source for the rest: a literal with letters given to a dialog, the tray or a notification, or as
 * a label, title, body or tooltip field. The product's name is the one literal allowed: it is the same in
 * every language. The developer command line (`main/cli/`) reports in English on purpose and is not read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const mainDir = join(root, 'main');
/** Developer tools, English by design (their output is for contributors, not the person using Sitwise). */
const skipped = [join(mainDir, 'cli')];

/** Calls whose text arguments a person reads: Electron's dialogs, the tray, window titles, notices. */
const textCalls = new Set([
  'showErrorBox',
  'showMessageBox',
  'showMessageBoxSync',
  'setToolTip',
  'setTitle',
  'displayBalloon',
  'notify',
  'UserFacingError',
  'Notification',
]);
/** Object fields a person reads (a menu item, a notification, a window, a dialog). */
const textFields = new Set(['label', 'title', 'body', 'subtitle', 'tooltip', 'toolTip', 'detail', 'buttons']);
/** Literals that stay: the product's name is the same in every language. */
const allowed = new Set(['Sitwise']);

function sources(dir: string): string[] {
  if (skipped.includes(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const hasLetter = (text: string) => /\p{L}/u.test(text);

/** The text of a string or template literal (a template's fixed parts), else null. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
}

/** Every literal inside `node` that a person would read (through conditionals, arrays and concatenation). */
function wordsIn(node: ts.Node): { node: ts.Node; text: string }[] {
  const text = literalText(node);
  if (text !== null) return [{ node, text }];
  if (ts.isParenthesizedExpression(node)) return wordsIn(node.expression);
  if (ts.isConditionalExpression(node)) return [...wordsIn(node.whenTrue), ...wordsIn(node.whenFalse)];
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return [...wordsIn(node.left), ...wordsIn(node.right)];
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
    return wordsIn(node.right);
  if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap(wordsIn);
  if (ts.isObjectLiteralExpression(node))
    return node.properties.flatMap((p) =>
      ts.isPropertyAssignment(p) && textFields.has(p.name.getText().replace(/['"]/g, ''))
        ? wordsIn(p.initializer)
        : [],
    );
  return [];
}

function calleeName(expression: ts.Expression): string {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return '';
}

/** Literal words main would show a person, as "file:line: text". */
function mainSentences(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = new Set<string>();
  const report = (at: ts.Node, words: string) => {
    const trimmed = words.trim();
    if (!hasLetter(trimmed) || allowed.has(trimmed)) return;
    const { line } = source.getLineAndCharacterOfPosition(at.getStart());
    found.add(`${relative(root, file)}:${line + 1}: ${trimmed}`);
  };
  const visit = (node: ts.Node) => {
    if (
      (ts.isCallExpression(node) || ts.isNewExpression(node)) &&
      textCalls.has(calleeName(node.expression))
    ) {
      for (const arg of node.arguments ?? []) for (const w of wordsIn(arg)) report(w.node, w.text);
    } else if (
      ts.isPropertyAssignment(node) &&
      textFields.has(node.name.getText().replace(/['"]/g, '')) &&
      // A schema's `description` or a zod `message` is a diagnostic; these fields are shown.
      !ts.isObjectLiteralExpression(node.initializer)
    ) {
      for (const w of wordsIn(node.initializer)) report(w.node, w.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found];
}

describe('sentences from the main process', () => {
  it('none is written into a dialog, the tray, a notification or a window title', () => {
    const found = sources(mainDir).flatMap((file) => mainSentences(file, readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('the check finds words in dialogs, notifications, tray items and notices, and lets names through', () => {
    const sample = [
      "dialog.showErrorBox('Sitwise cannot save your data', body);",
      "tray.setToolTip('Sitwise');",
      "const item = { type: 'item', id: 'open', label: 'Open Sitwise' };",
      "new Notification({ title: words.t('prompt.title'), body: 'Time to stand' });",
      "notify({ id: 'x', kind: 'save-failed', reason: { code: 'idleUnavailable' }, title: ok ? 'Saved' : 'Not saved' });",
      "throw new UserFacingError('No data for that day yet.');",
      "const win = { title: 'Sitwise', width: 3 };",
    ].join('\n');
    expect(mainSentences(join(root, 'main/sample.ts'), sample)).toEqual([
      'main/sample.ts:1: Sitwise cannot save your data',
      'main/sample.ts:3: Open Sitwise',
      'main/sample.ts:4: Time to stand',
      'main/sample.ts:5: Saved',
      'main/sample.ts:5: Not saved',
      'main/sample.ts:6: No data for that day yet.',
    ]);
  });
});

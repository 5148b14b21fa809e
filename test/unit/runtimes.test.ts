/**
 * Each runtime's tsconfig gives it only the globals that runtime has: a file that reads `process` or
 * `window` is compiled under each folder's options, and the compiler must refuse it where the global
 * does not exist.
 */
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixtures = ['uses-process.ts', 'uses-window.ts'].map((f) => join(root, 'test/fixtures/runtimes', f));

/** The fixtures that fail to compile under a folder's tsconfig.json, by file name. */
function refused(folder: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, folder, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error(`no tsconfig in ${folder}`);
  const options = { ...config.options, composite: false, noEmit: true, emitDeclarationOnly: false };
  const program = ts.createProgram({ rootNames: fixtures, options });
  const files = program
    .getSemanticDiagnostics()
    .filter((d) => d.code === 2304 || d.code === 2591 || d.code === 2580)
    .map((d) => d.file?.fileName.split('/').pop() ?? '');
  return [...new Set(files)].sort();
}

// Type-checking against @types/node and lib.dom takes seconds on a busy machine.
describe('one tsconfig per runtime', { timeout: 90_000 }, () => {
  it('shared/ sees neither Node nor the DOM', () => {
    expect(refused('shared')).toEqual(['uses-process.ts', 'uses-window.ts']);
  });
  it('main/ sees Node but not the DOM', () => {
    expect(refused('main')).toEqual(['uses-window.ts']);
  });
  it('renderer/ sees the DOM but not Node', () => {
    expect(refused('renderer')).toEqual(['uses-process.ts']);
  });
});

import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'node_modules/.bin/depcruise');

function violations(cwd: string): { rule: string; from: string }[] {
  const run = spawnSync(
    bin,
    [
      '--config',
      join(root, '.dependency-cruiser.cjs'),
      '--output-type',
      'json',
      'shared',
      'main',
      'preload',
      'renderer',
    ],
    { cwd, encoding: 'utf8' },
  );
  const report: { summary: { violations: { rule: { name: string }; from: string }[] } } = JSON.parse(
    run.stdout,
  );
  return report.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from }));
}

describe('the import table is enforced', () => {
  it('flags every broken rule in a fixture tree that breaks them on purpose', () => {
    const found = violations(join(root, 'test/fixtures/layering'));
    const has = (rule: string, from: string) => found.some((v) => v.rule === rule && v.from === from);
    expect(has('shared-is-pure', 'shared/imports-electron.ts')).toBe(true);
    expect(has('electron-only-in-adapters', 'shared/imports-electron.ts')).toBe(true);
    expect(has('electron-only-in-adapters', 'main/services/imports-electron.ts')).toBe(true);
    expect(has('services-no-electron', 'main/services/imports-electron.ts')).toBe(true);
    expect(has('engine-is-pure', 'main/engine/imports-fs.ts')).toBe(true);
    expect(has('services-below-app-and-ipc', 'main/services/imports-ipc.ts')).toBe(true);
    expect(has('renderer-no-node-builtins', 'renderer/src/imports-fs.ts')).toBe(true);
    expect(has('renderer-is-browser', 'renderer/src/imports-main.ts')).toBe(true);
    expect(has('preload-is-minimal', 'preload/imports-fs.ts')).toBe(true);
  });

  // dependency-cruiser over the whole tree: ~7 s alone, three times that on a loaded two-core machine.
  it('finds nothing to flag in the project itself', { timeout: 60_000 }, () => {
    expect(violations(root)).toEqual([]);
  });
});

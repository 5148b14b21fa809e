/**
 * The built bundles under test. `npm test` builds them (`npm run build`) before Vitest runs; a missing file
 * is a clear failure, never a skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const builtPreload = join(projectRoot, 'out/preload/index.cjs');
export const builtMain = join(projectRoot, 'out/main/index.js');

export function readBuilt(file: string): string {
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  }
  return readFileSync(file, 'utf8');
}

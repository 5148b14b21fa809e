/**
 * `npm run pack:check`: packs the app exactly as electron-builder.yml says (an unpacked Linux build) against
 * a stub Electron folder — the real binary cannot be downloaded here — then proves the asar holds what it
 * must and nothing it must not, that get-windows is unpacked, and that the Electron fuses were flipped.
 *
 * The stub is a tiny shell script carrying Electron's fuse sentinel and a default fuse wire, so
 * electron-builder's fuse flipping runs for real and its result can be read back.
 *
 * Flags: --no-build (use the existing out/), --keep (leave the packed app in place and print where).
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

const root = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const electronVersion: string = JSON.parse(
  readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;

/** Electron's fuse sentinel and its default V1 wire (state bytes: '1' enabled, '0' disabled). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const DEFAULT_WIRE = '10110001';

const mustHave = [
  '/package.json',
  '/out/main/index.js',
  '/out/preload/index.cjs',
  '/out/renderer/index.html',
  '/out/renderer/prompt.html',
  '/node_modules/zod/package.json',
  '/node_modules/date-fns/package.json',
  '/node_modules/@date-fns/tz/package.json',
  '/node_modules/dbus-next/package.json',
  '/node_modules/get-windows/package.json',
  '/node_modules/ical.js/package.json',
];

/** Each rule: what must not be in the asar, and why. */
const mustNot: { why: string; test: (path: string) => boolean }[] = [
  {
    why: 'sources (.ts/.tsx) — only built JS ships',
    test: (p) => /\.(tsx?|mts|cts)$/.test(p) && !p.endsWith('.d.ts'),
  },
  { why: 'source maps', test: (p) => p.endsWith('.map') },
  { why: 'tests', test: (p) => /^\/test\//.test(p) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(p) },
  {
    why: 'project folders other than out/',
    test: (p) => /^\/(main|shared|preload|renderer|scripts|docs|build|src)\//.test(p),
  },
  {
    why: 'node-gyp and native build leftovers',
    test: (p) => /\/node-gyp\/|\/build-tmp-[^/]*\/|\.(gyp|gypi|mk|o|obj)$/.test(p),
  },
  {
    why: 'dev tooling',
    test: (p) =>
      /\/node_modules\/(electron|electron-builder|electron-vite|vite|vitest|typescript|@biomejs|esbuild|rollup|@playwright|playwright|fast-check|tsx|dependency-cruiser|@doyensec)\//.test(
        p,
      ),
  },
  {
    why: 'React (bundled into the renderer already)',
    test: (p) => /\/node_modules\/(react|react-dom|scheduler)\//.test(p),
  },
  { why: 'secrets or VCS files', test: (p) => /(^|\/)(\.env[^/]*|\.git|\.npmrc|id_rsa[^/]*)$/.test(p) },
];

const expectedFuses: [keyof typeof FuseV1Options, boolean][] = [
  ['RunAsNode', false],
  ['EnableCookieEncryption', true],
  ['EnableNodeOptionsEnvironmentVariable', false],
  ['EnableNodeCliInspectArguments', false],
  ['EnableEmbeddedAsarIntegrityValidation', true],
  ['OnlyLoadAppFromAsar', true],
];

function run(command: string, commandArgs: string[]): void {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0)
    throw new Error(`${command} ${commandArgs.join(' ')} exited with ${result.status}`);
}

function stubElectron(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const script =
    '#!/bin/sh\necho "stub Electron used by npm run pack:check; it cannot run the app" >&2\nexit 1\n';
  const wire = Buffer.concat([
    Buffer.from(`# ${SENTINEL}`, 'latin1'),
    Buffer.from([1, DEFAULT_WIRE.length]),
    Buffer.from(DEFAULT_WIRE, 'latin1'),
    Buffer.from('\n'),
  ]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from(script), wire]));
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), electronVersion);
  writeFileSync(join(dir, 'LICENSE'), 'stub');
  mkdirSync(join(dir, 'resources'), { recursive: true });
}

async function main(): Promise<number> {
  if (!args.has('--no-build')) run('npx', ['electron-vite', 'build']);
  for (const file of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!existsSync(join(root, file)))
      throw new Error(`${file} is missing: run \`npx electron-vite build\` first.`);
  }

  const work = mkdtempSync(join(tmpdir(), 'sitwise-pack-'));
  const stub = join(work, 'electron-dist');
  const output = join(work, 'dist');
  stubElectron(stub);
  run('npx', [
    'electron-builder',
    '--linux',
    'dir',
    '--x64',
    '--publish',
    'never',
    '--config',
    'electron-builder.yml',
    `-c.electronDist=${stub}`,
    `-c.electronVersion=${electronVersion}`,
    `-c.directories.output=${output}`,
  ]);

  const unpacked = join(output, 'linux-unpacked');
  const asar = join(unpacked, 'resources/app.asar');
  const files = listPackage(asar, { isPack: false }).map((p) => p.replaceAll('\\', '/'));
  const problems: string[] = [];

  for (const path of mustHave) if (!files.includes(path)) problems.push(`missing: ${path}`);
  for (const rule of mustNot) {
    const hits = files.filter(rule.test);
    if (hits.length > 0)
      problems.push(
        `${rule.why}: ${hits.slice(0, 5).join(', ')}${hits.length > 5 ? ` (+${hits.length - 5})` : ''}`,
      );
  }
  const getWindows = join(unpacked, 'resources/app.asar.unpacked/node_modules/get-windows/package.json');
  if (!existsSync(getWindows)) problems.push('get-windows is not unpacked from the asar (asarUnpack)');

  const wire = await getCurrentFuseWire(join(unpacked, 'sitwise'));
  for (const [name, enabled] of expectedFuses) {
    const state = wire[FuseV1Options[name]];
    const want = enabled ? 49 : 48;
    if (state !== want) problems.push(`fuse ${name} should be ${enabled ? 'on' : 'off'} (byte ${state})`);
  }

  const topLevel = files.flatMap(
    (p) => /^\/node_modules\/((?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/.exec(p)?.[1] ?? [],
  );
  console.log(`\npack:check — ${files.length} entries, asar ${(statSync(asar).size / 1e6).toFixed(1)} MB`);
  console.log(`runtime packages (${topLevel.length}): ${topLevel.sort().join(', ')}`);
  console.log(`fuses: ${expectedFuses.map(([n, e]) => `${n}=${e ? 'on' : 'off'}`).join(', ')}`);
  if (args.has('--keep')) console.log(`packed app kept in ${unpacked}`);
  else rmSync(work, { recursive: true, force: true });

  if (problems.length > 0) {
    console.error(`\npack:check found ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    return 1;
  }
  console.log(
    'pack:check passed: required files present, nothing forbidden, get-windows unpacked, fuses flipped.',
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

/**
 * The import table of docs/ARCHITECTURE.md, enforced. `npm run deps` fails when a file breaks it;
 * test/unit/layering.test.ts proves each rule fires on a fixture that breaks it.
 */
const nodeBuiltins =
  '^(node:)?(fs|fs/promises|path|os|child_process|http|https|net|crypto|events|url|worker_threads|stream|zlib|readline|util|process|v8|perf_hooks|dgram|dns|tls|cluster|vm)$';

module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ runs anywhere: only shared/ and small pure libraries (zod, date-fns, FormatJS).',
      severity: 'error',
      from: { path: '^shared/' },
      to: {
        pathNot: [
          '^shared/',
          '(^|/)node_modules/(zod|date-fns|@date-fns/tz|intl-messageformat|@formatjs/[^/]+)/',
        ],
      },
    },
    {
      name: 'engine-is-pure',
      comment:
        'main/engine/ is a pure state machine: shared/ and itself only (time comes in through inputs).',
      severity: 'error',
      from: { path: '^main/engine/' },
      to: { pathNot: ['^main/engine/', '^shared/', '(^|/)node_modules/(zod|date-fns|@date-fns/tz)/'] },
    },
    {
      name: 'services-no-electron',
      comment: 'main/services/ reach electron only through the settings store interface (settings/store.ts).',
      severity: 'error',
      from: { path: '^main/services/' },
      to: {
        path: [
          '(^|/)node_modules/electron/',
          '^electron$',
          '^main/platform/',
          '^main/app\\.ts$',
          '^(renderer|preload)/',
        ],
      },
    },
    {
      name: 'services-below-app-and-ipc',
      comment:
        'main/services/ keep data; the app and the IPC layer call them, never the other way (errors that cross live in main/errors.ts).',
      severity: 'error',
      from: { path: '^main/services/' },
      to: { path: ['^main/ipc/', '^main/app/', '^main/app\\.ts$'] },
    },
    {
      name: 'electron-only-in-adapters',
      comment: 'electron is imported only by main/platform/electron/, main/index.ts and preload/.',
      severity: 'error',
      from: { pathNot: ['^main/platform/electron/', '^main/index\\.ts$', '^preload/'] },
      to: {
        path: [
          '^electron$',
          '(^|/)node_modules/electron/',
          '^electron-store$',
          '(^|/)node_modules/electron-store/',
          '(^|/)node_modules/get-windows/',
          '(^|/)node_modules/dbus-next/',
        ],
      },
    },
    {
      name: 'app-not-electron-adapters',
      comment: 'main/app.ts and the rest of main/ never import the Electron adapters.',
      severity: 'error',
      from: { path: '^main/', pathNot: ['^main/platform/electron/', '^main/index\\.ts$'] },
      to: { path: '^main/platform/electron/' },
    },
    {
      name: 'renderer-is-browser',
      comment: 'renderer/ is a web page: react, shared/ and browser libraries; no electron, no node:*.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: ['^main/', '^preload/', '^electron$', nodeBuiltins], pathNot: [] },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-node-builtins-in-pure-code',
      severity: 'error',
      from: { path: ['^shared/', '^main/engine/'] },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'preload-is-minimal',
      comment: 'preload/ imports electron and shared/ipc (and what that needs) only.',
      severity: 'error',
      from: { path: '^preload/' },
      to: {
        pathNot: [
          '^preload/',
          '^shared/',
          '^electron$',
          '(^|/)node_modules/electron/',
          '(^|/)node_modules/zod/',
        ],
      },
    },
    {
      name: 'nobody-imports-tests',
      severity: 'error',
      from: { pathNot: '^test/' },
      to: { path: '^test/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['^out/', '^test-results/'] },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};

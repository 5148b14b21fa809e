import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import rendererConfig from './vite.renderer.config';

export default defineConfig({
  main: {
    // The main process loads its dependencies from node_modules at run time.
    build: {
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'main/index.ts') } },
    },
  },
  preload: {
    // A sandboxed preload may require only electron, events, timers and url (Electron's sandbox docs), and
    // cannot be an ES module: everything else (zod, date-fns) is bundled into one CommonJS file.
    // electron-vite externalizes package.json dependencies unless told not to.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  // vite.renderer.config.ts sits at the top level, so its paths hold when electron-vite bundles it in.
  renderer: rendererConfig,
});

import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import rendererConfig from './vite.renderer.config';

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: { rollupOptions: { input: { index: resolve(import.meta.dirname, 'main/index.ts') } } },
  },
  preload: {
    // Sandboxed preloads cannot be ES modules: bundle everything (zod included) into one CommonJS file.
    build: {
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  // vite.renderer.config.ts sits at the top level, so its paths hold when electron-vite bundles it in.
  renderer: rendererConfig,
});

import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import rendererConfig from './renderer/vite.config';

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
  // electron-vite bundles this file together with renderer/vite.config.ts, so `import.meta.dirname` there
  // becomes the project root: restate the renderer's folders from here.
  renderer: {
    ...rendererConfig,
    root: resolve(import.meta.dirname, 'renderer'),
    build: {
      ...rendererConfig.build,
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'renderer/index.html'),
          prompt: resolve(import.meta.dirname, 'renderer/prompt.html'),
        },
      },
    },
  },
});

import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, 'renderer');

/** The renderer's build: two entry pages, the dashboard and the light prompt window. */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  resolve: {
    // Messages arrive pre-parsed (shared/i18n/compiled), so the ICU parser never ships: FormatJS's own
    // no-parser entry keeps the formatter at about 3 KB gzipped instead of about 10 KB.
    alias: [
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ],
  },
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    sourcemap: false,
    // Stated, not defaulted: electron-vite turns minification off unless asked, and the budgets assume it.
    minify: 'esbuild',
    rollupOptions: {
      input: {
        index: resolve(root, 'index.html'),
        prompt: resolve(root, 'prompt.html'),
      },
    },
  },
});

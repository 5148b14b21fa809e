import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = resolve(import.meta.dirname, 'renderer');

/** The renderer's build: two entry pages, the dashboard and the light prompt window. */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
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

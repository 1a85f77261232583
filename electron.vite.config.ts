import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';

/**
 * The page's CSP meta tag (renderer/index.html) forbids inline scripts; the dev server's React
 * refresh preamble is one, so the tag is left out while serving. Built pages always carry it.
 */
const withoutCspWhileServing: Plugin = {
  name: 'jiangxun-csp-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

/** `@shared/…` is shared/ from anywhere (tsconfig.base.json `paths` says the same to tsc and tsx). */
const resolveAliases = { alias: { '@shared': resolve('shared') } };

export default defineConfig({
  main: {
    resolve: resolveAliases,
    build: {
      rollupOptions: {
        // The core thread is its own entry, loaded with new Worker(out/main/core-thread.js).
        input: { index: resolve('electron/main/index.ts'), 'core-thread': resolve('electron/core/host/thread.ts') },
      },
    },
  },
  preload: {
    resolve: resolveAliases,
    build: {
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules: one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    resolve: resolveAliases,
    plugins: [react(), withoutCspWhileServing],
    build: {
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});

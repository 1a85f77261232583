import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/** `@shared/…` is shared/ from anywhere, as in tsconfig.base.json and electron.vite.config.ts. */
const resolveAliases = { alias: { '@shared': resolve(import.meta.dirname, 'shared') } };

export default defineConfig({
  resolve: resolveAliases,
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      {
        resolve: resolveAliases,
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve: resolveAliases,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // Each spec starts its own server and browser; two cores run two specs at a time, after the units.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

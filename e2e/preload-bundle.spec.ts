import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

// A sandboxed preload can load no package but electron: a stray runtime import (say zod, through
// a shared file) would leave the app with no bridge at all, and only on the desktop.
it('the built preload is one CommonJS file that requires electron and nothing else', () => {
  const bundle = readFileSync(join(resolve(import.meta.dirname, '..'), 'out', 'preload', 'index.cjs'), 'utf8');
  const required = [...bundle.matchAll(/require\((["'])([^"']+)\1\)/g)].map((match) => match[2]);
  expect(required).toEqual(['electron']);
  expect(bundle).not.toMatch(/^\s*(import|export)\s/m);
});

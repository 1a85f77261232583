import { resolve } from 'node:path';
import { expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { findImportCycles } from './import-cycles.mjs';

const repoRoot = resolve(import.meta.dirname, '..');

it('lint names an import circle, file by file, and passes the same files once the circle is cut', () => {
  // Files that exist (so imports resolve), read as if they said this:
  const a = resolve(repoRoot, 'electron/core/create-core.ts');
  const b = resolve(repoRoot, 'electron/core/handlers.ts');
  const circle: Record<string, string> = {
    [a]: "import { handlers } from './handlers';",
    [b]: "import { createCore } from './create-core';",
  };
  expect(findImportCycles(repoRoot, [a, b], (file: string) => circle[file])).toEqual([
    ['electron/core/create-core.ts', 'electron/core/handlers.ts'],
  ]);
  const cut: Record<string, string> = {
    [a]: "import { handlers } from './handlers';",
    [b]: "import type { Handlers } from '@shared/contract';",
  };
  expect(findImportCycles(repoRoot, [a, b], (file: string) => cut[file])).toEqual([]);
});

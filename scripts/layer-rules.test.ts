import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** Lints one line of code as if it were a file at `path`, returning the layer-rule messages. */
async function layerViolations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath: path });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['shared/domain/leak.ts', "import x from 'node:fs';"],
    ['shared/domain/leak.ts', "import x from 'electron';"],
    ['shared/domain/leak.ts', "import x from 'react';"],
    ['shared/domain/leak.ts', "import x from 'better-sqlite3';"],
    ['shared/contract/leak.ts', "import x from '../../electron/core/create-core';"],
    ['shared/contract/leak.ts', "import x from '../../renderer/src/api/client';"],
    ['electron/core/services/leak.ts', "import x from 'electron';"],
    ['electron/core/services/leak.ts', "import x from '../../main/window';"],
    ['electron/http/leak.ts', "import x from 'electron';"],
    ['renderer/src/features/leak.tsx', "import x from 'electron';"],
    ['renderer/src/features/leak.tsx', "import x from 'node:path';"],
    ['renderer/src/features/leak.tsx', "import x from '../../../electron/core/create-core';"],
    ['renderer/src/features/leak.tsx', "import x from 'drizzle-orm';"],
    ['electron/preload/leak.ts', "import x from '../core/create-core';"],
  ])('%s may not say %s', async (path, code) => {
    expect(await layerViolations(path, code)).toHaveLength(1);
  });

  it.each([
    ['electron/main/ok.ts', "import x from 'electron';"],
    ['electron/preload/ok.ts', "import x from 'electron';"],
    ['electron/core/services/ok.ts', "import x from '../../../shared/contract';"],
    ['renderer/src/features/ok.tsx', "import x from '../../../../shared/contract';"],
    ['shared/domain/ok.ts', "import x from 'zod';"],
  ])('%s may say %s', async (path, code) => {
    expect(await layerViolations(path, code)).toEqual([]);
  });
});

/** Lints a file at `path`, returning the messages of the rule that keeps SQL in stores. */
async function sqlViolations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('SQL stays in stores', () => {
  const prepared =
    "export const count = (ctx: { sqlite: { prepare(s: string): { get(): unknown } } }) => ctx.sqlite.prepare('SELECT 1').get();\n";
  const tagged = "import { sql } from 'drizzle-orm';\nexport const one = sql`SELECT 1`;\n";

  it.each([
    ['electron/core/services/promotions/index.ts', prepared],
    ['electron/core/services/promotions/approve.ts', tagged],
  ])('a handler or operation file (%s) may not hold SQL', async (path, code) => {
    expect(await sqlViolations(path, code)).toHaveLength(1);
  });

  it.each([
    ['electron/core/services/promotions/store.ts', prepared],
    ['electron/core/services/promotions/store.ts', tagged],
  ])('the area store (%s) may', async (path, code) => {
    expect(await sqlViolations(path, code)).toEqual([]);
  });
});

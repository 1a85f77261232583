import { check, getFileInfo, resolveConfig } from 'prettier';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '..');
const ignorePath = resolve(repoRoot, '.prettierignore');

/** What `prettier --check .` in `npm run lint` says of this source, were it a file at `path`. */
async function passesFormatCheck(path: string, source: string): Promise<boolean> {
  const file = resolve(repoRoot, path);
  if ((await getFileInfo(file, { ignorePath })).ignored) return true;
  return check(source, { ...(await resolveConfig(file)), filepath: file });
}

it('lint fails on an unformatted source file and passes it once formatted', async () => {
  expect(await passesFormatCheck('electron/core/services/promotions/index.ts', 'export const a = {b:1,c:"x"}\n')).toBe(
    false,
  );
  expect(
    await passesFormatCheck('electron/core/services/promotions/index.ts', "export const a = { b: 1, c: 'x' };\n"),
  ).toBe(true);
  expect(
    await passesFormatCheck(
      'renderer/src/features/promotions/Page.tsx',
      'export const P = () => <div   className="x"/>\n',
    ),
  ).toBe(false);
});

it('leaves the generated migrations out of the check', async () => {
  expect(await passesFormatCheck('electron/core/db/migrations/meta/_journal.json', '{"a":1}')).toBe(true);
});

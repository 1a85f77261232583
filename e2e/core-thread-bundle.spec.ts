import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { repoMigrationsFolder, repoResourcesFolder } from '../electron/core/db/repo-migrations';
import { startCoreHost, type CoreHost } from '../electron/core/host/core-host';

// The desktop app starts its core threads from the bundle electron-vite built (there is no tsx in
// the package). This runs that very file on plain Node, with better-sqlite3's nativeBinding
// passed the way the main process passes its Electron build.
const repoRoot = resolve(import.meta.dirname, '..');
const bundled = join(repoRoot, 'out', 'main', 'core-thread.js');
const nodeBinding = join(
  dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'better_sqlite3.node',
);
let host: CoreHost | undefined;
let folder: string | undefined;
afterEach(async () => {
  await host?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

const options = (nativeBinding: string) => ({
  databasePath: join(folder!, 'app.db'),
  migrationsFolder: repoMigrationsFolder,
  resourcesFolder: repoResourcesFolder,
  appVersion: 'bundle',
  nativeBinding,
  threadEntry: bundled,
});

it('the main bundle leaves the core to its own thread entry, which never loads electron', () => {
  const main = readFileSync(join(repoRoot, 'out', 'main', 'index.js'), 'utf8');
  expect(main).toContain('core-thread.js');
  // The router and the services are not in the main process's bundle.
  expect(main).not.toContain('returned a promise');
  const thread = readFileSync(bundled, 'utf8');
  expect(thread).toContain('returned a promise');
  expect(thread).not.toMatch(/from ["']electron["']|require\(["']electron["']\)/);
  // The workbook, PDF and font libraries load on first use, not with every thread's start.
  expect(thread).not.toMatch(/from ["'](exceljs|pdfkit|fontkit|qrcode)["']/);
});

it('the bundled core thread opens the database with the native binding it is given, and serves calls', async () => {
  folder = mkdtempSync(join(tmpdir(), 'jiangxun-bundle-'));
  expect(existsSync(nodeBinding)).toBe(true);
  host = await startCoreHost(options(nodeBinding));
  expect(
    await host.dispatch(
      'settings.updateBaseProfile',
      {
        name: '打包基地',
        orgCode: '',
        address: '',
        certificateIssuer: '',
        contactPhone: '',
      },
      { asSystem: true },
    ),
  ).toMatchObject({ ok: true });
  expect(await host.dispatch('settings.getBaseProfile', {}, { asSystem: true })).toMatchObject({
    ok: true,
    value: { name: '打包基地' },
  });
});

it('a binding that is not there stops the start with the reason, instead of a silent fallback', async () => {
  folder = mkdtempSync(join(tmpdir(), 'jiangxun-bundle-'));
  await expect(startCoreHost(options(join(folder, 'missing', 'better_sqlite3.node')))).rejects.toThrow(
    /启动失败.*missing/,
  );
});

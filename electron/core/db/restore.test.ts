import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createCore } from '../create-core';
import { backupFolder } from './backup';
import { repoMigrationsFolder, repoResourcesFolder } from './repo-migrations';
import { restoreBackup } from './restore';

const repoRoot = resolve(import.meta.dirname, '../../..');
let folder: string;
let databasePath: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'jiangxun-restore-'));
  databasePath = join(folder, 'jiangxun.db');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the app in a child process until it has backed up and saved 20 more trainees, then kills it with SIGKILL. */
async function crashAfterBackup(before: number): Promise<string> {
  const child = spawn(
    resolve(repoRoot, 'node_modules/.bin/tsx'),
    [resolve(import.meta.dirname, 'crash-child.ts'), databasePath, String(before)],
    { cwd: repoRoot },
  );
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) done(stdout);
    });
    child.on('exit', (code) => fail(new Error(`child exited ${code}: ${stderr}`)));
  });
  const exited = new Promise((done) => child.on('exit', done));
  child.kill('SIGKILL');
  await exited;
  const { backup } = JSON.parse(line) as { backup: { fileName: string } };
  return join(backupFolder(databasePath), backup.fileName);
}

const open = () =>
  createCore({
    databasePath,
    migrationsFolder: repoMigrationsFolder,
    resourcesFolder: repoResourcesFolder,
    appVersion: 'test',
    logger: { info() {}, error() {} },
  });

function contents(path: string) {
  const db = new Database(path, { readonly: true });
  try {
    return {
      trainees: db.prepare('SELECT id, name, id_number FROM trainees ORDER BY id').all(),
      integrity: db.pragma('integrity_check', { simple: true }),
    };
  } finally {
    db.close();
  }
}

it('a crash, then the restore: the backup exactly, integrity ok, and the replaced file complete', async () => {
  const backupPath = await crashAfterBackup(25);
  expect(existsSync(`${databasePath}-wal`)).toBe(true);
  const backup = contents(backupPath);
  expect(backup.trainees).toHaveLength(25);

  const { keptAs } = restoreBackup(databasePath, backupPath, new Date(2026, 11, 2, 6, 45, 0));
  expect(keptAs).toBe('jiangxun-恢复前-20261202-064500.db');

  const core = open();
  const list = await core.dispatch('trainees.count', {});
  core.close();
  expect(existsSync(`${databasePath}-wal`)).toBe(false);
  expect(list).toEqual({ ok: true, value: { total: 25 } });
  expect(contents(databasePath)).toEqual({ trainees: backup.trainees, integrity: 'ok' });
  const kept = contents(join(folder, keptAs));
  expect(kept.integrity).toBe('ok');
  expect(kept.trainees).toHaveLength(45);
}, 120_000);

it('refuses to open a backup copied in by hand beside the crashed file’s log, and changes nothing', async () => {
  const backupPath = await crashAfterBackup(5);
  renameSync(databasePath, join(folder, 'jiangxun-旧.db'));
  copyFileSync(backupPath, databasePath);

  expect(open).toThrow(
    expect.objectContaining({ code: 'DATABASE_LOG_MISMATCH', message: expect.stringMatching(/jiangxun-旧\.db-wal/) }),
  );
  expect(contents(backupPath).trainees).toHaveLength(5);

  // Doing what the message says makes both files whole.
  renameSync(`${databasePath}-wal`, join(folder, 'jiangxun-旧.db-wal'));
  renameSync(`${databasePath}-shm`, join(folder, 'jiangxun-旧.db-shm'));
  const core = open();
  expect(await core.dispatch('trainees.count', {})).toEqual({ ok: true, value: { total: 5 } });
  core.close();
  expect(contents(join(folder, 'jiangxun-旧.db'))).toMatchObject({
    integrity: 'ok',
    trainees: expect.toSatisfy((rows: unknown[]) => rows.length === 25),
  });
}, 120_000);

it('leaves no log beside the file after a clean close', () => {
  open().close();
  expect(existsSync(`${databasePath}-wal`)).toBe(false);
  expect(existsSync(`${databasePath}-wal-owner`)).toBe(false);
});

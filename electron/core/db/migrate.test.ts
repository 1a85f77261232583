import Database from 'better-sqlite3';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { createTestCore } from '../testing';
import { createCore } from '../create-core';
import { backupFolder, listBackups } from './backup';
import { migrate } from './migrate';
import { openDatabase } from './open-database';
import { repoMigrationsFolder, repoResourcesFolder } from './repo-migrations';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));
function tempDb() {
  const folder = mkdtempSync(join(tmpdir(), 'jiangxun-migrate-'));
  folders.push(folder);
  return join(folder, 'base.db');
}

describe('database open and migrations', () => {
  it('creates every table on a new file, with WAL, foreign keys and a busy timeout', () => {
    const path = tempDb();
    const { sqlite } = openDatabase(path);
    const outcome = migrate(sqlite, repoMigrationsFolder);
    expect(outcome.applied).toBeGreaterThan(0);
    const tables = (
      sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['base_profile', 'audit_log', 'trainees', 'enterprises']));
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(migrate(sqlite, repoMigrationsFolder).applied).toBe(0);
    sqlite.close();
  });

  it('starts no index with the soft-delete marker, which would turn every list query into a full read', () => {
    // Without statistics SQLite takes `deleted_at IS NULL` for a selective equality and prefers such an
    // index over the one the search needs: at 500,000 trainees a name search fell from ~3 ms to ~140 ms.
    const { sqlite } = openDatabase(tempDb());
    migrate(sqlite, repoMigrationsFolder);
    const indexes = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
      .pluck()
      .all() as string[];
    const leading = indexes.map((name) => [
      name,
      (sqlite.pragma(`index_info(${name})`) as { name: string }[])[0]!.name,
    ]);
    expect(leading.filter(([, column]) => column === 'deleted_at')).toEqual([]);
    expect(indexes.length).toBeGreaterThan(30);
    sqlite.close();
  });

  it('refuses a database written by a newer version and leaves it exactly as it was', () => {
    const path = tempDb();
    const core = createTestCore();
    core.close();
    copyFileSync(core.databasePath, path);
    folders.push(core.folder);
    const { sqlite } = openDatabase(path);
    sqlite
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('from-the-future', 4_102_444_800_000);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.close();
    const before = readFileSync(path);

    let thrown: unknown;
    try {
      createCore({
        databasePath: path,
        migrationsFolder: repoMigrationsFolder,
        resourcesFolder: repoResourcesFolder,
        appVersion: 'old',
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('DATABASE_TOO_NEW');
    expect((thrown as AppError).message).toContain('请升级本软件');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('copies a database that holds data before upgrading its schema, and not a new one', () => {
    // The app of four migrations ago writes the database…
    const oldApp = mkdtempSync(join(tmpdir(), 'jiangxun-old-migrations-'));
    folders.push(oldApp);
    cpSync(repoMigrationsFolder, oldApp, { recursive: true });
    const journalPath = join(oldApp, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: unknown[] };
    const oldCount = journal.entries.length - 4;
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, oldCount) }));
    const path = tempDb();
    const options = { databasePath: path, resourcesFolder: repoResourcesFolder, appVersion: 'test' };
    createCore({ ...options, migrationsFolder: oldApp }).close();
    expect(existsSync(backupFolder(path))).toBe(false);

    // …and the new one copies it before migrating.
    createCore({ ...options, migrationsFolder: repoMigrationsFolder }).close();
    const [backup] = listBackups(path);
    const copy = new Database(join(backupFolder(path), backup!.fileName), { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(oldCount);
    expect(copy.prepare('SELECT count(*) FROM job_types').pluck().get()).toBe(86);
    copy.close();
    expect(listBackups(path)).toHaveLength(1);
  });

  it('rolls back every statement of a failing migration run', () => {
    const path = tempDb();
    const broken = mkdtempSync(join(tmpdir(), 'jiangxun-broken-migrations-'));
    folders.push(broken);
    mkdirSync(join(broken, 'meta'));
    writeFileSync(
      join(broken, 'meta', '_journal.json'),
      JSON.stringify({
        version: '7',
        dialect: 'sqlite',
        entries: [{ idx: 0, version: '6', when: 1, tag: '0000_broken', breakpoints: true }],
      }),
    );
    writeFileSync(
      join(broken, '0000_broken.sql'),
      'CREATE TABLE kept (id text);\n--> statement-breakpoint\nCREATE TABLE oops (;',
    );
    const { sqlite } = openDatabase(path);
    expect(() => migrate(sqlite, broken)).toThrow();
    expect(sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'kept'").get()).toEqual({ n: 0 });
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    sqlite.close();
  });
});

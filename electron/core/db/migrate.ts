import { readMigrationFiles } from 'drizzle-orm/migrator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/errors';
import type { Sqlite } from './open-database';

const migrationsTable = '__drizzle_migrations';

export interface MigrationOutcome {
  applied: number;
  /** Tag of the newest migration the app knows, e.g. 0003_cohorts. */
  schemaVersion: string;
}

/**
 * Applies drizzle-kit's migrations in one transaction, in drizzle's own bookkeeping format.
 * Written here rather than calling drizzle's migrator because two checks must happen inside the
 * transaction: a database written by a newer app is refused before anything is touched, and
 * `PRAGMA foreign_key_check` must pass before commit. Foreign keys are off during the run because
 * SQLite's table-recreating ALTERs would otherwise cascade; the pragma is ignored inside a
 * transaction, so it is switched around it.
 */
export function migrate(
  sqlite: Sqlite,
  migrationsFolder: string,
  options: { beforeUpgrade?: () => void } = {},
): MigrationOutcome {
  const migrations = readMigrationFiles({ migrationsFolder });
  const schemaVersion = newestTag(migrationsFolder);
  const newestKnown = Math.max(0, ...migrations.map((m) => m.folderMillis));

  sqlite.exec(
    `CREATE TABLE IF NOT EXISTS ${migrationsTable} (id INTEGER PRIMARY KEY, hash TEXT NOT NULL, created_at NUMERIC)`,
  );
  const last = sqlite.prepare(`SELECT max(created_at) AS at FROM ${migrationsTable}`).get() as { at: number | null };
  const lastApplied = Number(last.at ?? 0);
  if (lastApplied > newestKnown) {
    throw new AppError('DATABASE_TOO_NEW', undefined, { lastApplied, newestKnown });
  }
  const pending = migrations.filter((m) => m.folderMillis > lastApplied);
  if (pending.length === 0) return { applied: 0, schemaVersion };
  // A database that already holds data is copied first: a migration that runs cleanly can still be wrong.
  if (lastApplied > 0) options.beforeUpgrade?.();

  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.transaction(() => {
      const record = sqlite.prepare(`INSERT INTO ${migrationsTable} (hash, created_at) VALUES (?, ?)`);
      for (const migration of pending) {
        for (const statement of migration.sql) if (statement.trim()) sqlite.exec(statement);
        record.run(migration.hash, migration.folderMillis);
      }
      const broken = sqlite.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) {
        throw new Error(`migration left ${broken.length} rows violating foreign keys`);
      }
    })();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  return { applied: pending.length, schemaVersion };
}

function newestTag(migrationsFolder: string): string {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.at(-1)?.tag ?? 'empty';
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { repoMigrationsFolder } from '../core/db/repo-migrations';
import { generateEncryptionKeys } from '../core/services/city/package/keys';
import { syncedTables, type SyncedColumn } from '../core/services/city/tables';

const pgTypes: Record<string, string> = {
  text: 'text',
  integer: 'bigint',
  real: 'double precision',
  blob: 'bytea',
  numeric: 'numeric',
};

export function pgType(column: SyncedColumn): string {
  return pgTypes[column.type] ?? 'text';
}

/** The base schema versions (migration tags) this hub knows: a package from a newer one is refused. */
export function knownSchemaVersions(): string[] {
  const journal = JSON.parse(readFileSync(join(repoMigrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.map((entry) => entry.tag);
}

/**
 * Creates or brings up to date the hub's tables: every synced base table plus `base_id`, keyed by
 * (base_id, id), generated from the same drizzle schema the bases migrate, so the two cannot
 * drift. Columns other than the key and `updated_at` may be null, so that a package from a base
 * one version behind (without a newer column) still imports. Idempotent; runs at every start.
 */
export async function migrateHub(client: pg.ClientBase): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(18018)');
    await client.query(`
      CREATE TABLE IF NOT EXISTS city_meta (key text PRIMARY KEY, value text NOT NULL);
      CREATE TABLE IF NOT EXISTS city_bases (
        base_id text PRIMARY KEY,
        name text NOT NULL,
        district text NOT NULL DEFAULT '',
        public_key text NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now(),
        last_sequence integer NOT NULL DEFAULT 0,
        watermark text,
        last_import_at timestamptz
      );
      CREATE TABLE IF NOT EXISTS city_imports (
        base_id text NOT NULL REFERENCES city_bases (base_id),
        sequence integer NOT NULL,
        kind text NOT NULL,
        rows_in_package bigint NOT NULL,
        rows_changed bigint NOT NULL,
        replay boolean NOT NULL,
        imported_at timestamptz NOT NULL DEFAULT now()
      );`);
    for (const table of syncedTables) {
      await client.query(
        `CREATE TABLE IF NOT EXISTS "${table.name}" (base_id text NOT NULL, id text NOT NULL, updated_at text NOT NULL, PRIMARY KEY (base_id, id))`,
      );
      for (const column of table.columns) {
        await client.query(`ALTER TABLE "${table.name}" ADD COLUMN IF NOT EXISTS "${column.name}" ${pgType(column)}`);
      }
    }
    // The city figures: a worker is counted once across bases by the resident ID.
    await client.query(
      'CREATE INDEX IF NOT EXISTS trainees_id_number ON trainees (id_number) WHERE deleted_at IS NULL',
    );
    await client.query('CREATE INDEX IF NOT EXISTS certificates_number ON certificates (number)');
    const keys = await client.query("SELECT 1 FROM city_meta WHERE key = 'city_private_key'");
    if (keys.rowCount === 0) {
      const pair = generateEncryptionKeys();
      await client.query(
        "INSERT INTO city_meta (key, value) VALUES ('city_private_key', $1), ('city_public_key', $2)",
        [pair.privateKey, pair.publicKey],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

export async function cityKeys(client: pg.ClientBase): Promise<{ privateKey: string; publicKey: string }> {
  const rows = await client.query<{ key: string; value: string }>(
    "SELECT key, value FROM city_meta WHERE key IN ('city_private_key', 'city_public_key')",
  );
  const value = (key: string) => rows.rows.find((row) => row.key === key)!.value;
  return { privateKey: value('city_private_key'), publicKey: value('city_public_key') };
}

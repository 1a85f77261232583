import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../db/schema';

/** One column of a synced table, as the package lists it and the hub creates it. */
export interface SyncedColumn {
  name: string;
  /** SQLite's type: text, integer, real or blob. */
  type: string;
}

export interface SyncedTable {
  name: string;
  columns: SyncedColumn[];
}

/**
 * Tables with record columns that stay in the base. A new table with `recordColumns` is sent to
 * the city by default; one that must not be sent is one line here, with the reason.
 */
export const localOnlyTables: Readonly<Record<string, string>> = {
  audit_log: "the base's own log of who did what; the city keeps its own",
  city_link: "holds this base's private signing key",
  certificate_settings: 'holds the key that signs verification codes',
  printer_calibrations: "offsets of this office's printers",
};

const recordColumnNames = ['id', 'created_at', 'updated_at', 'deleted_at'];

/**
 * Every table that a package carries: each table of the schema with record columns (a UUIDv7 id,
 * `updated_at` to find changes by, `deleted_at` for tombstones) that is not local-only, derived from
 * the drizzle schema so that the base's package and the hub's PostgreSQL tables cannot drift.
 */
export const syncedTables: readonly SyncedTable[] = (Object.values(schema) as unknown[])
  .filter((value): value is SQLiteTable => is(value, SQLiteTable))
  .map((table) => getTableConfig(table))
  .filter((config) => recordColumnNames.every((name) => config.columns.some((column) => column.name === name)))
  .filter((config) => !Object.hasOwn(localOnlyTables, config.name))
  .map((config) => ({
    name: config.name,
    columns: config.columns.map((column) => ({ name: column.name, type: column.getSQLType() })),
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

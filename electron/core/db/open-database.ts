import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { checkLogPairing } from './log-pairing';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;
export type Sqlite = Database.Database;

export interface OpenDatabaseOptions {
  /** Path of a better_sqlite3.node built for the running runtime (the Electron build in the app). */
  nativeBinding?: string;
}

export function openDatabase(path: string, options: OpenDatabaseOptions = {}): { sqlite: Sqlite; db: Db } {
  checkLogPairing(path);
  const sqlite = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  sqlite.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode and 10x cheaper per commit than FULL.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

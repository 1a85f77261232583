import type { AppEvents } from '../../shared/contract/events';
import type { Actor } from '../../shared/contract/roles';
import type { Db, Sqlite } from './db/open-database';

export interface Clock {
  now(): Date;
}

export interface Logger {
  info(message: string, extra?: unknown): void;
  error(message: string, extra?: unknown): void;
}

/** What a handler may say about the records it changed or exported, for the audit log. */
export interface AuditNote {
  recordIds: string[];
  summary: string;
}

/** Everything a service needs, passed in; services hold no state of their own. */
export interface HandlerContext {
  db: Db;
  sqlite: Sqlite;
  actor: Actor;
  newId: () => string;
  /** One instant per call, so every row a call writes carries the same timestamp. */
  now: string;
  /** Local calendar date of `now`, YYYY-MM-DD. */
  today: string;
  appVersion: string;
  databasePath: string;
  resourcesFolder: string;
  schemaVersion: string;
  /** Progress of long work (batch PDFs, imports) for the screen that started it. */
  reportProgress(progress: AppEvents['job.progress']): void;
  audit(note: AuditNote): void;
}

export function localDate(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

import type { AppEvents } from '@shared/contract/infra/events';
import type { Actor } from '@shared/contract/infra/roles';
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
  /** Only the sign-in page's calls: who the row is about (the person signing in), as nobody is signed in yet. */
  actor?: Actor;
}

/** The long call's side of progress and cancel (contract `job`); a no-op for every other call. */
export interface JobControl {
  /**
   * How far the call has got, in its own units (rows, pages, bytes) with a Chinese line of what it
   * is doing. Cheap to call on every row: the events are thrown out at most every 100 ms.
   */
  progress(done: number, total: number, message: string): void;
  /** Throws AppError CANCELLED once the user has cancelled: call it in every long loop. */
  checkCancelled(): void;
}

/** The file a call reads (`job.upload`): a path on this machine, never bytes in the message. */
export interface InputFile {
  path: string;
  name: string;
  size: number;
}

/**
 * The file a call writes (`job.download`). The handler writes `path`, a hidden file beside the
 * target; the router gives it its `name` once the call succeeds and deletes it otherwise, so a
 * failed or cancelled export leaves nothing behind and never truncates a file that was there.
 */
export interface OutputFile {
  path: string;
  name: string;
}

/** Everything a service needs, passed in; services hold no state of their own. */
export interface HandlerContext {
  db: Db;
  sqlite: Sqlite;
  actor: Actor;
  /** The caller's session; null for the sign-in page's own calls and for the app's own work. */
  session: { id: string; locked: boolean } | null;
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
  job: JobControl;
  files: { input: InputFile | null; output: OutputFile | null };
}

export function localDate(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

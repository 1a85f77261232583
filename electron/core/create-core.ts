import { builtInAdministrator } from '@shared/contract/infra/roles';
import type { Clock, Logger } from './context';
import { backupBeforeUpgrade } from './db/backup';
import { migrate } from './db/migrate';
import { removeLogOwnerIfNoLog, stampLogOwner } from './db/log-pairing';
import { openDatabase, type Db, type Sqlite } from './db/open-database';
import { createEventHub, type EventHub } from './events';
import { handlers } from './handlers';
import { createIdGenerator } from './ids';
import { createRouter, insertAuditRows, type AuditRecord, type Dispatch, type RouterDeps } from './router';
import { seedJobTypesIfEmpty } from './services/job-types/seed';
import { findSession, idleMinutes, touchSession } from './services/accounts/store';

export interface CoreOptions {
  databasePath: string;
  /** drizzle-kit's output folder: the repository's in development, extraResources when packaged. */
  migrationsFolder: string;
  /** resources/: the repository's in development, extraResources when packaged. Read-only. */
  resourcesFolder: string;
  appVersion: string;
  nativeBinding?: string;
  /**
   * Every call that is not the app's own needs a signed-in session (the core in its threads, behind
   * the window's transports). Off, a call without a session runs as the built-in administrator:
   * for the core called in process (tests, demo data, the benchmark), which has no window.
   */
  signInRequired?: boolean;
  clock?: Clock;
  logger?: Logger;
}

export interface Core {
  dispatch: Dispatch;
  events: EventHub;
  /** Writes the audit rows of readers' queries (from the audit inbox), all in one transaction. */
  recordAudits(records: AuditRecord[]): void;
  /** Records a session's last use (a reader thread's calls, sent to the writer). */
  touchSession(sessionId: string, at: string): void;
  /** Checkpoints the WAL into the main file (the writer only) and closes the database. */
  close(): void;
}

const consoleLogger: Logger = {
  info: (message, extra) => console.info(message, extra ?? ''),
  error: (message, extra) => console.error(message, extra ?? ''),
};

/**
 * The core on the database's one writing connection: it migrates and seeds the file, then serves
 * every channel. Tests call it in process; the app runs it in the writer thread (see host/).
 */
export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? { now: () => new Date() };
  const { sqlite, db } = openDatabase(options.databasePath, { nativeBinding: options.nativeBinding });
  const newId = createIdGenerator(() => clock.now().getTime());
  let schemaVersion: string;
  try {
    ({ schemaVersion } = migrate(sqlite, options.migrationsFolder, {
      beforeUpgrade: () => backupBeforeUpgrade(sqlite, options.databasePath, clock.now()),
    }));
    seedJobTypesIfEmpty(sqlite, options.resourcesFolder, clock.now().toISOString(), newId);
    stampLogOwner(sqlite, options.databasePath);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return assemble(options, { sqlite, db, newId, schemaVersion, checkpointOnClose: true });
}

/**
 * A core on a query-only connection of a database the writer has already migrated: a reader
 * thread's. WAL lets it read while the writer commits; a handler that tried to write would fail
 * loudly (SQLITE_READONLY) instead of becoming a second writer.
 */
export function createReaderCore(
  options: CoreOptions & {
    schemaVersion: string;
    recordQueryAudit: NonNullable<RouterDeps['recordQueryAudit']>;
    touchSession: (sessionId: string, at: string) => Promise<void>;
  },
): Core {
  const clock = options.clock ?? { now: () => new Date() };
  const { sqlite, db } = openDatabase(options.databasePath, { nativeBinding: options.nativeBinding });
  sqlite.pragma('query_only = ON');
  const newId = createIdGenerator(() => clock.now().getTime());
  return assemble(options, {
    sqlite,
    db,
    newId,
    schemaVersion: options.schemaVersion,
    checkpointOnClose: false,
    // The ids are given here, so that a record the writer copies twice is written once.
    recordQueryAudit: (record) =>
      options.recordQueryAudit({
        ...record,
        rowIds: (record.notes.length > 0 ? record.notes : [null]).map(() => newId()),
      }),
    touchSession: options.touchSession,
  });
}

function assemble(
  options: CoreOptions,
  opened: {
    sqlite: Sqlite;
    db: Db;
    newId: () => string;
    schemaVersion: string;
    checkpointOnClose: boolean;
    recordQueryAudit?: RouterDeps['recordQueryAudit'];
    /** A reader's connection is query-only: it sends the session's last use to the writer. */
    touchSession?: (sessionId: string, at: string) => Promise<void>;
  },
): Core {
  const { sqlite, db, newId } = opened;
  const events = createEventHub();
  const dispatch = createRouter({
    handlers,
    baseContext: {
      db,
      sqlite,
      newId,
      appVersion: options.appVersion,
      databasePath: options.databasePath,
      resourcesFolder: options.resourcesFolder,
      schemaVersion: opened.schemaVersion,
      reportProgress: (progress) => events.emit('job.progress', progress),
    },
    sessions: {
      find: (token) => findSession(db, token),
      idleMinutes: () => idleMinutes(db),
      touch: opened.touchSession ?? ((sessionId, at) => touchSession(db, sessionId, at)),
    },
    defaultActor: options.signInRequired ? undefined : builtInAdministrator,
    clock: options.clock ?? { now: () => new Date() },
    logger: options.logger ?? consoleLogger,
    onCommitted: (channel, recordIds) => events.emit('data.changed', { channel, recordIds }),
    recordQueryAudit: opened.recordQueryAudit,
  });
  return {
    dispatch,
    events,
    recordAudits: (records) =>
      sqlite.transaction(() => records.forEach((record) => insertAuditRows(db, newId, record))).immediate(),
    touchSession: (sessionId, at) => touchSession(db, sessionId, at),
    close() {
      if (opened.checkpointOnClose) sqlite.pragma('wal_checkpoint(TRUNCATE)');
      sqlite.close();
      if (opened.checkpointOnClose) removeLogOwnerIfNoLog(options.databasePath);
    },
  };
}

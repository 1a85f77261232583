import type { Actor } from '../../shared/contract/roles';
import type { Clock, Logger } from './context';
import { backupBeforeUpgrade } from './db/backup';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open-database';
import { createEventHub, type EventHub } from './events';
import { handlers } from './handlers';
import { createIdGenerator } from './ids';
import { createRouter, type Dispatch } from './router';
import { seedJobTypesIfEmpty } from './services/job-types/seed';

export interface CoreOptions {
  databasePath: string;
  /** drizzle-kit's output folder: the repository's in development, extraResources when packaged. */
  migrationsFolder: string;
  /** resources/: the repository's in development, extraResources when packaged. Read-only. */
  resourcesFolder: string;
  appVersion: string;
  nativeBinding?: string;
  clock?: Clock;
  logger?: Logger;
}

export interface Core {
  dispatch: Dispatch;
  events: EventHub;
  /** Checkpoints the WAL into the main file and closes the database. */
  close(): void;
}

/** Until staff accounts exist, every call is made as this administrator. */
export const builtInAdministrator: Actor = { id: '00000000-0000-7000-8000-000000000001', name: '系统管理员', role: 'admin' };

const consoleLogger: Logger = {
  info: (message, extra) => console.info(message, extra ?? ''),
  error: (message, extra) => console.error(message, extra ?? ''),
};

export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? { now: () => new Date() };
  const logger = options.logger ?? consoleLogger;
  const { sqlite, db } = openDatabase(options.databasePath, { nativeBinding: options.nativeBinding });
  const newId = createIdGenerator(() => clock.now().getTime());
  let schemaVersion: string;
  try {
    ({ schemaVersion } = migrate(sqlite, options.migrationsFolder, {
      beforeUpgrade: () => backupBeforeUpgrade(sqlite, options.databasePath, clock.now()),
    }));
    seedJobTypesIfEmpty(sqlite, options.resourcesFolder, clock.now().toISOString(), newId);
  } catch (error) {
    sqlite.close();
    throw error;
  }
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
      schemaVersion,
      reportProgress: (progress) => events.emit('job.progress', progress),
    },
    defaultActor: builtInAdministrator,
    clock,
    logger,
    onCommitted: (channel, recordIds) => events.emit('data.changed', { channel, recordIds }),
  });
  return {
    dispatch,
    events,
    close() {
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      sqlite.close();
    },
  };
}

import { randomInt } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '@shared/errors';
import type Database from 'better-sqlite3';

/**
 * Keeps a database and its write log (-wal) together. SQLite replays any -wal it finds beside a
 * file of that name, and its salt check cannot tell when a different file took the name: a backup
 * copied in after a crash received the old file's log, and integrity_check then found pages
 * referenced twice (issue 19). So each opening stamps the file (PRAGMA user_version, which the
 * migrations leave alone: drizzle keeps its own table) and writes the same number beside the log;
 * a log whose number is not the file's is refused before SQLite can replay it.
 */
export const logOwnerSuffix = '-wal-owner';
/** Byte offset of user_version in the SQLite header (big-endian, 4 bytes). */
const userVersionOffset = 60;

export function logPaths(databasePath: string) {
  return { wal: `${databasePath}-wal`, shm: `${databasePath}-shm`, owner: `${databasePath}${logOwnerSuffix}` };
}

/** The stamp in the file's header as it is on disk, read without SQLite (which would replay the log). */
export function fileStamp(path: string): number | null {
  const header = Buffer.alloc(100);
  try {
    const fd = openSync(path, 'r');
    try {
      if (readSync(fd, header, 0, 100, 0) < 100) return null;
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  return header.toString('latin1', 0, 15) === 'SQLite format 3' ? header.readInt32BE(userVersionOffset) : null;
}

function ownerStamp(databasePath: string): number | null {
  try {
    const text = statSync(logPaths(databasePath).owner).isFile() ? readOwnerText(databasePath) : '';
    return /^-?\d+$/.test(text) ? Number(text) : null;
  } catch {
    return null;
  }
}

function readOwnerText(databasePath: string): string {
  const fd = openSync(logPaths(databasePath).owner, 'r');
  try {
    const buffer = Buffer.alloc(32);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, 32, 0)).trim();
  } finally {
    closeSync(fd);
  }
}

const hasLog = (databasePath: string) => {
  try {
    return statSync(logPaths(databasePath).wal).size > 0;
  } catch {
    return false;
  }
};

/**
 * Before the database is opened: a non-empty -wal must carry this file's stamp. A log without an
 * owner file (left by a version before the stamp, or by a crash before the writer stamped, during
 * a migration) is accepted as it always was.
 */
export function checkLogPairing(databasePath: string): void {
  if (!hasLog(databasePath)) return;
  const owner = ownerStamp(databasePath);
  if (owner === null || owner === fileStamp(databasePath)) return;
  const name = basename(databasePath);
  const ownerFile = findOwner(databasePath, owner);
  const where = ownerFile
    ? `这两个文件属于同一文件夹中的“${ownerFile}”：请把它们分别改名为“${ownerFile}-wal”“${ownerFile}-shm”，放回那个文件旁边`
    : `请把这两个文件移到原来的数据库文件旁边（改成与它同名加 -wal、-shm），或在确认不再需要时移出这个文件夹`;
  throw new AppError(
    'DATABASE_LOG_MISMATCH',
    `数据库文件“${name}”旁边的“${name}-wal”“${name}-shm”不是它的（多半是恢复备份时只换了数据库文件）。为防止数据损坏，匠训没有打开它，所有文件都未改动。${where}，然后重新启动匠训。以后请在 设置 → 数据备份 中恢复备份。`,
    { databasePath, ownerFile: ownerFile ?? null },
  );
}

/** A database in the same folder whose stamp is the log's: where the log came from. */
function findOwner(databasePath: string, owner: number): string | undefined {
  const folder = dirname(databasePath);
  return readdirSync(folder).find(
    (name) =>
      join(folder, name) !== databasePath &&
      !/-(wal|shm|wal-owner)$/.test(name) &&
      fileStamp(join(folder, name)) === owner,
  );
}

/**
 * After the writer opened (and SQLite recovered) and migrated the file: fold the log into it, give the file a
 * new stamp, fold that in too, and only then write the stamp beside the log, so that every log
 * SQLite writes from here on is marked as this file's. Readers open after this and never stamp.
 */
export function stampLogOwner(sqlite: Database.Database, databasePath: string): void {
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const stamp = randomInt(1, 2 ** 31 - 1);
  sqlite.pragma(`user_version = ${stamp}`);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const { owner } = logPaths(databasePath);
  writeFileSync(`${owner}.partial`, String(stamp));
  renameSync(`${owner}.partial`, owner);
}

/** After the writer's clean close (checkpointed): no log is left to pair, so neither is its stamp. */
export function removeLogOwnerIfNoLog(databasePath: string): void {
  const { wal, owner } = logPaths(databasePath);
  if (existsSync(wal) && statSync(wal).size === 0) rmSync(wal, { force: true });
  if (!existsSync(wal)) rmSync(owner, { force: true });
}

import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupFile } from '@shared/contract/system';
import { AppError } from '@shared/errors';
import type { Sqlite } from './open-database';

/** The newest backups kept; older ones are removed after each new one is verified. */
export const backupsKept = 10;

const backupName = /^jiangxun-(\d{8})-(\d{6})\.db$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** Beside the database, so that one folder holds everything a base would carry to a new PC. */
export function backupFolder(databasePath: string): string {
  return join(dirname(databasePath), 'backups');
}

/** Newest first. */
export function listBackups(databasePath: string): BackupFile[] {
  const folder = backupFolder(databasePath);
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => backupName.test(name));
  } catch {
    return [];
  }
  return names
    .sort()
    .reverse()
    .map((fileName) => {
      const stat = statSync(join(folder, fileName));
      return { fileName, createdAt: stat.mtime.toISOString(), bytes: stat.size };
    });
}

/** The newest backup made on the local calendar day of `at`, if any. */
export function backupOfDay(databasePath: string, at: Date): BackupFile | undefined {
  const day = backupFileName(at).slice(0, 'jiangxun-YYYYMMDD'.length);
  return listBackups(databasePath).find((file) => file.fileName.startsWith(day));
}

/** `jiangxun-20261124-150400.db`, in the PC's local time, as people read it in a folder. */
export function backupFileName(at: Date): string {
  const date = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  return `jiangxun-${date}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}.db`;
}

/**
 * A consistent copy through SQLite's online backup (other calls go on meanwhile), checked with
 * quick_check before it takes its final name, so a file named like a backup is always a sound one.
 */
export async function backupDatabase(sqlite: Sqlite, databasePath: string, at: Date): Promise<BackupFile> {
  const { target, partial } = backupPaths(databasePath, at);
  try {
    await sqlite.backup(partial);
    return keepBackup(sqlite, databasePath, target, partial);
  } catch (error) {
    return discard(partial, error);
  }
}

/**
 * The same, synchronously (`VACUUM INTO`), for the moment before migrations change the schema of a
 * database that already holds data: nothing else runs yet, and an upgrade never starts without it.
 */
export function backupBeforeUpgrade(sqlite: Sqlite, databasePath: string, at: Date): BackupFile {
  const { target, partial } = backupPaths(databasePath, at);
  try {
    sqlite.prepare('VACUUM INTO ?').run(partial);
    return keepBackup(sqlite, databasePath, target, partial);
  } catch (error) {
    return discard(partial, error);
  }
}

function backupPaths(databasePath: string, at: Date) {
  const folder = backupFolder(databasePath);
  mkdirSync(folder, { recursive: true });
  const target = join(folder, backupFileName(at));
  return { target, partial: `${target}.partial` };
}

function keepBackup(sqlite: Sqlite, databasePath: string, target: string, partial: string): BackupFile {
  verifyAndSeal(sqlite, partial);
  renameSync(partial, target);
  const folder = backupFolder(databasePath);
  for (const old of listBackups(databasePath).slice(backupsKept)) rmSync(join(folder, old.fileName), { force: true });
  const stat = statSync(target);
  return { fileName: basename(target), createdAt: stat.mtime.toISOString(), bytes: stat.size };
}

function discard(partial: string, error: unknown): never {
  rmSync(partial, { force: true });
  if (error instanceof AppError) throw error;
  throw new AppError(
    'INTERNAL',
    `备份未完成：${error instanceof Error ? error.message : String(error)}；数据库本身未受影响`,
  );
}

/**
 * Makes the copy one self-contained file (rollback journal, not WAL) to carry or restore, then checks it.
 * The backup runs in a reader thread, whose read-only connection cannot write the copy through ATTACH
 * ("attempt to write a readonly database"), so the two header fields are written in the file itself
 * (SQLite file format: bytes 18–19 are the write/read versions, 1 = rollback journal; bytes 60–63 are
 * user_version).
 */
function verifyAndSeal(sqlite: Sqlite, path: string) {
  const file = openSync(path, 'r+');
  try {
    writeSync(file, Buffer.from([1, 1]), 0, 2, 18);
    // Not the live file's log stamp: a backup copied in under the live name must not pass for it (log-pairing.ts).
    writeSync(file, Buffer.alloc(4), 0, 4, 60);
  } finally {
    closeSync(file);
  }
  sqlite.prepare('ATTACH DATABASE ? AS backup_check').run(path);
  try {
    const result = sqlite.pragma('backup_check.quick_check', { simple: true });
    if (result !== 'ok')
      throw new AppError('INTERNAL', `备份文件校验未通过（${String(result)}），已删除；数据库本身未受影响`);
  } finally {
    sqlite.exec('DETACH DATABASE backup_check');
  }
}

import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '@shared/errors';
import { checkLogPairing, logPaths } from './log-pairing';

export interface RestoreOutcome {
  /** The file the replaced database was kept as, beside it (with its log when it could not be folded in). */
  keptAs: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `jiangxun-恢复前-20261202-064500.db`: beside the database, out of the backups' rotation, which would delete it. */
export function keptFileName(databasePath: string, at: Date): string {
  const stem = basename(databasePath).replace(/\.db$/, '');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `${stem}-恢复前-${stamp}.db`;
}

/**
 * Puts a backup in the database's place while nothing has it open. The replaced file is first
 * completed (its log checkpointed in) when it can be opened; it then moves with its -wal, -shm and
 * log stamp as one set, so that no log is left behind to be replayed onto the backup (issue 19).
 * The backup is checked before anything moves, and copied in under a temporary name first.
 */
export function restoreBackup(
  databasePath: string,
  backupPath: string,
  at: Date,
  options: { nativeBinding?: string } = {},
): RestoreOutcome {
  verifyBackup(backupPath, options.nativeBinding);
  foldLogIn(databasePath, options.nativeBinding);
  const keptAs = keptFileName(databasePath, at);
  const kept = join(dirname(databasePath), keptAs);
  const incoming = `${databasePath}.restoring`;
  copyFileSync(backupPath, incoming);
  const from = logPaths(databasePath);
  const to = logPaths(kept);
  if (existsSync(databasePath)) renameSync(databasePath, kept);
  for (const part of ['wal', 'shm', 'owner'] as const) if (existsSync(from[part])) renameSync(from[part], to[part]);
  renameSync(incoming, databasePath);
  return { keptAs };
}

function verifyBackup(backupPath: string, nativeBinding?: string) {
  let copy: Database.Database | undefined;
  try {
    copy = new Database(backupPath, { readonly: true, fileMustExist: true, nativeBinding });
    const check = copy.pragma('quick_check', { simple: true });
    const isJiangxun = copy.prepare("SELECT 1 FROM sqlite_master WHERE name = '__drizzle_migrations'").get();
    if (check !== 'ok' || !isJiangxun) throw new Error(String(check));
  } catch {
    throw new AppError(
      'VALIDATION',
      `备份文件“${basename(backupPath)}”已损坏或不是匠训的数据库，没有恢复；当前数据库未做任何改动`,
    );
  } finally {
    copy?.close();
  }
}

/** Completes the replaced file when its log is its own and it opens; otherwise the set moves as it is. */
function foldLogIn(databasePath: string, nativeBinding?: string) {
  if (!existsSync(databasePath)) return;
  let live: Database.Database | undefined;
  try {
    checkLogPairing(databasePath);
    live = new Database(databasePath, { fileMustExist: true, nativeBinding });
    live.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    return;
  } finally {
    live?.close();
  }
  const { wal, shm, owner } = logPaths(databasePath);
  if (!existsSync(wal)) for (const path of [shm, owner]) rmSync(path, { force: true });
}

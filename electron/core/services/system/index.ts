import { and, desc, lt } from 'drizzle-orm';
import { contract, isChannel } from '@shared/contract';
import type { AuditEntry } from '@shared/contract/system';
import { backupDatabase, backupFolder, backupOfDay, backupsKept, listBackups } from '../../db/backup';
import { auditLog } from '../../db/schema';
import type { AreaHandlers } from '../../router';

export const systemHandlers: AreaHandlers<'system'> = {
  'system.info': (_input, ctx) => ({
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    databasePath: ctx.databasePath,
    actor: ctx.actor,
  }),

  // Keyset paging on the UUIDv7 id, which is ordered by time: no OFFSET, however long the log.
  'system.listAudit': ({ before, limit }, ctx) => {
    const rows = ctx.db
      .select()
      .from(auditLog)
      .where(and(before ? lt(auditLog.id, before) : undefined))
      .orderBy(desc(auditLog.id))
      .limit(limit + 1)
      .all();
    const entries: AuditEntry[] = rows.slice(0, limit).map((row) => ({
      id: row.id,
      at: row.createdAt,
      actorName: row.actorName,
      channel: row.channel,
      title: isChannel(row.channel) ? contract[row.channel].title : row.channel,
      recordIds: JSON.parse(row.recordIds) as string[],
      summary: row.summary,
    }));
    return { entries, nextBefore: rows.length > limit ? entries.at(-1)!.id : null };
  },

  'system.listBackups': (_input, ctx) => ({
    folder: backupFolder(ctx.databasePath),
    kept: backupsKept,
    files: listBackups(ctx.databasePath),
  }),

  'system.backup': async ({ reason }, ctx) => {
    const at = new Date(ctx.now);
    const existing = reason === 'daily' ? backupOfDay(ctx.databasePath, at) : undefined;
    if (existing) return { ...existing, skipped: true };
    const file = await backupDatabase(ctx.sqlite, ctx.databasePath, at);
    const megabytes = (file.bytes / 1024 / 1024).toFixed(1);
    ctx.audit({
      recordIds: [],
      summary: `${reason === 'daily' ? '每日自动备份' : '备份数据库'}：${file.fileName}（${megabytes} MB，含全部学员个人信息）`,
    });
    return { ...file, skipped: false };
  },
};

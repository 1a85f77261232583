import { z } from 'zod';
import { query } from '../infra/define';
import type { Actor } from '../infra/roles';

export interface SystemInfo {
  appVersion: string;
  schemaVersion: string;
  databasePath: string;
  actor: Actor;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorName: string;
  channel: string;
  title: string;
  recordIds: string[];
  summary: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass back as `before` for the next (older) page; null on the last page. */
  nextBefore: string | null;
}

export interface BackupFile {
  fileName: string;
  /** When the file was written (ISO instant). */
  createdAt: string;
  bytes: number;
}

export interface BackupList {
  folder: string;
  /** How many of the newest are kept. */
  kept: number;
  files: BackupFile[];
}

export const systemContract = {
  'system.info': query({ input: z.object({}).strict(), role: 'viewer', title: '查看系统信息' }).returns<SystemInfo>(),
  'system.listAudit': query({
    input: z
      .object({
        before: z.string().optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    role: 'admin',
    title: '查看操作日志',
  }).returns<AuditPage>(),
  'system.listBackups': query({
    input: z.object({}).strict(),
    role: 'admin',
    title: '查看数据备份',
  }).returns<BackupList>(),
  /**
   * A verified copy of the whole database into the backups folder, logged (it holds everyone's
   * personal data). `daily` is the app's own at start: skipped when today's backup exists.
   */
  'system.backup': query({
    input: z.object({ reason: z.enum(['manual', 'daily']).default('manual') }).strict(),
    role: 'admin',
    title: '备份数据库',
  }).returns<BackupFile & { skipped: boolean }>(),
};

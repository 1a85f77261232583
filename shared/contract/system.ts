import { z } from 'zod';
import { query } from './define';
import type { Actor } from './roles';

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
};

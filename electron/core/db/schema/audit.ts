import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './columns';

/** Who changed, exported or printed what. Written by the router; never updated or deleted. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    ...recordColumns,
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    channel: text('channel').notNull(),
    /** JSON array of the ids of the records the call touched. */
    recordIds: text('record_ids').notNull().default('[]'),
    summary: text('summary').notNull(),
  },
  (table) => [index('audit_log_channel').on(table.channel, table.id)],
);

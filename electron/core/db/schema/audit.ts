import { sql } from 'drizzle-orm';
import { index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './columns';

/**
 * Who changed, exported, viewed or signed in to what. Written by the router; never updated or
 * deleted. Ids are UUIDv7, so the id order is the time order: the audit browser pages by id and
 * turns a time range into an id range, which keeps every filter on an index at millions of rows.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    ...recordColumns,
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    channel: text('channel').notNull(),
    /** The channel's area (`cohorts` of `cohorts.confirmMarks`), for the browser's 业务 filter. */
    area: text('area').generatedAlwaysAs(sql`substr(channel, 1, instr(channel, '.') - 1)`, { mode: 'virtual' }),
    /** JSON array of the ids of the records the call touched. */
    recordIds: text('record_ids').notNull().default('[]'),
    summary: text('summary').notNull(),
  },
  (table) => [
    index('audit_log_channel').on(table.channel, table.id),
    index('audit_log_actor').on(table.actorId, table.id),
    index('audit_log_area').on(table.area, table.id),
  ],
);

/** One row per record an audit row names: “everything done to this trainee” without reading the JSON of every row. */
export const auditLogRecords = sqliteTable(
  'audit_log_records',
  {
    recordId: text('record_id').notNull(),
    auditId: text('audit_id')
      .notNull()
      .references(() => auditLog.id),
  },
  (table) => [primaryKey({ columns: [table.recordId, table.auditId] })],
);

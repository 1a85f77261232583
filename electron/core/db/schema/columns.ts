import { text } from 'drizzle-orm/sqlite-core';

/**
 * Columns every table carries: a UUIDv7 text id (sortable by creation, unique across bases, so
 * that several bases' databases can later merge into one city store), ISO-8601 UTC instants, and
 * a soft-delete marker instead of DELETE.
 */
export const recordColumns = {
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deletedAt: text('deleted_at'),
};

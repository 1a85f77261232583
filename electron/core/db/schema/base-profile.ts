import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './columns';

/** The base that owns this database. One row, created on first write. */
export const baseProfile = sqliteTable('base_profile', {
  ...recordColumns,
  name: text('name').notNull(),
  orgCode: text('org_code').notNull().default(''),
  address: text('address').notNull().default(''),
  certificateIssuer: text('certificate_issuer').notNull().default(''),
  contactPhone: text('contact_phone').notNull().default(''),
});

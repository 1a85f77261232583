import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './columns';

/** Where trainees work. */
export const enterprises = sqliteTable(
  'enterprises',
  {
    ...recordColumns,
    name: text('name').notNull(),
    /** Unified social credit code (GB 32100); empty when not known yet (e.g. created by an import). */
    creditCode: text('credit_code'),
    industry: text('industry').notNull().default(''),
    district: text('district').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
  },
  (table) => [uniqueIndex('enterprises_credit_code').on(table.creditCode), index('enterprises_name').on(table.name)],
);

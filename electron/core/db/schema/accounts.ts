import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './columns';

/** Staff accounts. Never deleted: an account that leaves is made inactive, so the audit keeps its name. */
export const accounts = sqliteTable(
  'accounts',
  {
    ...recordColumns,
    /** Lower case (normalizeLogin): one login however it is typed. */
    login: text('login').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['admin', 'clerk', 'viewer'] }).notNull(),
    /** JSON array of Duty. */
    duties: text('duties').notNull().default('[]'),
    /** scrypt$N$r$p$salt$hash (base64): the cost travels with the hash, so it can be raised later. */
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** JSON array of the ISO instants of recent wrong passwords (shared/domain/accounts/lockout.ts). */
    recentFailures: text('recent_failures').notNull().default('[]'),
    lockedUntil: text('locked_until'),
    lastSignInAt: text('last_sign_in_at'),
  },
  (table) => [uniqueIndex('accounts_login').on(table.login)],
);

/**
 * A signed-in window. The token itself is never stored, only its SHA-256, so a copy of the file
 * cannot be used to act as someone. `last_seen_at` drives the idle lock.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    ...recordColumns,
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    tokenHash: text('token_hash').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    endedAt: text('ended_at'),
  },
  (table) => [
    uniqueIndex('sessions_token').on(table.tokenHash),
    index('sessions_open')
      .on(table.accountId)
      .where(sql`ended_at IS NULL`),
  ],
);

/** The base's account policy: one row (id 'policy'). */
export const accountPolicy = sqliteTable('account_policy', {
  ...recordColumns,
  idleMinutes: integer('idle_minutes').notNull(),
});

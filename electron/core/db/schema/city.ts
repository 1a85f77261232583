import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './columns';

/**
 * This base's link to the city store (市级汇总): one row. It holds the base's private signing key,
 * so it is never itself sent to the city (see services/city/tables.ts).
 */
export const cityLink = sqliteTable('city_link', {
  ...recordColumns,
  /** The city's X25519 public key (PEM) that packages are encrypted for; empty until imported. */
  cityPublicKey: text('city_public_key').notNull().default(''),
  /** This base's Ed25519 key pair (PEM) that signs its packages. */
  basePrivateKey: text('base_private_key').notNull(),
  basePublicKey: text('base_public_key').notNull(),
  /** The last package saved: its sequence number and upper `updated_at`. */
  lastSequence: integer('last_sequence').notNull().default(0),
  lastWatermark: text('last_watermark'),
  lastPackageAt: text('last_package_at'),
  lastRows: integer('last_rows').notNull().default(0),
});

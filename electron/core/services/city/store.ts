import { isNull } from 'drizzle-orm';
import type { CityLinkStatus } from '../../../../shared/contract/city';
import type { HandlerContext } from '../../context';
import { baseProfile, cityLink } from '../../db/schema';
import { fingerprint } from './package/keys';
import type { SyncedTable } from './tables';

export type CityLinkRow = typeof cityLink.$inferSelect;

export function readLink(ctx: HandlerContext): CityLinkRow | undefined {
  return ctx.db.select().from(cityLink).where(isNull(cityLink.deletedAt)).get();
}

export function readBaseIdentity(ctx: HandlerContext): { code: string; name: string } {
  const row = ctx.db
    .select({ code: baseProfile.orgCode, name: baseProfile.name })
    .from(baseProfile)
    .where(isNull(baseProfile.deletedAt))
    .get();
  return row ?? { code: '', name: '' };
}

export function insertLink(
  ctx: HandlerContext,
  values: Omit<typeof cityLink.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>,
) {
  ctx.db
    .insert(cityLink)
    .values({ id: ctx.newId(), createdAt: ctx.now, updatedAt: ctx.now, ...values })
    .run();
}

export function updateLink(ctx: HandlerContext, values: Partial<typeof cityLink.$inferInsert>) {
  ctx.db
    .update(cityLink)
    .set({ ...values, updatedAt: ctx.now })
    .where(isNull(cityLink.deletedAt))
    .run();
}

export function toStatus(row: CityLinkRow | undefined, baseCode: string): CityLinkStatus {
  return {
    baseCode,
    basePublicKey: row?.basePublicKey ?? null,
    baseKeyFingerprint: row ? fingerprint(row.basePublicKey) : null,
    cityKeyFingerprint: row?.cityPublicKey ? fingerprint(row.cityPublicKey) : null,
    lastSequence: row?.lastSequence ?? 0,
    lastPackageAt: row?.lastPackageAt ?? null,
    lastRows: row?.lastRows ?? 0,
  };
}

// Table and column names below come from the drizzle schema (tables.ts), never from input.
const quoted = (name: string) => `"${name}"`;

/** The rows of a synced table changed at or after `from` (all rows when null), as arrays in column order. */
export function iterateChangedRows(ctx: HandlerContext, table: SyncedTable, from: string | null): Iterable<unknown[]> {
  const columns = table.columns.map((column) => quoted(column.name)).join(', ');
  const statement = ctx.sqlite
    .prepare(`SELECT ${columns} FROM ${quoted(table.name)}${from === null ? '' : ' WHERE updated_at >= ?'}`)
    .raw();
  return (from === null ? statement.iterate() : statement.iterate(from)) as Iterable<unknown[]>;
}

export function countChangedRows(ctx: HandlerContext, table: SyncedTable, from: string | null): number {
  const statement = ctx.sqlite
    .prepare(`SELECT count(*) FROM ${quoted(table.name)}${from === null ? '' : ' WHERE updated_at >= ?'}`)
    .pluck();
  return (from === null ? statement.get() : statement.get(from)) as number;
}

/** The newest `updated_at` over the synced tables: the watermark the next package starts from. */
export function newestChange(ctx: HandlerContext, tables: readonly SyncedTable[]): string | null {
  const union = tables.map((table) => `SELECT max(updated_at) AS at FROM ${quoted(table.name)}`).join(' UNION ALL ');
  return ctx.sqlite.prepare(`SELECT max(at) FROM (${union})`).pluck().get() as string | null;
}

/** One snapshot for the whole package: every table is read in the same read transaction. */
export function inOneSnapshot<T>(ctx: HandlerContext, read: () => T): T {
  return ctx.sqlite.transaction(read)();
}

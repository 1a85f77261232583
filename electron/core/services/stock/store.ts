import type { StockMovementRow, StockReviewRow } from '@shared/contract/stock';
import { movementKindLabels, type MovementKind, type StockBalance, type StockItem } from '@shared/domain/stock/ledger';
import { reviewStatusLabels } from '@shared/domain/stock/maker-checker';
import type { HandlerContext } from '../../context';
import type { stockItemSettings, stockMovements, stockReviews } from '../../db/schema';

/** Every SQL statement of the stock ledger, with the row → contract mapping. */

type SettingsRow = typeof stockItemSettings.$inferSelect;
type MovementInsert = typeof stockMovements.$inferInsert;
type ReviewRow = typeof stockReviews.$inferSelect;
type ReviewInsert = typeof stockReviews.$inferInsert;

export type Ctx = Pick<HandlerContext, 'sqlite'>;

export function itemSettings(ctx: Ctx): SettingsRow[] {
  return ctx.sqlite
    .prepare(
      'SELECT item, low_threshold AS lowThreshold, started_at AS startedAt, updated_at AS updatedAt FROM stock_item_settings',
    )
    .all() as SettingsRow[];
}

export function itemSetting(ctx: Ctx, item: StockItem): SettingsRow | undefined {
  return itemSettings(ctx).find((row) => row.item === item);
}

export function upsertItemSetting(ctx: Ctx, row: SettingsRow) {
  ctx.sqlite
    .prepare(
      `INSERT INTO stock_item_settings (item, low_threshold, started_at, updated_at) VALUES (@item, @lowThreshold, @startedAt, @updatedAt)
       ON CONFLICT (item) DO UPDATE SET low_threshold = excluded.low_threshold, updated_at = excluded.updated_at`,
    )
    .run(row);
}

export interface LedgerHead extends StockBalance {
  seq: number;
}

/** The item's last row: its balances and the number the next row takes. */
export function ledgerHead(ctx: Ctx, item: StockItem): LedgerHead {
  const row = ctx.sqlite
    .prepare(
      'SELECT seq, available_after AS available, pending_after AS pending FROM stock_movements WHERE item = ? ORDER BY seq DESC LIMIT 1',
    )
    .get(item) as LedgerHead | undefined;
  return row ?? { seq: 0, available: 0, pending: 0 };
}

export function insertMovement(ctx: Ctx, row: Required<Omit<MovementInsert, 'deletedAt'>>) {
  ctx.sqlite
    .prepare(
      `INSERT INTO stock_movements (id, created_at, updated_at, item, seq, kind, quantity, available_after, pending_after, reason, cohort_id, ref_id, actor_id, actor_name)
       VALUES (@id, @createdAt, @updatedAt, @item, @seq, @kind, @quantity, @availableAfter, @pendingAfter, @reason, @cohortId, @refId, @actorId, @actorName)`,
    )
    .run(row);
}

const movementColumns = `m.id, m.item, m.seq, m.kind, m.quantity, m.available_after AS availableAfter, m.pending_after AS pendingAfter, m.reason,
  CASE WHEN cert.number IS NOT NULL AND c.name IS NOT NULL THEN cert.number || '（' || c.name || '）' ELSE coalesce(cert.number, c.name, '') END AS relatedTo, m.actor_name AS actorName, m.created_at AS createdAt`;
const movementJoins = 'LEFT JOIN cohorts c ON c.id = m.cohort_id LEFT JOIN certificates cert ON cert.id = m.ref_id';

type MovementSelect = Omit<StockMovementRow, 'kindLabel'>;
const toMovement = (row: MovementSelect): StockMovementRow => ({ ...row, kindLabel: movementKindLabels[row.kind] });

export function movementById(ctx: Ctx, id: string): StockMovementRow {
  return toMovement(
    ctx.sqlite
      .prepare(`SELECT ${movementColumns} FROM stock_movements m ${movementJoins} WHERE m.id = ?`)
      .get(id) as MovementSelect,
  );
}

/** Newest first, by keyset on the item's sequence: the ledger pages without OFFSET. */
export function listMovements(
  ctx: Ctx,
  filter: { item: StockItem; kind?: MovementKind; beforeSeq?: number; limit: number },
) {
  const where = [
    'm.item = @item',
    filter.kind ? 'm.kind = @kind' : '1',
    filter.beforeSeq ? 'm.seq < @beforeSeq' : '1',
  ].join(' AND ');
  const params = {
    item: filter.item,
    kind: filter.kind ?? null,
    beforeSeq: filter.beforeSeq ?? null,
    limit: filter.limit,
  };
  const rows = ctx.sqlite
    .prepare(
      `SELECT ${movementColumns} FROM stock_movements m ${movementJoins} WHERE ${where} ORDER BY m.seq DESC LIMIT @limit`,
    )
    .all(params) as MovementSelect[];
  const total = ctx.sqlite
    .prepare(`SELECT count(*) FROM stock_movements m WHERE m.item = @item AND ${filter.kind ? 'm.kind = @kind' : '1'}`)
    .pluck()
    .get({ item: filter.item, kind: filter.kind ?? null }) as number;
  return { rows: rows.map(toMovement), total };
}

/** The whole ledger in order, streamed, for the export. */
export function* allMovements(ctx: Ctx, item: StockItem | undefined): Generator<StockMovementRow> {
  const where = item ? 'WHERE m.item = ?' : '';
  const rows = ctx.sqlite
    .prepare(`SELECT ${movementColumns} FROM stock_movements m ${movementJoins} ${where} ORDER BY m.item, m.seq`)
    .iterate(...(item ? [item] : [])) as Iterable<MovementSelect>;
  for (const row of rows) yield toMovement(row);
}

export function countAllMovements(ctx: Ctx, item: StockItem | undefined): number {
  return ctx.sqlite
    .prepare(`SELECT count(*) FROM stock_movements ${item ? 'WHERE item = ?' : ''}`)
    .pluck()
    .get(...(item ? [item] : [])) as number;
}

/** The sheets a certificate drew at issue, per item (one each, or none when the ledger had not started). */
export function itemsDrawnBy(ctx: Ctx, certificateId: string): StockItem[] {
  return ctx.sqlite
    .prepare("SELECT item FROM stock_movements WHERE ref_id = ? AND kind = 'issue'")
    .pluck()
    .all(certificateId) as StockItem[];
}

/** The passes a cohort's results made official: what certificates may be printed for. */
const publishedPasses = `(SELECT count(*) FROM enrollments e WHERE e.cohort_id = c.id AND e.deleted_at IS NULL AND e.result = 'pass' AND e.result_published_at IS NOT NULL)`;

export interface BatchSums {
  cohortId: string;
  cohortName: string;
  passes: number;
  issued: number;
  returned: number;
  spoiled: number;
}

/** Blank-certificate movements per cohort, beside the cohort's published passes. */
export function batchSums(ctx: Ctx, cohortId?: string): BatchSums[] {
  return ctx.sqlite
    .prepare(
      `SELECT m.cohort_id AS cohortId, c.name AS cohortName, ${publishedPasses} AS passes,
         sum(CASE WHEN m.kind = 'issue' THEN m.quantity ELSE 0 END) AS issued,
         sum(CASE WHEN m.kind = 'return' THEN m.quantity ELSE 0 END) AS returned,
         sum(CASE WHEN m.kind = 'spoil' THEN m.quantity ELSE 0 END) AS spoiled
       FROM stock_movements m JOIN cohorts c ON c.id = m.cohort_id
       WHERE m.item = 'blank' AND m.kind IN ('issue', 'return', 'spoil') ${cohortId ? 'AND m.cohort_id = ?' : ''}
       GROUP BY m.cohort_id ORDER BY max(m.seq) DESC LIMIT 200`,
    )
    .all(...(cohortId ? [cohortId] : [])) as BatchSums[];
}

export function cohortPasses(ctx: Ctx, cohortId: string): number | undefined {
  return ctx.sqlite
    .prepare(`SELECT ${publishedPasses} FROM cohorts c WHERE c.id = ? AND c.deleted_at IS NULL`)
    .pluck()
    .get(cohortId) as number | undefined;
}

const reviewColumns = `id, kind, item, quantity, book_quantity AS bookQuantity, counted_quantity AS countedQuantity, reason, status,
  maker_id AS makerId, maker_name AS makerName, checker_id AS checkerId, checker_name AS checkerName, created_at AS createdAt,
  updated_at AS updatedAt, deleted_at AS deletedAt, decided_at AS decidedAt, decision_note AS decisionNote`;

export function toReview(row: ReviewRow): StockReviewRow {
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: row.kind === 'adjust' ? '盘点调整' : '销毁单',
    item: row.item,
    quantity: row.quantity,
    bookQuantity: row.bookQuantity,
    countedQuantity: row.countedQuantity,
    reason: row.reason,
    status: row.status,
    statusLabel: reviewStatusLabels[row.status],
    makerName: row.makerName,
    checkerName: row.checkerName,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    decisionNote: row.decisionNote,
  };
}

export function insertReview(
  ctx: Ctx,
  row: Required<Omit<ReviewInsert, 'deletedAt' | 'checkerId' | 'checkerName' | 'decidedAt' | 'decisionNote'>>,
) {
  ctx.sqlite
    .prepare(
      `INSERT INTO stock_reviews (id, created_at, updated_at, kind, item, quantity, book_quantity, counted_quantity, reason, status, maker_id, maker_name)
       VALUES (@id, @createdAt, @updatedAt, @kind, @item, @quantity, @bookQuantity, @countedQuantity, @reason, @status, @makerId, @makerName)`,
    )
    .run(row);
}

export function reviewById(ctx: Ctx, id: string): ReviewRow | undefined {
  return ctx.sqlite.prepare(`SELECT ${reviewColumns} FROM stock_reviews WHERE id = ?`).get(id) as ReviewRow | undefined;
}

export function pendingReviewsOf(ctx: Ctx, kind: ReviewRow['kind'], item: StockItem): ReviewRow[] {
  return ctx.sqlite
    .prepare(`SELECT ${reviewColumns} FROM stock_reviews WHERE status = 'pending' AND kind = ? AND item = ?`)
    .all(kind, item) as ReviewRow[];
}

export function decideReview(
  ctx: Ctx,
  decision: {
    id: string;
    status: 'approved' | 'rejected';
    checkerId: string;
    checkerName: string;
    at: string;
    note: string;
  },
) {
  ctx.sqlite
    .prepare(
      `UPDATE stock_reviews SET status = @status, checker_id = @checkerId, checker_name = @checkerName, decided_at = @at, updated_at = @at, decision_note = @note
       WHERE id = @id AND status = 'pending'`,
    )
    .run(decision);
}

/** Pending first (oldest first: the queue), then the last 100 decided. */
export function listReviews(ctx: Ctx, status?: ReviewRow['status']): StockReviewRow[] {
  const rows = status
    ? ctx.sqlite
        .prepare(
          `SELECT ${reviewColumns} FROM stock_reviews WHERE status = ? ORDER BY created_at ${status === 'pending' ? 'ASC' : 'DESC'} LIMIT 200`,
        )
        .all(status)
    : ctx.sqlite
        .prepare(
          `SELECT ${reviewColumns} FROM stock_reviews ORDER BY status = 'pending' DESC, created_at DESC LIMIT 200`,
        )
        .all();
  return (rows as ReviewRow[]).map(toReview);
}

export function countPendingReviews(ctx: Ctx): number {
  return ctx.sqlite.prepare("SELECT count(*) FROM stock_reviews WHERE status = 'pending'").pluck().get() as number;
}

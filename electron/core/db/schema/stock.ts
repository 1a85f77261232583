import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { movementKinds, stockItems } from '@shared/domain/stock/ledger';
import { cohorts } from './cohorts';
import { recordColumns } from './columns';

/** One row per item whose ledger the base has started (its first 入库): the low-stock line. */
export const stockItemSettings = sqliteTable('stock_item_settings', {
  item: text('item', { enum: stockItems }).primaryKey(),
  lowThreshold: integer('low_threshold').notNull(),
  startedAt: text('started_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * The ledger: every movement of every item, numbered per item, with the balances after it. Rows
 * are never changed or deleted, so the balances on any row can be checked against the rows before it.
 */
export const stockMovements = sqliteTable(
  'stock_movements',
  {
    ...recordColumns,
    item: text('item', { enum: stockItems }).notNull(),
    /** 1, 2, … per item: the ledger's 流水号 and its order. */
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: movementKinds }).notNull(),
    /** Sheets moved; an adjustment's is signed (counted − book). */
    quantity: integer('quantity').notNull(),
    availableAfter: integer('available_after').notNull(),
    pendingAfter: integer('pending_after').notNull(),
    reason: text('reason').notNull().default(''),
    /** The cohort of a print batch's issue, return or spoil. */
    cohortId: text('cohort_id').references(() => cohorts.id),
    /** The certificate voided, or the review (stocktake adjustment, destruction) that made the row. */
    refId: text('ref_id'),
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
  },
  (table) => [
    uniqueIndex('stock_movements_item_seq').on(table.item, table.seq),
    index('stock_movements_cohort').on(table.cohortId, table.kind),
    // A voided certificate finds the blanks it drew.
    index('stock_movements_ref').on(table.refId, table.kind),
  ],
);

/**
 * Changes that need a second person (maker-checker): a stocktake's difference (adjust) and a
 * destruction of sheets waiting for it (destroy). They move stock only when approved.
 */
export const stockReviews = sqliteTable(
  'stock_reviews',
  {
    ...recordColumns,
    kind: text('kind', { enum: ['adjust', 'destroy'] }).notNull(),
    item: text('item', { enum: stockItems }).notNull(),
    /** Destruction: sheets to destroy; adjustment: counted − book (signed). */
    quantity: integer('quantity').notNull(),
    /** Stocktake only: the book balance when counted, and the count. */
    bookQuantity: integer('book_quantity'),
    countedQuantity: integer('counted_quantity'),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull(),
    makerId: text('maker_id').notNull(),
    makerName: text('maker_name').notNull(),
    checkerId: text('checker_id'),
    checkerName: text('checker_name'),
    decidedAt: text('decided_at'),
    decisionNote: text('decision_note').notNull().default(''),
  },
  (table) => [index('stock_reviews_status').on(table.status, table.createdAt)],
);

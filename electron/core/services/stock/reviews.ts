import type { StockReviewRow, StocktakeResult } from '@shared/contract/stock';
import { stockItemLabels, type StockItem } from '@shared/domain/stock/ledger';
import { reviewRefusal } from '@shared/domain/stock/maker-checker';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { recordMovement } from './ledger';
import * as store from './store';

function submit(
  ctx: HandlerContext,
  review: {
    kind: 'adjust' | 'destroy';
    item: StockItem;
    quantity: number;
    reason: string;
    bookQuantity: number | null;
    countedQuantity: number | null;
  },
) {
  const id = ctx.newId();
  store.insertReview(ctx, {
    id,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    status: 'pending',
    makerId: ctx.actor.id,
    makerName: ctx.actor.name,
    ...review,
  });
  return store.toReview(store.reviewById(ctx, id)!);
}

/**
 * 盘点: the count against the book's available balance. A difference becomes an adjustment that
 * moves stock only when a second person approves it; a newer count replaces one still waiting.
 */
export function stocktake(
  ctx: HandlerContext,
  input: { item: StockItem; counted: number; reason: string },
): StocktakeResult {
  const label = stockItemLabels[input.item];
  if (!store.itemSetting(ctx, input.item)) throw new AppError('CONFLICT', `${label}尚未入库建账，无需盘点`);
  const book = store.ledgerHead(ctx, input.item).available;
  const difference = input.counted - book;
  for (const older of store.pendingReviewsOf(ctx, 'adjust', input.item)) {
    store.decideReview(ctx, {
      id: older.id,
      status: 'rejected',
      checkerId: ctx.actor.id,
      checkerName: ctx.actor.name,
      at: ctx.now,
      note: '已由新的盘点取代',
    });
  }
  if (difference === 0) {
    ctx.audit({ recordIds: [], summary: `${label}盘点：实盘 ${input.counted} 张，与账面相符` });
    return { book, counted: input.counted, difference, review: null };
  }
  if (!input.reason) {
    throw new AppError(
      'VALIDATION',
      `实盘 ${input.counted} 张，账面 ${book} 张，差 ${difference > 0 ? '+' : ''}${difference} 张：请填写差异原因`,
      {
        issues: [{ field: 'reason', message: '请填写差异原因' }],
      },
    );
  }
  const review = submit(ctx, {
    kind: 'adjust',
    item: input.item,
    quantity: difference,
    reason: input.reason,
    bookQuantity: book,
    countedQuantity: input.counted,
  });
  ctx.audit({
    recordIds: [review.id],
    summary: `${label}盘点：实盘 ${input.counted} 张，账面 ${book} 张，差 ${difference} 张（${input.reason}），待另一人审核`,
  });
  return { book, counted: input.counted, difference, review };
}

/** 销毁单: sheets waiting for destruction, destroyed once a second person confirms it. */
export function requestDestruction(
  ctx: HandlerContext,
  input: { item: StockItem; quantity: number; reason: string },
): StockReviewRow {
  const { pending } = store.ledgerHead(ctx, input.item);
  const label = stockItemLabels[input.item];
  const waiting = store.pendingReviewsOf(ctx, 'destroy', input.item).reduce((sum, row) => sum + row.quantity, 0);
  if (input.quantity > pending - waiting) {
    throw new AppError(
      'CONFLICT',
      `${label}待销毁 ${pending} 张${waiting ? `，其中 ${waiting} 张已在待审核的销毁单上` : ''}，不能再销毁 ${input.quantity} 张`,
    );
  }
  const review = submit(ctx, {
    kind: 'destroy',
    item: input.item,
    quantity: input.quantity,
    reason: input.reason,
    bookQuantity: null,
    countedQuantity: null,
  });
  ctx.audit({
    recordIds: [review.id],
    summary: `提交${label}销毁单 ${input.quantity} 张（${input.reason}），待另一人审核`,
  });
  return review;
}

/** The second person's decision; an approval writes the ledger row in the same transaction. */
export function decide(
  ctx: HandlerContext,
  input: { reviewId: string; approve: boolean; note: string },
): StockReviewRow {
  const review = store.reviewById(ctx, input.reviewId);
  if (!review) throw new AppError('NOT_FOUND', '这份审核事项不存在');
  const what = review.kind === 'adjust' ? '盘点调整' : '销毁单';
  const refusal = reviewRefusal(review.status, review.makerId, ctx.actor.id, what);
  if (refusal) throw new AppError(review.status === 'pending' ? 'FORBIDDEN' : 'CONFLICT', refusal);
  const label = stockItemLabels[review.item];
  if (input.approve) {
    if (review.kind === 'adjust' && store.ledgerHead(ctx, review.item).available !== review.bookQuantity) {
      throw new AppError(
        'CONFLICT',
        `盘点后${label}又有出入库，账面已不是 ${review.bookQuantity} 张；请驳回并重新盘点`,
      );
    }
    recordMovement(ctx, {
      item: review.item,
      kind: review.kind,
      quantity: review.quantity,
      reason: review.reason,
      refId: review.id,
    });
  } else if (!input.note) {
    throw new AppError('VALIDATION', '驳回时请填写理由', { issues: [{ field: 'note', message: '请填写驳回理由' }] });
  }
  store.decideReview(ctx, {
    id: review.id,
    status: input.approve ? 'approved' : 'rejected',
    checkerId: ctx.actor.id,
    checkerName: ctx.actor.name,
    at: ctx.now,
    note: input.note,
  });
  const quantity = review.kind === 'adjust' && review.quantity > 0 ? `+${review.quantity}` : String(review.quantity);
  ctx.audit({
    recordIds: [review.id],
    summary: `${input.approve ? '审核通过' : '驳回'}${label}${what}（${quantity} 张，提交人 ${review.makerName}）${input.note ? `：${input.note}` : ''}`,
  });
  return store.toReview(store.reviewById(ctx, review.id)!);
}

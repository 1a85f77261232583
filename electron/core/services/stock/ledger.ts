import type { PrintBatchRow, StockItemState, StockMovementRow, StockOverview } from '@shared/contract/stock';
import type { CertificateKind } from '@shared/domain/certificates/template';
import {
  applyMovement,
  defaultLowStockThreshold,
  isLowStock,
  movementKindLabels,
  stockItemLabels,
  stockItems,
  type MovementKind,
  type StockItem,
} from '@shared/domain/stock/ledger';
import { overLimitReason, usageLimit, usedBlanks } from '@shared/domain/stock/print-batch';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import * as store from './store';

export interface MovementRequest {
  item: StockItem;
  kind: MovementKind;
  quantity: number;
  reason?: string;
  cohortId?: string | null;
  refId?: string | null;
}

/** Writes one ledger row with the balances after it, or refuses (a balance never goes below zero). */
export function recordMovement(ctx: HandlerContext, request: MovementRequest): string {
  const head = store.ledgerHead(ctx, request.item);
  const outcome = applyMovement(request.item, head, request.kind, request.quantity);
  if (!outcome.ok) throw new AppError('CONFLICT', outcome.message);
  const id = ctx.newId();
  store.insertMovement(ctx, {
    id,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    item: request.item,
    seq: head.seq + 1,
    kind: request.kind,
    quantity: request.quantity,
    availableAfter: outcome.balance.available,
    pendingAfter: outcome.balance.pending,
    reason: request.reason ?? '',
    cohortId: request.cohortId ?? null,
    refId: request.refId ?? null,
    actorId: ctx.actor.id,
    actorName: ctx.actor.name,
  });
  return id;
}

export function itemState(ctx: HandlerContext, item: StockItem): StockItemState {
  const setting = store.itemSetting(ctx, item);
  const head = store.ledgerHead(ctx, item);
  const balance = { available: head.available, pending: head.pending };
  const lowThreshold = setting?.lowThreshold ?? defaultLowStockThreshold;
  return {
    item,
    label: stockItemLabels[item],
    balance,
    lowThreshold,
    low: Boolean(setting) && isLowStock(balance, lowThreshold),
    started: Boolean(setting),
  };
}

function toBatch(sums: store.BatchSums): PrintBatchRow {
  const counts = { printed: sums.issued - sums.returned, returned: sums.returned, spoiled: sums.spoiled };
  return {
    cohortId: sums.cohortId,
    cohortName: sums.cohortName,
    passes: sums.passes,
    limit: usageLimit(sums.passes),
    ...counts,
    used: usedBlanks(counts),
  };
}

export function overview(ctx: HandlerContext): StockOverview {
  return {
    items: stockItems.map((item) => itemState(ctx, item)),
    pendingReviews: store.countPendingReviews(ctx),
    batches: store.batchSums(ctx).map(toBatch),
  };
}

/** 入库: the first one starts the item's ledger, and from then on every skill-level certificate draws from it. */
export function receive(
  ctx: HandlerContext,
  input: { item: StockItem; quantity: number; reason: string },
): StockMovementRow {
  if (!store.itemSetting(ctx, input.item)) {
    store.upsertItemSetting(ctx, {
      item: input.item,
      lowThreshold: defaultLowStockThreshold,
      startedAt: ctx.now,
      updatedAt: ctx.now,
    });
  }
  const id = recordMovement(ctx, { ...input, kind: 'receive' });
  const row = store.movementById(ctx, id);
  ctx.audit({
    recordIds: [id],
    summary: `${stockItemLabels[input.item]}入库 ${input.quantity} 张（${input.reason}），入库后可用 ${row.availableAfter} 张`,
  });
  return row;
}

/** 损坏作废: spoiled sheets leave the cupboard for 待销毁; beyond ⌊passes × 1.1⌋ for the cohort the clerk says why. */
export function spoil(
  ctx: HandlerContext,
  input: { item: StockItem; quantity: number; reason: string; cohortId?: string; overLimitReason?: string },
): StockMovementRow {
  let reason = input.reason;
  if (input.cohortId && input.item === 'blank') {
    const passes = store.cohortPasses(ctx, input.cohortId);
    if (passes === undefined) throw new AppError('NOT_FOUND', '所选培训班不存在或已删除');
    const batch = store.batchSums(ctx, input.cohortId)[0];
    const refusal = overLimitReason(passes, batch ? toBatch(batch).used : 0, input.quantity);
    if (refusal && !input.overLimitReason)
      throw new AppError('VALIDATION', refusal, { issues: [{ field: 'overLimitReason', message: '请填写超领原因' }] });
    if (refusal) reason = `${reason}（超领：${input.overLimitReason}）`;
  }
  const id = recordMovement(ctx, {
    item: input.item,
    kind: 'spoil',
    quantity: input.quantity,
    reason,
    cohortId: input.cohortId ?? null,
  });
  const row = store.movementById(ctx, id);
  ctx.audit({
    recordIds: [id],
    summary: `${stockItemLabels[input.item]}损坏作废 ${input.quantity} 张：${reason}${row.relatedTo ? `（${row.relatedTo}）` : ''}`,
  });
  return row;
}

interface CertificateForStock {
  certificateId: string;
  kind: CertificateKind;
  cohortId: string | null;
}

/**
 * Called by the certificates service in the transaction that issues a certificate: a skill-level
 * certificate is printed onto one blank and handed out in one cover, so each started item gives one.
 */
export function drawStockForCertificate(ctx: HandlerContext, certificate: CertificateForStock) {
  if (certificate.kind !== 'skill') return;
  for (const setting of store.itemSettings(ctx)) {
    recordMovement(ctx, {
      item: setting.item,
      kind: 'issue',
      quantity: 1,
      cohortId: certificate.cohortId,
      refId: certificate.certificateId,
    });
  }
}

/**
 * Called by the certificates service in the transaction that voids a certificate: what it drew
 * goes back to the cupboard if it was never printed, else its paper waits to be destroyed.
 */
export function releaseStockOfCertificate(
  ctx: HandlerContext,
  certificate: CertificateForStock & { printed: boolean },
) {
  const kind: MovementKind = certificate.printed ? 'void' : 'return';
  for (const item of store.itemsDrawnBy(ctx, certificate.certificateId)) {
    recordMovement(ctx, {
      item,
      kind,
      quantity: 1,
      cohortId: certificate.cohortId,
      refId: certificate.certificateId,
      reason: `证书作废，${movementKindLabels[kind]}`,
    });
  }
}

export function setThreshold(ctx: HandlerContext, input: { item: StockItem; lowThreshold: number }): StockItemState {
  const setting = store.itemSetting(ctx, input.item);
  if (!setting)
    throw new AppError('CONFLICT', `${stockItemLabels[input.item]}尚未入库建账，请先登记第一次入库再设预警线`);
  store.upsertItemSetting(ctx, { ...setting, lowThreshold: input.lowThreshold, updatedAt: ctx.now });
  ctx.audit({ recordIds: [], summary: `${stockItemLabels[input.item]}库存预警线设为 ${input.lowThreshold} 张` });
  return itemState(ctx, input.item);
}

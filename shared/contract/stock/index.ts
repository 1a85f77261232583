import { z } from 'zod';
import {
  movementKinds,
  stockItems,
  type MovementKind,
  type StockBalance,
  type StockItem,
} from '../../domain/stock/ledger';
import type { ReviewStatus } from '../../domain/stock/maker-checker';
import { mutation, query } from '../infra/define';

const item = z.enum(stockItems, '请选择物品（空白证书或证书壳）');
const recordId = z.string().min(1, '缺少记录编号').max(64);
const reason = (what: string) => z.string().trim().min(1, `请填写${what}`).max(200, `${what}最多 200 字`);
const note = z.string().trim().max(200, '备注最多 200 字');
const sheets = (max: number) => z.number().int('数量须为整数').min(1, '数量至少为 1').max(max, `数量一次最多 ${max}`);

export interface StockItemState {
  item: StockItem;
  label: string;
  balance: StockBalance;
  lowThreshold: number;
  low: boolean;
  /** False until the first 入库: until then certificates are issued without drawing on the ledger. */
  started: boolean;
}

export interface StockMovementRow {
  id: string;
  item: StockItem;
  seq: number;
  kind: MovementKind;
  kindLabel: string;
  quantity: number;
  availableAfter: number;
  pendingAfter: number;
  reason: string;
  /** The cohort or the certificate number the movement belongs to, as a clerk reads it. */
  relatedTo: string;
  actorName: string;
  createdAt: string;
}

export interface StockReviewRow {
  id: string;
  kind: 'adjust' | 'destroy';
  kindLabel: string;
  item: StockItem;
  quantity: number;
  bookQuantity: number | null;
  countedQuantity: number | null;
  reason: string;
  status: ReviewStatus;
  statusLabel: string;
  makerName: string;
  checkerName: string | null;
  createdAt: string;
  decidedAt: string | null;
  decisionNote: string;
}

/** One cohort's print batch settlement: used = printed + returned + spoiled, within ⌊passes × 1.1⌋. */
export interface PrintBatchRow {
  cohortId: string;
  cohortName: string;
  passes: number;
  limit: number;
  printed: number;
  returned: number;
  spoiled: number;
  used: number;
}

export interface StockOverview {
  items: StockItemState[];
  pendingReviews: number;
  batches: PrintBatchRow[];
}

export interface StocktakeResult {
  book: number;
  counted: number;
  difference: number;
  /** The adjustment waiting for a second person, or null when the count matched the book. */
  review: StockReviewRow | null;
}

const xlsx = { extension: '.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

export const stockContract = {
  'stock.overview': query({
    input: z.object({}).strict(),
    role: 'viewer',
    title: '查看证书库存',
  }).returns<StockOverview>(),
  'stock.movements': query({
    input: z
      .object({
        item,
        kind: z.enum(movementKinds).optional(),
        beforeSeq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    role: 'viewer',
    title: '查看库存台账',
  }).returns<{ rows: StockMovementRow[]; total: number }>(),
  'stock.receive': mutation({
    input: z.object({ item, quantity: sheets(100_000), reason: reason('来源（如申领单号、发放单位）') }).strict(),
    role: 'clerk',
    title: '证书入库',
  }).returns<StockMovementRow>(),
  'stock.spoil': mutation({
    input: z
      .object({
        item,
        quantity: sheets(1000),
        reason: reason('作废原因'),
        cohortId: recordId.optional(),
        overLimitReason: note.optional(),
      })
      .strict(),
    role: 'clerk',
    title: '登记损坏作废',
  }).returns<StockMovementRow>(),
  'stock.stocktake': mutation({
    input: z
      .object({
        item,
        counted: z.number().int('实盘数须为整数').min(0, '实盘数不能为负').max(1_000_000, '实盘数过大'),
        reason: note,
      })
      .strict(),
    role: 'clerk',
    title: '库存盘点',
  }).returns<StocktakeResult>(),
  'stock.requestDestruction': mutation({
    input: z.object({ item, quantity: sheets(100_000), reason: reason('销毁说明（如销毁方式、地点）') }).strict(),
    role: 'clerk',
    title: '提交销毁单',
  }).returns<StockReviewRow>(),
  'stock.reviews': query({
    input: z.object({ status: z.enum(['pending', 'approved', 'rejected']).optional() }).strict(),
    role: 'viewer',
    title: '查看待审核事项',
  }).returns<StockReviewRow[]>(),
  'stock.decide': mutation({
    input: z.object({ reviewId: recordId, approve: z.boolean(), note }).strict(),
    role: 'clerk',
    title: '审核盘点调整或销毁单',
  }).returns<StockReviewRow>(),
  'stock.setThreshold': mutation({
    input: z
      .object({
        item,
        lowThreshold: z.number().int('预警线须为整数').min(0, '预警线不能为负').max(100_000, '预警线过大'),
      })
      .strict(),
    role: 'admin',
    title: '设置库存预警线',
  }).returns<StockItemState>(),
  'stock.exportLedger': query({
    input: z.object({ item: item.optional() }).strict(),
    role: 'viewer',
    title: '导出证书库存台账',
    job: { download: xlsx },
  }).returns<{
    fileName: string;
    rows: number;
  }>(),
  'stock.exportStocktakeSheet': query({
    input: z.object({}).strict(),
    role: 'viewer',
    title: '导出盘点表',
    job: { download: xlsx },
  }).returns<{ fileName: string; rows: number }>(),
};

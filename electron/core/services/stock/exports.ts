import type { StockMovementRow } from '@shared/contract/stock';
import { stockItemLabels, stockItems, type StockItem } from '@shared/domain/stock/ledger';
import type { HandlerContext } from '../../context';
import { writeXlsxFile, type XlsxColumn } from '../../files/xlsx-writer';
import { itemState } from './ledger';
import * as store from './store';

const instant = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/** 证书库存台账.xlsx: every row of the ledger with the balances after it. */
export async function exportLedger(ctx: HandlerContext, item: StockItem | undefined) {
  const columns: XlsxColumn<StockMovementRow>[] = [
    { header: '物品', width: 10, value: (r) => stockItemLabels[r.item] },
    { header: '流水号', width: 8, value: (r) => r.seq },
    { header: '时间', width: 20, text: true, value: (r) => instant(r.createdAt) },
    { header: '类型', width: 10, value: (r) => r.kindLabel },
    { header: '数量', width: 8, value: (r) => r.quantity },
    { header: '可用结余', width: 10, value: (r) => r.availableAfter },
    { header: '待销毁', width: 10, value: (r) => r.pendingAfter },
    { header: '关联', width: 34, value: (r) => r.relatedTo },
    { header: '原因 / 来源', width: 30, value: (r) => r.reason },
    { header: '经办人', width: 10, value: (r) => r.actorName },
  ];
  const total = store.countAllMovements(ctx, item);
  await writeXlsxFile(
    ctx.files.output!.path,
    {
      sheetName: '库存台账',
      title: `证书库存台账${item ? `（${stockItemLabels[item]}）` : ''}`,
      columns,
      rows: store.allMovements(ctx, item),
      print: { orientation: 'landscape' },
    },
    (written) => {
      ctx.job.checkCancelled();
      ctx.job.progress(written, total, `正在导出库存台账：${written} / ${total} 行`);
    },
  );
  return { fileName: ctx.files.output!.name, rows: total };
}

interface StocktakeLine {
  label: string;
  available: number;
  pending: number;
}

/** 盘点表: the book balances with blank columns for the count, signed by the counter and a second person. */
export async function exportStocktakeSheet(ctx: HandlerContext) {
  const lines: StocktakeLine[] = stockItems.map((item) => {
    const state = itemState(ctx, item);
    return { label: state.label, ...state.balance };
  });
  const columns: XlsxColumn<StocktakeLine>[] = [
    { header: '物品', width: 14, value: (r) => r.label },
    { header: '账面可用', width: 12, value: (r) => r.available },
    { header: '账面待销毁', width: 12, value: (r) => r.pending },
    { header: '实盘可用', width: 12, value: () => null },
    { header: '差异', width: 10, value: () => null },
    { header: '差异原因', width: 30, value: () => null },
  ];
  await writeXlsxFile(
    ctx.files.output!.path,
    {
      sheetName: '盘点表',
      title: '空白证书盘点表',
      subtitle: `账面截至 ${ctx.today}`,
      columns,
      rows: lines,
      footer: ['盘点人：', '复核人：', '盘点日期：'],
      print: { orientation: 'portrait' },
    },
    () => ctx.job.checkCancelled(),
  );
  return { fileName: ctx.files.output!.name, rows: lines.length };
}

/**
 * The blank-certificate ledger (空白证书台账): accountable paper, where every sheet received is
 * either still in the cupboard, on a certificate, waiting to be destroyed, or destroyed. Two
 * balances per item, after the kaopingyunwei ledger: 可用 (available) and 待销毁 (pending destruction).
 */
export const stockItems = ['blank', 'cover'] as const;
export type StockItem = (typeof stockItems)[number];
export const stockItemLabels: Record<StockItem, string> = { blank: '空白证书', cover: '证书壳' };

export const movementKinds = ['receive', 'issue', 'return', 'void', 'spoil', 'destroy', 'adjust'] as const;
export type MovementKind = (typeof movementKinds)[number];
export const movementKindLabels: Record<MovementKind, string> = {
  receive: '入库',
  issue: '签发领用',
  return: '退回',
  void: '证书作废',
  spoil: '损坏作废',
  destroy: '销毁',
  adjust: '盘点调整',
};

export interface StockBalance {
  available: number;
  pending: number;
}

export const emptyBalance: StockBalance = { available: 0, pending: 0 };

/**
 * What a movement of `quantity` sheets does to the balances. Every quantity is positive except an
 * adjustment's, which is the stocktake's difference (counted − book) and carries its own sign.
 * - issue: a skill certificate was issued onto a blank (the print batch's 领用);
 * - return: the certificate was voided before it was printed, so its blank goes back;
 * - void: a printed certificate was voided: its paper now waits to be destroyed;
 * - spoil: a sheet spoiled in the printer (卡纸, 错位): out of the cupboard, into 待销毁.
 */
export function movementEffect(kind: MovementKind, quantity: number): StockBalance {
  switch (kind) {
    case 'receive':
    case 'return':
      return { available: quantity, pending: 0 };
    case 'issue':
      return { available: -quantity, pending: 0 };
    case 'void':
      return { available: 0, pending: quantity };
    case 'spoil':
      return { available: -quantity, pending: quantity };
    case 'destroy':
      return { available: 0, pending: -quantity };
    case 'adjust':
      return { available: quantity, pending: 0 };
  }
}

export type MovementOutcome = { ok: true; balance: StockBalance } | { ok: false; message: string };

/** The balances after a movement, or why it is refused: a balance never goes below zero. */
export function applyMovement(
  item: StockItem,
  balance: StockBalance,
  kind: MovementKind,
  quantity: number,
): MovementOutcome {
  if (!Number.isInteger(quantity) || (kind === 'adjust' ? quantity === 0 : quantity <= 0)) {
    return { ok: false, message: `${movementKindLabels[kind]}的数量须为${kind === 'adjust' ? '非零' : '正'}整数` };
  }
  const effect = movementEffect(kind, quantity);
  const next = { available: balance.available + effect.available, pending: balance.pending + effect.pending };
  const label = stockItemLabels[item];
  if (next.available < 0) {
    return {
      ok: false,
      message: `${label}可用库存不足：现有 ${balance.available} 张，${movementKindLabels[kind]}需 ${-effect.available} 张，请先入库或核对数量`,
    };
  }
  if (next.pending < 0) {
    return { ok: false, message: `${label}待销毁只有 ${balance.pending} 张，不能销毁 ${-effect.pending} 张` };
  }
  return { ok: true, balance: next };
}

/** The default low-stock line (kaopingyunwei's 50); each base sets its own per item. */
export const defaultLowStockThreshold = 50;

export function isLowStock(balance: StockBalance, threshold: number): boolean {
  return balance.available < threshold;
}

import { yuanLabel, type Fen } from './fen';

/**
 * The money rules shared by the union's subsidy tranches and the mentors' allowances: each
 * instalment is paid at most once, only when its condition holds; every entry (a payment or its
 * reversal) is confirmed by a second person before it counts; nothing is edited, a reversal is a
 * new entry; a forfeiture stops what is not paid yet. Amounts are integer fen.
 */
export interface Instalment {
  amount: Fen;
  /** Its due condition holds (enrolled, the year passed, graduated, the month served…). */
  conditionMet: boolean;
  forfeited: boolean;
}

export interface MoneyEntry {
  id: string;
  /** > 0 a payment; < 0 the reversal of one (same size, opposite sign). */
  amount: Fen;
  /** The payment a reversal undoes. */
  reversesId: string | null;
  /** entered: awaiting the second person; confirmed: counts; returned: the checker sent it back, kept but void. */
  state: MoneyEntryState;
}

export const moneyEntryStates = ['entered', 'confirmed', 'returned'] as const;
export type MoneyEntryState = (typeof moneyEntryStates)[number];

export const instalmentStatuses = ['paid', 'awaiting', 'due', 'upcoming', 'forfeited'] as const;
export type InstalmentStatus = (typeof instalmentStatuses)[number];

export const instalmentStatusLabels: Record<InstalmentStatus, string> = {
  paid: '已发放',
  awaiting: '待复核',
  due: '应发未发',
  upcoming: '未到条件',
  forfeited: '已取消',
};

/** What the confirmed entries have paid out on one instalment: 0 or its amount. */
export function netPaid(entries: readonly MoneyEntry[]): Fen {
  return entries.filter((e) => e.state === 'confirmed').reduce((sum, e) => sum + e.amount, 0);
}

const isAwaiting = (e: MoneyEntry) => e.state === 'entered';

export function instalmentStatus(instalment: Instalment, entries: readonly MoneyEntry[]): InstalmentStatus {
  if (entries.some(isAwaiting)) return 'awaiting';
  if (netPaid(entries) > 0) return 'paid';
  if (instalment.forfeited) return 'forfeited';
  return instalment.conditionMet ? 'due' : 'upcoming';
}

/** Why a payment may not be entered now, in words; null when it may. */
export function paymentRefusal(instalment: Instalment, entries: readonly MoneyEntry[], amount: Fen): string | null {
  const status = instalmentStatus(instalment, entries);
  if (status === 'awaiting') return '这一笔已有一条待复核的记录，复核后再操作';
  if (status === 'paid') return '这一笔已经发放过，不能重复发放';
  if (status === 'forfeited') return '这一笔已取消，不能发放';
  if (status === 'upcoming') return '发放条件还未满足';
  if (amount !== instalment.amount) return `金额须与计划一致（应为 ${yuanLabel(instalment.amount)}）`;
  return null;
}

/** Why a confirmed payment may not be reversed now; null when it may. */
export function reversalRefusal(payment: MoneyEntry, entries: readonly MoneyEntry[]): string | null {
  if (payment.amount <= 0) return '只能冲销一笔发放';
  if (payment.state !== 'confirmed') return '这笔发放还未复核生效，不需要冲销';
  if (entries.some((e) => e.reversesId === payment.id && e.state !== 'returned')) return '这笔发放已经冲销过';
  if (entries.some(isAwaiting)) return '这一笔已有一条待复核的记录，复核后再操作';
  return null;
}

/** Forfeiture waits while money is half-way (entered, not confirmed): it is either paid or not. */
export function forfeitureRefusal(entriesPerInstalment: readonly (readonly MoneyEntry[])[]): string | null {
  const awaiting = entriesPerInstalment.filter((entries) => entries.some(isAwaiting)).length;
  return awaiting > 0 ? `有 ${awaiting} 笔发放待复核，请先复核或退回，再办理取消` : null;
}

export interface MoneySummary {
  planned: Fen;
  paid: Fen;
  /** Condition holds, not paid yet (including entries awaiting confirmation). */
  due: Fen;
  awaiting: Fen;
  /** Condition not reached yet. */
  upcoming: Fen;
  forfeited: Fen;
}

/** paid + due + upcoming + forfeited = planned, for one plan or a whole ledger. */
export function summarise(items: readonly { instalment: Instalment; entries: readonly MoneyEntry[] }[]): MoneySummary {
  const summary: MoneySummary = { planned: 0, paid: 0, due: 0, awaiting: 0, upcoming: 0, forfeited: 0 };
  for (const { instalment, entries } of items) {
    summary.planned += instalment.amount;
    const status = instalmentStatus(instalment, entries);
    const paid = netPaid(entries);
    summary.paid += paid;
    if (status === 'awaiting') {
      // An entry awaiting confirmation sits where it will land: a payment in due, a reversal in paid.
      if (paid === 0) {
        summary.due += instalment.amount;
        summary.awaiting += instalment.amount;
      } else summary.awaiting += instalment.amount;
    } else if (status === 'due') summary.due += instalment.amount;
    else if (status === 'upcoming') summary.upcoming += instalment.amount;
    else if (status === 'forfeited') summary.forfeited += instalment.amount;
  }
  return summary;
}

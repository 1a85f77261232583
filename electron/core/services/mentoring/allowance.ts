import type { AllowanceInstalmentView, AllowancePaymentRow } from '@shared/contract/mentoring';
import { allowanceSchedule, type AllowanceInstalment } from '@shared/domain/mentoring/agreements';
import { yuanLabel } from '@shared/domain/money/fen';
import {
  forfeitureRefusal,
  instalmentStatus,
  instalmentStatusLabels,
  paymentRefusal,
  reversalRefusal,
  summarise,
  type MoneyEntry,
  type MoneySummary,
} from '@shared/domain/money/instalments';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import * as store from './store';

const entryStateLabels = { entered: '待复核', confirmed: '已复核', returned: '已退回' } as const;

function instalmentLabel(seq: number, label: string) {
  return `第 ${seq} 笔（${label}）`;
}

function toPaymentRow(row: store.PaymentRecord, labels: readonly string[]): AllowancePaymentRow {
  return {
    id: row.id,
    agreementId: row.agreementId,
    seq: row.seq,
    amountFen: row.amountFen,
    reversesId: row.reversesId,
    state: row.state,
    stateLabel: `${row.amountFen < 0 ? '冲销' : ''}${entryStateLabels[row.state]}`,
    paidOn: row.paidOn,
    note: row.note,
    makerName: row.makerName,
    checkerName: row.checkerName,
    checkedAt: row.checkedAt,
    returnNote: row.returnNote,
    mentorName: row.mentorName,
    apprenticeName: row.apprenticeName,
    instalmentLabel: instalmentLabel(row.seq, labels[row.seq - 1] ?? ''),
  };
}

const toEntry = (row: store.PaymentRecord): MoneyEntry => ({
  id: row.id,
  amount: row.amountFen,
  reversesId: row.reversesId,
  state: row.state,
});

function scheduleOf(ctx: HandlerContext, a: store.AgreementValues): AllowanceInstalment[] {
  return allowanceSchedule(a, a, ctx.today);
}

/** The allowance instalments with their payments and what may be done with each, and the sums. */
export function allowanceView(
  ctx: HandlerContext,
  a: store.AgreementValues,
): { schedule: AllowanceInstalmentView[]; summary: MoneySummary } {
  const payments = store.paymentsOf(ctx, a.id);
  const schedule = scheduleOf(ctx, a);
  const labels = schedule.map((i) => i.label);
  const items = schedule.map((instalment, k) => {
    const rows = payments.filter((p) => p.seq === k + 1);
    return { instalment, rows, entries: rows.map(toEntry) };
  });
  return {
    schedule: items.map(({ instalment, rows, entries }, k) => {
      const status = instalmentStatus(instalment, entries);
      return {
        seq: k + 1,
        label: instalment.label,
        amountFen: instalment.amount,
        status,
        statusLabel: instalmentStatusLabels[status],
        paymentRefusal: paymentRefusal(instalment, entries, instalment.amount),
        entries: rows.map((r) => toPaymentRow(r, labels)),
      };
    }),
    summary: summarise(items),
  };
}

function newEntry(
  ctx: HandlerContext,
  values: Pick<store.PaymentValues, 'agreementId' | 'seq' | 'amountFen' | 'reversesId' | 'paidOn' | 'note'>,
) {
  const id = ctx.newId();
  store.insertPayment(ctx, {
    ...values,
    id,
    createdAt: ctx.now,
    state: 'entered',
    makerId: ctx.actor.id,
    makerName: ctx.actor.name,
    checkerId: null,
    checkerName: null,
    checkedAt: null,
    returnNote: '',
  });
  return id;
}

/** Money half-way (entered, not confirmed) is decided before an agreement closes: it is either paid or not. */
export function closingRefusal(ctx: HandlerContext, agreementId: string): string | null {
  const payments = store.paymentsOf(ctx, agreementId);
  const seqs = [...new Set(payments.map((p) => p.seq))];
  return forfeitureRefusal(seqs.map((seq) => payments.filter((p) => p.seq === seq).map(toEntry)));
}

/** 录入发放: only when the instalment's condition holds, for its exact amount; it counts once confirmed. */
export function enterPayment(
  ctx: HandlerContext,
  a: store.AgreementRecord,
  input: { seq: number; amountFen: number; paidOn: string; note: string },
) {
  const instalment = scheduleOf(ctx, a)[input.seq - 1];
  if (!instalment) throw new AppError('NOT_FOUND', `这份协议没有第 ${input.seq} 笔津贴`);
  if (input.paidOn > ctx.today) throw new AppError('CONFLICT', `发放日期 ${input.paidOn} 在今天之后`);
  const entries = store
    .paymentsOf(ctx, a.id)
    .filter((p) => p.seq === input.seq)
    .map(toEntry);
  const refusal = paymentRefusal(instalment, entries, input.amountFen);
  if (refusal) throw new AppError('CONFLICT', refusal);
  const id = newEntry(ctx, {
    agreementId: a.id,
    seq: input.seq,
    amountFen: input.amountFen,
    reversesId: null,
    paidOn: input.paidOn,
    note: input.note,
  });
  ctx.audit({
    recordIds: [id, a.id],
    summary: `录入师傅${a.mentorName}带徒${a.apprenticeName}的津贴${instalmentLabel(input.seq, instalment.label)} ${yuanLabel(input.amountFen)}，待另一人复核`,
  });
}

/** 冲销: never an edit; a new entry of the opposite sign, itself confirmed by a second person. */
export function reversePayment(ctx: HandlerContext, input: { paymentId: string; on: string; reason: string }): string {
  const payment = store.paymentsByIds(ctx, [input.paymentId])[0];
  if (!payment) throw new AppError('NOT_FOUND', '这笔津贴发放记录不存在');
  if (input.on > ctx.today) throw new AppError('CONFLICT', `冲销日期 ${input.on} 在今天之后`);
  const entries = store
    .paymentsOf(ctx, payment.agreementId)
    .filter((p) => p.seq === payment.seq)
    .map(toEntry);
  const refusal = reversalRefusal(toEntry(payment), entries);
  if (refusal) throw new AppError('CONFLICT', refusal);
  const id = newEntry(ctx, {
    agreementId: payment.agreementId,
    seq: payment.seq,
    amountFen: -payment.amountFen,
    reversesId: payment.id,
    paidOn: input.on,
    note: input.reason,
  });
  ctx.audit({
    recordIds: [id, payment.id],
    summary: `冲销师傅${payment.mentorName}带徒${payment.apprenticeName}的津贴 ${yuanLabel(payment.amountFen)}（${input.reason}），待另一人复核`,
  });
  return payment.agreementId;
}

export function pendingPayments(ctx: HandlerContext, limit: number) {
  const rows = store.pendingPayments(ctx, limit);
  const labels = new Map<string, string[]>();
  return {
    rows: rows.map((r) => {
      let list = labels.get(r.agreementId);
      if (!list) {
        list = scheduleOf(ctx, store.agreementById(ctx, r.agreementId)!).map((i) => i.label);
        labels.set(r.agreementId, list);
      }
      return toPaymentRow(r, list);
    }),
    total: store.pendingCount(ctx),
  };
}

/** The makers the router's maker-checker rule compares with the checker. */
export function paymentMakers(ctx: HandlerContext, ids: readonly string[]): string[] {
  return [...new Set(store.paymentsByIds(ctx, ids).map((r) => r.makerId))];
}

/** The checker's decision on entries still waiting: all of them, or none if one was decided meanwhile. */
export function decidePayments(
  ctx: HandlerContext,
  ids: readonly string[],
  decision: { state: 'confirmed' | 'returned'; note: string },
) {
  const unique = [...new Set(ids)];
  const rows = store.paymentsByIds(ctx, unique);
  if (rows.length !== unique.length) throw new AppError('NOT_FOUND', '有津贴发放记录不存在，请刷新后再试');
  const decided = rows.filter((r) => r.state !== 'entered');
  if (decided.length) {
    throw new AppError(
      'CONFLICT',
      `${decided.map((r) => `${r.mentorName}带徒${r.apprenticeName}的津贴`).join('、')}已经复核过，请刷新后再试`,
    );
  }
  for (const row of rows) {
    store.decidePayment(ctx, {
      id: row.id,
      ...decision,
      checkerId: ctx.actor.id,
      checkerName: ctx.actor.name,
      now: ctx.now,
    });
  }
  const totalFen = rows.reduce((sum, r) => sum + r.amountFen, 0);
  ctx.audit({
    recordIds: rows.map((r) => r.id),
    summary:
      decision.state === 'confirmed'
        ? `复核确认带徒津贴发放 ${rows.length} 笔，合计 ${yuanLabel(totalFen)}（录入人 ${[...new Set(rows.map((r) => r.makerName))].join('、')}）`
        : `退回带徒津贴发放 ${rows.length} 笔：${decision.note}`,
  });
  return { count: rows.length, totalFen };
}

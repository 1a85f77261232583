import type { LedgerRow, PaymentRow, PlanView } from '@shared/contract/diploma';
import { endedStates, diplomaStateLabels } from '@shared/domain/diploma/lifecycle';
import {
  defaultSchemes,
  forfeitReasonLabels,
  schemeEligibility,
  schemeTotal,
  trancheConditionLabels,
  trancheConditionMet,
  type ForfeitReason,
  type SubsidyFacts,
} from '@shared/domain/diploma/schemes';
import { yuanLabel } from '@shared/domain/money/fen';
import {
  forfeitureRefusal,
  instalmentStatus,
  instalmentStatusLabels,
  paymentRefusal,
  reversalRefusal,
  summarise,
  type Instalment,
  type MoneyEntry,
} from '@shared/domain/money/instalments';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import * as store from './store';

const entryStateLabels = { entered: '待复核', confirmed: '已复核', returned: '已退回' } as const;

export function toPaymentRow(row: store.PaymentRecord): PaymentRow {
  return {
    id: row.id,
    trancheId: row.trancheId,
    amountFen: row.amountFen,
    reversesId: row.reversesId,
    state: row.state,
    stateLabel: row.amountFen < 0 ? `冲销${entryStateLabels[row.state]}` : entryStateLabels[row.state],
    paidOn: row.paidOn,
    note: row.note,
    makerName: row.makerName,
    checkerName: row.checkerName,
    checkedAt: row.checkedAt,
    returnNote: row.returnNote,
    createdAt: row.createdAt,
    traineeName: row.traineeName,
    schemeName: row.schemeName,
    trancheLabel: `第 ${row.seq} 笔（${trancheConditionLabels[row.condition]}）`,
    enrollmentId: row.enrollmentId,
  };
}

const toEntry = (row: store.PaymentRecord): MoneyEntry => ({
  id: row.id,
  amount: row.amountFen,
  reversesId: row.reversesId,
  state: row.state,
});

type EnrollmentFacts = Pick<store.EnrollmentRecord, 'state' | 'admittedOn' | 'yearsPassed'>;

function instalmentOf(tranche: store.TrancheRecord, plan: store.PlanRecord, e: EnrollmentFacts): Instalment {
  return {
    amount: tranche.amountFen,
    conditionMet: trancheConditionMet(tranche.condition, e),
    forfeited: plan.forfeitedOn !== null,
  };
}

/** The entries of each tranche of a plan, in tranche order. */
export function planEntries(ctx: HandlerContext, planId: string): MoneyEntry[][] {
  const payments = store.paymentsOfPlan(ctx, planId);
  return store.tranchesOf(ctx, planId).map((t) => payments.filter((p) => p.trancheId === t.id).map(toEntry));
}

export function planView(
  ctx: HandlerContext,
  e: EnrollmentFacts,
  plan: store.PlanRecord,
): PlanView & { excludes: string[] } {
  const payments = store.paymentsOfPlan(ctx, plan.id);
  const items = store.tranchesOf(ctx, plan.id).map((tranche) => {
    const rows = payments.filter((p) => p.trancheId === tranche.id);
    return { tranche, rows, instalment: instalmentOf(tranche, plan, e), entries: rows.map(toEntry) };
  });
  return {
    id: plan.id,
    schemeCode: plan.schemeCode,
    schemeName: plan.schemeName,
    funder: plan.funder,
    plannedFen: plan.plannedFen,
    forfeitedOn: plan.forfeitedOn,
    forfeitReason: plan.forfeitReason,
    forfeitReasonLabel: plan.forfeitReason ? forfeitReasonLabels[plan.forfeitReason] : null,
    forfeitNote: plan.forfeitNote,
    excludes: JSON.parse(plan.excludes) as string[],
    tranches: items.map(({ tranche, rows, instalment, entries }) => {
      const status = instalmentStatus(instalment, entries);
      return {
        id: tranche.id,
        seq: tranche.seq,
        condition: tranche.condition,
        conditionLabel: trancheConditionLabels[tranche.condition],
        amountFen: tranche.amountFen,
        status,
        statusLabel: instalmentStatusLabels[status],
        paymentRefusal: paymentRefusal(instalment, entries, tranche.amountFen),
        entries: rows.map(toPaymentRow),
      };
    }),
    summary: summarise(items),
  };
}

/** 申请补助: the scheme's conditions and the not-both rule decide, with the reason in words. */
export function planSubsidy(ctx: HandlerContext, e: store.EnrollmentRecord, schemeCode: string) {
  const scheme = defaultSchemes.find((s) => s.code === schemeCode);
  if (!scheme) throw new AppError('NOT_FOUND', '没有这个补助项目');
  if (endedStates.includes(e.state) && e.state !== 'graduated') {
    throw new AppError('CONFLICT', `“${diplomaStateLabels[e.state]}”的学员不能再申请补助`);
  }
  const plans = store.plansOf(ctx, e.id);
  const held = plans.map((p) => ({
    code: p.schemeCode,
    name: p.schemeName,
    excludes: JSON.parse(p.excludes) as string[],
  }));
  const result = schemeEligibility(scheme, JSON.parse(e.facts) as SubsidyFacts, held);
  if (!result.eligible) {
    throw new AppError(
      'CONFLICT',
      `不符合${scheme.name}的条件：${result.lines
        .filter((l) => !l.met)
        .map((l) => l.text)
        .join('；')}`,
    );
  }
  const planId = ctx.newId();
  store.insertPlan(ctx, {
    id: planId,
    enrollmentId: e.id,
    schemeCode: scheme.code,
    schemeName: scheme.name,
    funder: scheme.funder,
    excludes: JSON.stringify(scheme.excludes),
    plannedFen: schemeTotal(scheme),
    now: ctx.now,
    createdById: ctx.actor.id,
    createdByName: ctx.actor.name,
  });
  scheme.tranches.forEach((t, i) =>
    store.insertTranche(ctx, {
      id: ctx.newId(),
      planId,
      seq: i + 1,
      condition: t.condition,
      amountFen: t.amount,
      now: ctx.now,
    }),
  );
  const trainee = store.trainee(ctx, e.traineeId);
  ctx.audit({
    recordIds: [planId, e.id],
    summary: `${trainee?.name ?? ''}申请${scheme.name}，计划 ${yuanLabel(schemeTotal(scheme))}，分 ${scheme.tranches.length} 笔`,
  });
}

/** 取消剩余补助 for a reason the clerk records (leaving study is done by the move itself). */
export function forfeit(
  ctx: HandlerContext,
  input: { planId: string; reason: ForfeitReason; on: string; note: string },
) {
  const plan = store.planById(ctx, input.planId);
  if (!plan) throw new AppError('NOT_FOUND', '这项补助不存在');
  if (plan.forfeitedOn) throw new AppError('CONFLICT', `这项补助已于 ${plan.forfeitedOn} 取消`);
  if (input.on > ctx.today) throw new AppError('CONFLICT', `日期 ${input.on} 在今天之后`);
  const waiting = forfeitureRefusal(planEntries(ctx, plan.id));
  if (waiting) throw new AppError('CONFLICT', waiting);
  store.forfeitPlan(ctx, { id: plan.id, on: input.on, reason: input.reason, note: input.note, now: ctx.now });
  ctx.audit({
    recordIds: [plan.id],
    summary: `取消${plan.schemeName}尚未发放的各笔：${forfeitReasonLabels[input.reason]}${input.note ? `，${input.note}` : ''}`,
  });
  return plan.enrollmentId;
}

function trancheContext(ctx: HandlerContext, trancheId: string) {
  const tranche = store.trancheById(ctx, trancheId);
  if (!tranche) throw new AppError('NOT_FOUND', '这一笔补助不存在');
  const plan = store.planById(ctx, tranche.planId)!;
  const e = store.enrollmentById(ctx, plan.enrollmentId)!;
  return { tranche, plan, e, payments: store.paymentsOfTranche(ctx, tranche.id) };
}

/** 录入发放: only when the tranche's condition holds, for its exact amount; it counts once confirmed. */
export function enterPayment(
  ctx: HandlerContext,
  input: { trancheId: string; amountFen: number; paidOn: string; note: string },
): PaymentRow {
  const { tranche, plan, e, payments } = trancheContext(ctx, input.trancheId);
  if (input.paidOn > ctx.today) throw new AppError('CONFLICT', `发放日期 ${input.paidOn} 在今天之后`);
  const refusal = paymentRefusal(instalmentOf(tranche, plan, e), payments.map(toEntry), input.amountFen);
  if (refusal) throw new AppError('CONFLICT', refusal);
  const id = ctx.newId();
  store.insertPayment(ctx, {
    id,
    trancheId: tranche.id,
    amountFen: input.amountFen,
    reversesId: null,
    paidOn: input.paidOn,
    note: input.note,
    makerId: ctx.actor.id,
    makerName: ctx.actor.name,
    now: ctx.now,
  });
  const row = toPaymentRow(store.paymentsByIds(ctx, [id])[0]!);
  ctx.audit({
    recordIds: [id, plan.id],
    summary: `录入${row.traineeName}${plan.schemeName}${row.trancheLabel}发放 ${yuanLabel(input.amountFen)}，待另一人复核`,
  });
  return row;
}

/** 冲销: never an edit; a new entry of the opposite sign, itself confirmed by a second person. */
export function reversePayment(
  ctx: HandlerContext,
  input: { paymentId: string; on: string; reason: string },
): PaymentRow {
  const payment = store.paymentsByIds(ctx, [input.paymentId])[0];
  if (!payment) throw new AppError('NOT_FOUND', '这笔发放记录不存在');
  if (input.on > ctx.today) throw new AppError('CONFLICT', `冲销日期 ${input.on} 在今天之后`);
  const refusal = reversalRefusal(toEntry(payment), store.paymentsOfTranche(ctx, payment.trancheId).map(toEntry));
  if (refusal) throw new AppError('CONFLICT', refusal);
  const id = ctx.newId();
  store.insertPayment(ctx, {
    id,
    trancheId: payment.trancheId,
    amountFen: -payment.amountFen,
    reversesId: payment.id,
    paidOn: input.on,
    note: input.reason,
    makerId: ctx.actor.id,
    makerName: ctx.actor.name,
    now: ctx.now,
  });
  ctx.audit({
    recordIds: [id, payment.id],
    summary: `冲销${payment.traineeName}${payment.schemeName}发放 ${yuanLabel(payment.amountFen)}（${input.reason}），待另一人复核`,
  });
  return toPaymentRow(store.paymentsByIds(ctx, [id])[0]!);
}

function waitingEntries(ctx: HandlerContext, ids: readonly string[]) {
  const rows = store.paymentsByIds(ctx, [...new Set(ids)]);
  if (rows.length !== new Set(ids).size) throw new AppError('NOT_FOUND', '有发放记录不存在，请刷新后再试');
  const decided = rows.filter((r) => r.state !== 'entered');
  if (decided.length) {
    throw new AppError(
      'CONFLICT',
      `${decided.map((r) => `${r.traineeName}的${r.schemeName}`).join('、')}已经复核过，请刷新后再试`,
    );
  }
  return rows;
}

/** The makers the router's maker-checker rule compares with the checker. */
export function paymentMakers(ctx: HandlerContext, ids: readonly string[]): string[] {
  return [...new Set(store.paymentsByIds(ctx, ids).map((r) => r.makerId))];
}

export function confirmPayments(ctx: HandlerContext, ids: readonly string[]) {
  const rows = waitingEntries(ctx, ids);
  for (const row of rows) {
    store.decidePayment(ctx, {
      id: row.id,
      state: 'confirmed',
      checkerId: ctx.actor.id,
      checkerName: ctx.actor.name,
      note: '',
      now: ctx.now,
    });
  }
  const totalFen = rows.reduce((sum, r) => sum + r.amountFen, 0);
  ctx.audit({
    recordIds: rows.map((r) => r.id),
    summary: `复核确认补助发放 ${rows.length} 笔，合计 ${yuanLabel(totalFen)}（录入人 ${[...new Set(rows.map((r) => r.makerName))].join('、')}）`,
  });
  return { confirmed: rows.length, totalFen };
}

export function returnPayments(ctx: HandlerContext, ids: readonly string[], note: string) {
  const rows = waitingEntries(ctx, ids);
  for (const row of rows) {
    store.decidePayment(ctx, {
      id: row.id,
      state: 'returned',
      checkerId: ctx.actor.id,
      checkerName: ctx.actor.name,
      note,
      now: ctx.now,
    });
  }
  ctx.audit({ recordIds: rows.map((r) => r.id), summary: `退回补助发放 ${rows.length} 笔：${note}` });
  return { returned: rows.length };
}

export function ledgerRows(ctx: HandlerContext, intakeYear: number | undefined): LedgerRow[] {
  return store.ledger(ctx, intakeYear);
}

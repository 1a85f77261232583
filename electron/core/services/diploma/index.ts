import type { AreaHandlers } from '../../router';
import { enroll, enrollmentDetail, enrollmentPage, move, passYear, requireEnrollment } from './enrollments';
import { saveProgramme, toProgrammeRow } from './programmes';
import * as store from './store';
import {
  confirmPayments,
  enterPayment,
  forfeit,
  ledgerRows,
  paymentMakers,
  planSubsidy,
  returnPayments,
  reversePayment,
  toPaymentRow,
} from './subsidy';

/** 学历+技能: programmes, enrollments through their lifecycle, and the union's subsidy paid in tranches. */
export const diplomaHandlers: AreaHandlers<'diploma'> = {
  'diploma.programmes': (_input, ctx) => store.programmes(ctx).map(toProgrammeRow),
  'diploma.saveProgramme': (input, ctx) => saveProgramme(ctx, input),
  'diploma.enrollments': (input, ctx) => enrollmentPage(ctx, input),
  'diploma.enrollment': ({ id }, ctx) => enrollmentDetail(ctx, id),
  'diploma.enroll': (input, ctx) => enroll(ctx, input),
  'diploma.move': (input, ctx) => move(ctx, input),
  'diploma.passYear': ({ enrollmentId }, ctx) => passYear(ctx, enrollmentId),
  'diploma.planSubsidy': ({ enrollmentId, schemeCode }, ctx) => {
    planSubsidy(ctx, requireEnrollment(ctx, enrollmentId), schemeCode);
    return enrollmentDetail(ctx, enrollmentId);
  },
  'diploma.forfeit': (input, ctx) => enrollmentDetail(ctx, forfeit(ctx, input)),
  'diploma.enterPayment': (input, ctx) => enterPayment(ctx, input),
  'diploma.reversePayment': (input, ctx) => reversePayment(ctx, input),
  'diploma.pendingPayments': ({ limit }, ctx) => ({
    rows: store.pendingPayments(ctx, limit).map(toPaymentRow),
    total: store.pendingCount(ctx),
  }),
  'diploma.confirmPayments': {
    makers: ({ paymentIds }, ctx) => paymentMakers(ctx, paymentIds),
    run: ({ paymentIds }, ctx) => confirmPayments(ctx, paymentIds),
  },
  'diploma.returnPayments': {
    makers: ({ paymentIds }, ctx) => paymentMakers(ctx, paymentIds),
    run: ({ paymentIds, note }, ctx) => returnPayments(ctx, paymentIds, note),
  },
  'diploma.ledger': ({ intakeYear }, ctx) => ledgerRows(ctx, intakeYear),
};

import type { AreaHandlers } from '../../router';
import {
  agreementDetail,
  agreementPage,
  assess,
  figures,
  ofTrainee,
  renew,
  requireAgreement,
  review,
  sign,
  terminate,
} from './agreements';
import { decidePayments, enterPayment, paymentMakers, pendingPayments, reversePayment } from './allowance';
import { addTitle, mentorDetail, mentorPage, removeTitle, saveMentor } from './mentors';

/** 师徒结对: mentors and their titles, agreements from signing to 出师考核, and the allowance paid by four eyes. */
export const mentoringHandlers: AreaHandlers<'mentoring'> = {
  'mentoring.mentors': (input, ctx) => mentorPage(ctx, input),
  'mentoring.mentor': ({ id }, ctx) => mentorDetail(ctx, id),
  'mentoring.saveMentor': (input, ctx) => saveMentor(ctx, input),
  'mentoring.addTitle': (input, ctx) => addTitle(ctx, input),
  'mentoring.removeTitle': ({ id }, ctx) => removeTitle(ctx, id),
  'mentoring.agreements': (input, ctx) => agreementPage(ctx, input),
  'mentoring.agreement': ({ id }, ctx) => agreementDetail(ctx, id),
  'mentoring.sign': (input, ctx) => sign(ctx, input),
  'mentoring.review': (input, ctx) => review(ctx, input),
  'mentoring.assess': (input, ctx) => assess(ctx, input),
  'mentoring.terminate': (input, ctx) => terminate(ctx, input),
  'mentoring.renew': (input, ctx) => renew(ctx, input),
  'mentoring.enterPayment': ({ agreementId, ...payment }, ctx) => {
    enterPayment(ctx, requireAgreement(ctx, agreementId), payment);
    return agreementDetail(ctx, agreementId);
  },
  'mentoring.reversePayment': (input, ctx) => agreementDetail(ctx, reversePayment(ctx, input)),
  'mentoring.pendingPayments': ({ limit }, ctx) => pendingPayments(ctx, limit),
  'mentoring.confirmPayments': {
    makers: ({ paymentIds }, ctx) => paymentMakers(ctx, paymentIds),
    run: ({ paymentIds }, ctx) => {
      const { count, totalFen } = decidePayments(ctx, paymentIds, { state: 'confirmed', note: '' });
      return { confirmed: count, totalFen };
    },
  },
  'mentoring.returnPayments': {
    makers: ({ paymentIds }, ctx) => paymentMakers(ctx, paymentIds),
    run: ({ paymentIds, note }, ctx) => ({
      returned: decidePayments(ctx, paymentIds, { state: 'returned', note }).count,
    }),
  },
  'mentoring.ofTrainee': ({ traineeId }, ctx) => ofTrainee(ctx, traineeId),
  'mentoring.figures': (_input, ctx) => figures(ctx),
};

import type { Parsed } from '@shared/contract';
import type { AgreementDetail, MentoringFigures } from '@shared/contract/mentoring';
import { gradeLabel, highestGrade, type Grade } from '@shared/domain/grades';
import {
  agreementEndDate,
  allowanceModeLabels,
  assessmentRefusal,
  assessmentResultLabels,
  objectionWindowEnd,
  reachedTarget,
  renewalMonths,
  renewalRefusal,
  reviewRatingLabels,
  signingRefusal,
  terminationReasonLabels,
  terminationRefusal,
  type AgreementState,
} from '@shared/domain/mentoring/agreements';
import { yuanLabel } from '@shared/domain/money/fen';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { allowanceView, closingRefusal } from './allowance';
import { requireMentor, toMentorRows } from './mentors';
import { toAgreementRows } from './rows';
import * as store from './store';

export function requireAgreement(ctx: HandlerContext, id: string): store.AgreementRecord {
  const row = store.agreementById(ctx, id);
  if (!row) throw new AppError('NOT_FOUND', '这份师徒协议不存在或已删除');
  return row;
}

export function agreementDetail(ctx: HandlerContext, id: string): AgreementDetail {
  const a = requireAgreement(ctx, id);
  const reviews = store.reviewsOf(ctx, id);
  return {
    ...toAgreementRows(ctx, [a])[0]!,
    mentor: toMentorRows(ctx, [requireMentor(ctx, a.mentorId)])[0]!,
    signedOn: a.signedOn,
    goals: a.goals,
    plan: a.plan,
    plannedHours: a.plannedHours,
    hoursDone: reviews.reduce((most, r) => Math.max(most, r.hoursDone), 0),
    allowanceMode: a.allowanceMode,
    allowanceModeLabel: allowanceModeLabels[a.allowanceMode],
    allowanceFen: a.allowanceFen,
    allowancePayer: a.allowancePayer,
    assessedOn: a.assessedOn,
    assessmentNote: a.assessmentNote,
    terminatedOn: a.terminatedOn,
    terminationReason: a.terminationReason,
    terminationReasonLabel: a.terminationReason ? terminationReasonLabels[a.terminationReason] : null,
    terminationNote: a.terminationNote,
    objectionUntil: objectionWindowEnd(a.startDate),
    renewsId: a.renewsId,
    renewedById: a.renewedById,
    apprenticeGrades: store.gradesIn(ctx, a.apprenticeId, a.jobTypeId).map((g) => ({
      ...g,
      gradeLabel: gradeLabel(g.grade as Grade),
    })),
    reviews: reviews.map((r) => ({
      id: r.id,
      reviewedOn: r.reviewedOn,
      hoursDone: r.hoursDone,
      rating: r.rating,
      ratingLabel: reviewRatingLabels[r.rating],
      content: r.content,
      recordedByName: r.recordedByName,
    })),
    ...allowanceView(ctx, a),
    createdByName: a.createdByName,
  };
}

export function agreementPage(ctx: HandlerContext, input: Parsed<'mentoring.agreements'>) {
  const rows = toAgreementRows(ctx, store.agreementPage(ctx, input.filter, input.before, input.limit));
  return {
    rows,
    total: store.agreementCount(ctx, input.filter),
    next: rows.length === input.limit ? rows[rows.length - 1]!.id : null,
  };
}

type Terms = Omit<Parsed<'mentoring.sign'>, 'signedOn'> & { signedOn: string; renewsId: string | null };

function signAgreement(ctx: HandlerContext, terms: Terms): string {
  const mentor = requireMentor(ctx, terms.mentorId);
  const apprentice = store.person(ctx, terms.apprenticeId);
  if (!apprentice) throw new AppError('NOT_FOUND', '这名徒弟不存在或已删除');
  if (terms.signedOn > ctx.today) throw new AppError('CONFLICT', `签订日期 ${terms.signedOn} 在今天之后`);
  if (terms.startDate < terms.signedOn) throw new AppError('CONFLICT', '开始日期不能早于签订日期');
  const held = highestGrade(store.gradesIn(ctx, apprentice.id, mentor.jobTypeId).map((g) => g.grade as Grade));
  const refusal = signingRefusal({
    mentorTraineeId: mentor.traineeId,
    apprenticeId: apprentice.id,
    mentorGrade: mentor.grade,
    targetGrade: terms.targetGrade,
    apprenticeGrade: held,
    months: terms.months,
    apprenticeHasActive: store.hasRunningAgreement(ctx, apprentice.id, mentor.jobTypeId),
  });
  if (refusal) throw new AppError('CONFLICT', refusal);
  const id = ctx.newId();
  store.insertAgreement(ctx, {
    id,
    createdAt: ctx.now,
    mentorId: mentor.id,
    apprenticeId: apprentice.id,
    enterpriseId: apprentice.enterpriseId,
    jobTypeId: mentor.jobTypeId,
    signedOn: terms.signedOn,
    startDate: terms.startDate,
    months: terms.months,
    endDate: agreementEndDate(terms),
    targetGrade: terms.targetGrade,
    goals: terms.goals,
    plan: terms.plan,
    plannedHours: terms.plannedHours,
    allowanceMode: terms.allowanceMode,
    allowanceFen: terms.allowanceFen,
    allowancePayer: terms.allowancePayer,
    state: 'active',
    assessment: null,
    assessedOn: null,
    assessmentNote: '',
    terminatedOn: null,
    terminationReason: null,
    terminationNote: '',
    renewsId: terms.renewsId,
    createdByName: ctx.actor.name,
  });
  ctx.audit({
    recordIds: [id, mentor.id, apprentice.id],
    summary: `签订师徒协议：师傅${mentor.name}，徒弟${apprentice.name}，${mentor.jobTypeName}，${terms.startDate} 起 ${terms.months} 个月，目标${gradeLabel(terms.targetGrade as Grade)}，津贴${allowanceModeLabels[terms.allowanceMode]} ${yuanLabel(terms.allowanceFen)}`,
  });
  return id;
}

export function sign(ctx: HandlerContext, input: Parsed<'mentoring.sign'>): AgreementDetail {
  return agreementDetail(ctx, signAgreement(ctx, { ...input, renewsId: null }));
}

/** 不及格 → a new mentor and one more year, with the same goal and allowance terms. */
export function renew(ctx: HandlerContext, input: Parsed<'mentoring.renew'>): AgreementDetail {
  const failed = requireAgreement(ctx, input.agreementId);
  const refusal = renewalRefusal(failed, input.mentorId);
  if (refusal) throw new AppError('CONFLICT', refusal);
  if (requireMentor(ctx, input.mentorId).jobTypeId !== failed.jobTypeId)
    throw new AppError('CONFLICT', `新师傅须是${failed.jobTypeName}工种的师傅`);
  const id = signAgreement(ctx, {
    mentorId: input.mentorId,
    apprenticeId: failed.apprenticeId,
    signedOn: input.signedOn,
    startDate: input.startDate,
    months: renewalMonths,
    targetGrade: failed.targetGrade,
    goals: failed.goals,
    plan: failed.plan,
    plannedHours: failed.plannedHours,
    allowanceMode: failed.allowanceMode,
    allowanceFen: failed.allowanceFen,
    allowancePayer: failed.allowancePayer,
    renewsId: failed.id,
  });
  return agreementDetail(ctx, id);
}

export function review(ctx: HandlerContext, input: Parsed<'mentoring.review'>): AgreementDetail {
  const a = requireAgreement(ctx, input.agreementId);
  if (a.state !== 'active') throw new AppError('CONFLICT', '协议已办结，不能再登记阶段考核');
  if (input.reviewedOn > ctx.today) throw new AppError('CONFLICT', `考核日期 ${input.reviewedOn} 在今天之后`);
  if (input.reviewedOn < a.startDate) throw new AppError('CONFLICT', `考核日期不能早于协议开始日期 ${a.startDate}`);
  const id = ctx.newId();
  store.insertReview(ctx, { ...input, id, recordedByName: ctx.actor.name }, ctx.now);
  ctx.audit({
    recordIds: [id, a.id],
    summary: `登记师傅${a.mentorName}带徒${a.apprenticeName}的阶段考核（${input.reviewedOn}，${reviewRatingLabels[input.rating]}，已带 ${input.hoursDone} 课时）`,
  });
  return agreementDetail(ctx, a.id);
}

function close(ctx: HandlerContext, a: store.AgreementRecord, change: Parameters<typeof store.closeAgreement>[1]) {
  const waiting = closingRefusal(ctx, a.id);
  if (waiting) throw new AppError('CONFLICT', waiting);
  if (!store.closeAgreement(ctx, change)) throw new AppError('CONFLICT', '协议已被他人办结，请刷新后再试');
}

/** 出师考核: 优秀/及格 出师, 不及格 fails (then a new mentor and one more year). */
export function assess(ctx: HandlerContext, input: Parsed<'mentoring.assess'>): AgreementDetail {
  const a = requireAgreement(ctx, input.agreementId);
  const refusal = assessmentRefusal(a, input.on, ctx.today);
  if (refusal) throw new AppError('CONFLICT', refusal);
  const state: AgreementState = input.result === 'fail' ? 'failed' : 'completed';
  close(ctx, a, {
    id: a.id,
    state,
    assessment: input.result,
    assessedOn: input.on,
    assessmentNote: input.note,
    terminatedOn: null,
    terminationReason: null,
    terminationNote: '',
    now: ctx.now,
  });
  const outcome = reachedTarget(a.targetGrade, a.startDate, store.gradesIn(ctx, a.apprenticeId, a.jobTypeId));
  ctx.audit({
    recordIds: [a.id],
    summary: `师傅${a.mentorName}带徒${a.apprenticeName}出师考核${assessmentResultLabels[input.result]}（${input.on}）；目标${gradeLabel(a.targetGrade as Grade)}${outcome.reached ? `已于 ${outcome.on} 达到` : '尚未达到'}`,
  });
  return agreementDetail(ctx, a.id);
}

/** 提前解除: the allowance not yet served stops; the reason is kept. */
export function terminate(ctx: HandlerContext, input: Parsed<'mentoring.terminate'>): AgreementDetail {
  const a = requireAgreement(ctx, input.agreementId);
  const refusal = terminationRefusal(a, input.reason, input.on, ctx.today);
  if (refusal) throw new AppError('CONFLICT', refusal);
  close(ctx, a, {
    id: a.id,
    state: 'terminated',
    assessment: null,
    assessedOn: null,
    assessmentNote: '',
    terminatedOn: input.on,
    terminationReason: input.reason,
    terminationNote: input.note,
    now: ctx.now,
  });
  ctx.audit({
    recordIds: [a.id],
    summary: `提前解除师傅${a.mentorName}与徒弟${a.apprenticeName}的协议（${input.on}）：${terminationReasonLabels[input.reason]}${input.note ? `，${input.note}` : ''}`,
  });
  return agreementDetail(ctx, a.id);
}

export function ofTrainee(ctx: HandlerContext, traineeId: string) {
  const mentor = store.mentorOfTrainee(ctx, traineeId);
  return {
    mentor: mentor ? toMentorRows(ctx, [mentor])[0]! : null,
    asApprentice: toAgreementRows(ctx, store.agreementsOfApprentice(ctx, traineeId)),
    asMentor: mentor ? toAgreementRows(ctx, store.agreementsOfMentors(ctx, [mentor.id])) : [],
  };
}

/** The dashboard's figures in the seed's terms: pairs running, mentors, apprentices who reached their target. */
export function figures(ctx: HandlerContext): MentoringFigures {
  const outlines = store.agreementOutlines(ctx);
  const grades = new Map<string, { grade: number; obtainedOn: string }[]>();
  for (const g of store.gradesForAgreements(ctx, null))
    grades.set(g.agreementId, [...(grades.get(g.agreementId) ?? []), g]);
  const reached = new Set(
    outlines
      .filter((a) => reachedTarget(a.targetGrade, a.startDate, grades.get(a.id) ?? []).reached)
      .map((a) => a.apprenticeId),
  );
  const base = store.mentorFigures(ctx);
  return {
    mentors: base.mentors,
    goodMasters: base.goodMasters,
    activePairs: outlines.filter((a) => a.state === 'active').length,
    apprentices: new Set(outlines.map((a) => a.apprenticeId)).size,
    completed: outlines.filter((a) => a.state === 'completed').length,
    reachedTarget: reached.size,
    allowancePaidFen: base.paidFen,
  };
}

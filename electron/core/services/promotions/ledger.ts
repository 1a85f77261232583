import type { DecisionResult, PromotionEvidence, PromotionRow } from '../../../../shared/contract/promotions';
import { describeRule } from '../../../../shared/domain/competitions/rules';
import { gradeLabel, isHigherGrade, type Grade } from '../../../../shared/domain/grades';
import { maskIdNumber } from '../../../../shared/domain/masking';
import { refusal } from '../../../../shared/domain/promotions/ledger';
import { AppError } from '../../../../shared/errors';
import type { HandlerContext } from '../../context';
import {
  heldGrades,
  insertGrade,
  insertPromotion,
  ledgerByIds,
  promotionOfEnrollment,
  ruleById,
  setCertificate,
  setDecision,
  setGradeCertificate,
  softDeletePromotion,
  withdrawGrade,
  type LedgerRecord,
} from './store';

/** The ledger's row → the contract's row, with the evidence named. */
export function toPromotionRow(ctx: HandlerContext, r: LedgerRecord): PromotionRow {
  return {
    id: r.id,
    traineeId: r.traineeId,
    name: r.name,
    idNumberMasked: maskIdNumber(r.idNumber),
    enterpriseName: r.enterpriseName,
    jobTypeName: r.jobTypeName,
    fromGrade: r.fromGrade as Grade | null,
    toGrade: r.toGrade as Grade,
    path: r.path,
    state: r.state,
    reason: r.reason,
    evidence: evidenceOf(ctx, r),
    evidenceDate: r.evidenceDate,
    proposedByName: r.proposedByName,
    proposedAt: r.createdAt,
    decidedByName: r.decidedByName,
    decidedAt: r.decidedAt,
    decisionNote: r.decisionNote,
    certificateNo: r.certificateNo,
    certifiedOn: r.certifiedOn,
    revokedReason: r.revokedReason,
  };
}

function evidenceOf(ctx: HandlerContext, r: LedgerRecord): PromotionEvidence {
  if (r.path === 'appraisal')
    return {
      kind: 'appraisal',
      cohortId: r.cohortId ?? '',
      cohortName: r.cohortName ?? '',
      publishedOn: (r.publishedAt ?? r.evidenceDate).slice(0, 10),
    };
  if (r.path === 'competition') {
    const rule = r.competitionRuleId ? ruleById(ctx, r.competitionRuleId) : null;
    return {
      kind: 'competition',
      competitionId: r.competitionId ?? '',
      competitionName: r.competitionName ?? '',
      rank: r.rank,
      rule: rule ? describeRule(rule) : '',
    };
  }
  return { kind: 'recognition', documentNo: r.documentNo, issuingBody: r.issuingBody, documentDate: r.evidenceDate };
}

const selfApprovalNote = '系统管理员核准本人提交的记录（尚未启用工作人员账号）';

/**
 * The second person's check (the router has refused a caller who proposed any of them; the built-in
 * administrator, the only actor until staff accounts exist, is let through, and the record and the
 * audit say so). Each approved promotion writes its grade into the grade history in this same
 * transaction.
 */
export function approvePromotions(ctx: HandlerContext, ids: readonly string[]): DecisionResult {
  const refused: DecisionResult['refused'] = [];
  let done = 0;
  let ownApproved = 0;
  const records = ledgerByIds(ctx, ids);
  for (const missing of ids.filter((id) => !records.some((r) => r.id === id)))
    refused.push({ id: missing, name: '', reason: '记录不存在' });
  for (const r of records) {
    const refuse = (reason: string) => refused.push({ id: r.id, name: r.name, reason });
    if (r.deletedAt !== null) {
      refuse('该晋升记录已撤销');
      continue;
    }
    const closed = refusal(r.state, 'approve');
    if (closed) {
      refuse(closed);
      continue;
    }
    const own = r.proposedById === ctx.actor.id;
    const held = heldGrades(ctx, r.jobTypeId, [r.traineeId]).get(r.traineeId) ?? null;
    if (held !== null && !isHigherGrade(r.toGrade as Grade, held)) {
      refuse(`已持有${r.jobTypeName}${gradeLabel(held)}，不低于拟晋升的${gradeLabel(r.toGrade as Grade)}，请驳回`);
      continue;
    }
    const gradeId = insertGrade(ctx, {
      traineeId: r.traineeId,
      jobTypeId: r.jobTypeId,
      grade: r.toGrade as Grade,
      obtainedOn: r.evidenceDate,
      source: r.path,
      note: r.reason,
      enrollmentId: null,
    });
    setDecision(ctx, r.id, 'approved', own ? selfApprovalNote : '', gradeId);
    if (own) ownApproved++;
    done++;
  }
  if (done > 0) {
    const approved = records.filter((r) => !refused.some((x) => x.id === r.id));
    ctx.audit({
      recordIds: approved.map((r) => r.id),
      summary: `核准晋升 ${done} 条${ownApproved ? `（其中 ${ownApproved} 条为系统管理员本人提交）` : ''}${refused.length ? `，未核准 ${refused.length} 条` : ''}`,
    });
  }
  return { done, refused };
}

export function rejectPromotions(ctx: HandlerContext, ids: readonly string[], reason: string): DecisionResult {
  const refused: DecisionResult['refused'] = [];
  const records = ledgerByIds(ctx, ids);
  let done = 0;
  for (const r of records) {
    const closed = r.deletedAt !== null ? '该晋升记录已撤销' : refusal(r.state, 'reject');
    if (closed) {
      refused.push({ id: r.id, name: r.name, reason: closed });
      continue;
    }
    setDecision(ctx, r.id, 'rejected', reason, null);
    done++;
  }
  if (done > 0) ctx.audit({ recordIds: records.map((r) => r.id), summary: `驳回晋升 ${done} 条：${reason}` });
  return { done, refused };
}

/** Soft-deletes a granted promotion and its grade; an appraisal's follows its result instead. */
export function revokePromotion(ctx: HandlerContext, id: string, reason: string) {
  const r = ledgerByIds(ctx, [id])[0];
  if (!r || r.deletedAt !== null) throw new AppError('NOT_FOUND', '晋升记录不存在或已撤销');
  const closed = refusal(r.state, 'revoke');
  if (closed) throw new AppError('CONFLICT', closed);
  if (r.path === 'appraisal')
    throw new AppError('CONFLICT', '考核晋级随鉴定结果：请在该培训班的成绩页更正结果，晋升会随之撤销');
  if (r.gradeId) withdrawGrade(ctx, r.gradeId);
  softDeletePromotion(ctx, r.id, reason);
  ctx.audit({
    recordIds: [r.id],
    summary: `撤销晋升：${r.name} ${r.jobTypeName}${gradeLabel(r.toGrade as Grade)}，原因：${reason}`,
  });
  return { revoked: true as const };
}

export function recordCertificates(
  ctx: HandlerContext,
  entries: readonly { id: string; certificateNo: string; certifiedOn: string }[],
): DecisionResult {
  const refused: DecisionResult['refused'] = [];
  const records = new Map(
    ledgerByIds(
      ctx,
      entries.map((e) => e.id),
    ).map((r) => [r.id, r]),
  );
  let done = 0;
  for (const entry of entries) {
    const r = records.get(entry.id);
    const closed = !r || r.deletedAt !== null ? '记录不存在或已撤销' : refusal(r.state, 'certify');
    if (closed || !r) {
      refused.push({ id: entry.id, name: r?.name ?? '', reason: closed ?? '' });
      continue;
    }
    if (entry.certifiedOn < r.evidenceDate) {
      refused.push({
        id: r.id,
        name: r.name,
        reason: `发证日期 ${entry.certifiedOn} 早于晋升依据的日期 ${r.evidenceDate}`,
      });
      continue;
    }
    setCertificate(ctx, r.id, entry.certificateNo, entry.certifiedOn);
    if (r.gradeId) setGradeCertificate(ctx, r.gradeId, entry.certificateNo);
    done++;
  }
  if (done > 0) ctx.audit({ recordIds: [...records.keys()], summary: `登记晋升证书 ${done} 条` });
  return { done, refused };
}

// ── the appraisal path: a published pass is its own evidence ────────────────────────────────────

/**
 * A published appraisal pass enters the ledger already 已核准: its marks were entered and confirmed
 * by two people and the agency published the result, so the grade is written at once, as before
 * the ledger existed. Runs in the caller's transaction.
 */
export function grantAppraisalPromotion(
  ctx: HandlerContext,
  p: { enrollmentId: string; traineeId: string; jobTypeId: string; grade: Grade; reason: string },
) {
  const held = heldGrades(ctx, p.jobTypeId, [p.traineeId]).get(p.traineeId) ?? null;
  const gradeId = insertGrade(ctx, {
    traineeId: p.traineeId,
    jobTypeId: p.jobTypeId,
    grade: p.grade,
    obtainedOn: ctx.today,
    source: 'appraisal',
    note: p.reason,
    enrollmentId: p.enrollmentId,
  });
  insertPromotion(ctx, {
    traineeId: p.traineeId,
    jobTypeId: p.jobTypeId,
    fromGrade: held,
    toGrade: p.grade,
    path: 'appraisal',
    state: 'approved',
    reason: p.reason,
    slotYear: null,
    enrollmentId: p.enrollmentId,
    competitionEntryId: null,
    competitionRuleId: null,
    documentNo: '',
    issuingBody: '',
    evidenceDate: ctx.today,
    decisionNote: '鉴定结果发布即核准（成绩经录入与复核两人确认）',
    gradeId,
    decided: true,
  });
}

/** A published pass corrected to a fail loses its grade and its promotion (soft-deleted, with why). */
export function withdrawAppraisalPromotion(ctx: HandlerContext, enrollmentId: string, gradeId: string) {
  withdrawGrade(ctx, gradeId);
  const promotion = promotionOfEnrollment(ctx, enrollmentId);
  if (promotion) softDeletePromotion(ctx, promotion.id, '鉴定结果更正为不合格');
}

/** A skill-level certificate issued for a published pass moves its promotion to 已发证. */
export function certifyAppraisalPromotion(ctx: HandlerContext, enrollmentId: string, certificateNo: string) {
  const promotion = promotionOfEnrollment(ctx, enrollmentId);
  if (promotion && refusal(promotion.state, 'certify') === null)
    setCertificate(ctx, promotion.id, certificateNo, ctx.today);
}

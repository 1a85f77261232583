import type { Parsed } from '../../../../shared/contract';
import type { PromotionRow } from '../../../../shared/contract/promotions';
import { gradeLabel, isGrade, isHigherGrade, type Grade } from '../../../../shared/domain/grades';
import { AppError } from '../../../../shared/errors';
import type { HandlerContext } from '../../context';
import { toPromotionRow } from './ledger';
import * as store from './store';

/**
 * 破格晋升, 直接认定 and 特级技师/首席技师 评聘: the base records the decision from its document
 * (number, issuing body, date); it does not decide it. The record still waits for a second person.
 */
export function proposeRecognition(ctx: HandlerContext, input: Parsed<'promotions.proposeRecognition'>): PromotionRow {
  const person = store.traineeExists(ctx, input.traineeId);
  if (!person) throw new AppError('NOT_FOUND', '学员不存在或已删除');
  if (!store.jobTypeExists(ctx, input.jobTypeId))
    throw new AppError('VALIDATION', '所选工种不存在', { issues: [{ field: 'jobTypeId', message: '所选工种不存在' }] });
  if (!isGrade(input.toGrade) || input.toGrade === 6)
    throw new AppError('VALIDATION', '认定等级须为五级至一级，或特级技师、首席技师', {
      issues: [{ field: 'toGrade', message: '认定等级无效' }],
    });
  if (input.documentDate > ctx.today)
    throw new AppError('VALIDATION', `发文日期 ${input.documentDate} 晚于今天`, {
      issues: [{ field: 'documentDate', message: '发文日期晚于今天' }],
    });
  const toGrade = input.toGrade as Grade;
  const held = store.heldGrades(ctx, input.jobTypeId, [input.traineeId]).get(input.traineeId) ?? null;
  if (held !== null && !isHigherGrade(toGrade, held)) {
    throw new AppError('CONFLICT', `${person.name}已持有该工种${gradeLabel(held)}，不低于认定的${gradeLabel(toGrade)}`);
  }
  const reason = `破格/直接认定为${gradeLabel(toGrade)}（${input.issuingBody} ${input.documentNo}）${input.note ? `：${input.note}` : ''}`;
  const id = store.insertPromotion(ctx, {
    traineeId: input.traineeId,
    jobTypeId: input.jobTypeId,
    fromGrade: held,
    toGrade,
    path: 'recognition',
    state: 'pending',
    reason,
    slotYear: null,
    enrollmentId: null,
    competitionEntryId: null,
    competitionRuleId: null,
    documentNo: input.documentNo,
    issuingBody: input.issuingBody,
    evidenceDate: input.documentDate,
    decisionNote: '',
  });
  ctx.audit({
    recordIds: [id],
    summary: `登记破格/直接认定：${person.name} ${gradeLabel(toGrade)}（${input.documentNo}），待审核`,
  });
  return toPromotionRow(ctx, store.ledgerByIds(ctx, [id])[0]!);
}

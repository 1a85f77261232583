import { and, eq, isNull } from 'drizzle-orm';
import { gradeLabel } from '@shared/domain/grades';
import { AppError } from '@shared/errors';
import { traineeGrades } from '../../db/schema';
import { writeXlsx } from '../../files/xlsx-writer';
import type { AreaHandlers } from '../../router';
import { findJobType } from '../job-types/catalog';
import { promotionOfGrade } from '../promotions/store';
import { describeMatches, findEligible, searchEligible } from './search';
import { checkQualifications, describeQualifications } from './qualifications';
import { heldGradeRows, traineeEligibility, traineeFacts } from './trainee';

export const eligibilityHandlers: AreaHandlers<'eligibility'> = {
  'eligibility.forTrainee': (input, ctx) => traineeEligibility(ctx, input.traineeId, input.extraJobTypeIds),

  'eligibility.addHeldGrade': (input, ctx) => {
    traineeFacts(ctx, input.traineeId);
    const jobType = findJobType(ctx, input.jobTypeId);
    if (input.obtainedOn > ctx.today) {
      throw new AppError('VALIDATION', '取证日期不能晚于今天', {
        issues: [{ field: 'obtainedOn', message: '取证日期不能晚于今天' }],
      });
    }
    const id = ctx.newId();
    ctx.db
      .insert(traineeGrades)
      .values({ id, createdAt: ctx.now, updatedAt: ctx.now, ...input })
      .run();
    ctx.audit({
      recordIds: [id, input.traineeId],
      summary: `登记等级证书：${jobType.name} ${gradeLabel(input.grade)}（${input.obtainedOn}${input.certificateNo ? `，证书编号 ${input.certificateNo}` : ''}）`,
    });
    return heldGradeRows(ctx, input.traineeId).find((row) => row.id === id)!;
  },

  'eligibility.saveQualifications': ({ traineeId, qualifications }, ctx) => {
    const facts = traineeFacts(ctx, traineeId);
    checkQualifications(ctx, qualifications, facts.birthDate);
    const empty =
      qualifications.schooling.length + qualifications.titles.length + qualifications.apprenticeships.length === 0;
    ctx.sqlite
      .prepare('UPDATE trainees SET qualifications = ?, updated_at = ? WHERE id = ?')
      .run(empty ? null : JSON.stringify(qualifications), ctx.now, traineeId);
    ctx.audit({
      recordIds: [traineeId],
      summary: `登记学历、职称与学徒经历：${describeQualifications(ctx, qualifications)}`,
    });
    return qualifications;
  },

  'eligibility.removeHeldGrade': (input, ctx) => {
    const row = ctx.db
      .select()
      .from(traineeGrades)
      .where(and(eq(traineeGrades.id, input.id), isNull(traineeGrades.deletedAt)))
      .get();
    if (!row) throw new AppError('NOT_FOUND', '这条等级记录不存在或已删除');
    // A grade from a published pass follows its result: it changes only where the result does.
    if (row.enrollmentId)
      throw new AppError(
        'CONFLICT',
        '这条等级来自培训班公布的鉴定结果，不能在这里删除；如结果有误，请在该培训班的成绩页填写理由更正',
      );
    // A grade the ledger granted (competition, recognition) leaves only with its promotion, revoked with a reason.
    if (promotionOfGrade(ctx, row))
      throw new AppError(
        'CONFLICT',
        '这条等级由技能晋升核准写入，不能在这里删除；如有误，请由管理员在晋升记录中撤销该晋升并填写原因',
      );
    ctx.db
      .update(traineeGrades)
      .set({ deletedAt: ctx.now, updatedAt: ctx.now })
      .where(eq(traineeGrades.id, input.id))
      .run();
    ctx.audit({
      recordIds: [row.id, row.traineeId],
      summary: `删除等级证书记录：${gradeLabel(row.grade as never)}（${row.obtainedOn}）`,
    });
    return { id: row.id };
  },

  'eligibility.search': (input, ctx) => searchEligible(ctx, input, input.limit),

  'eligibility.exportSearch': async (input, ctx) => {
    const jobType = findJobType(ctx, input.jobTypeId);
    const { rules, asOf, matches } = findEligible(ctx, input);
    const all = describeMatches(ctx, rules, matches);
    const bytes = await writeXlsx({
      sheetName: '可申报学员',
      title: `${jobType.name} ${gradeLabel(input.grade)} 可申报学员（截至 ${asOf}）`,
      columns: [
        { header: '序号', width: 6, value: (r) => r.seq },
        { header: '姓名', width: 10, value: (r) => r.name },
        { header: '身份证号', width: 22, text: true, value: (r) => r.idNumberMasked },
        { header: '工作单位', width: 30, value: (r) => r.enterpriseName },
        { header: '现等级', width: 14, value: (r) => (r.currentGrade === null ? '' : gradeLabel(r.currentGrade)) },
        { header: '符合日期', width: 12, text: true, value: (r) => r.since },
        { header: '申报路径', width: 8, value: (r) => r.routeId },
        { header: '说明', width: 60, value: (r) => r.line },
      ],
      rows: all.map((row, index) => ({ ...row, seq: index + 1 })),
    });
    ctx.audit({
      recordIds: [jobType.id],
      summary: `导出可申报学员：${jobType.name} ${gradeLabel(input.grade)}，截至 ${asOf}，共 ${all.length} 人（身份证号已脱敏）`,
    });
    return {
      fileName: `${jobType.name}_${gradeLabel(input.grade).replace('/', '_')}_可申报_${asOf}.xlsx`,
      base64: bytes.toString('base64'),
    };
  },
};

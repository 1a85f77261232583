import { maskIdNumber } from '@shared/domain/masking';
import type { EnrollmentRow } from '@shared/contract/cohorts/enrollments';
import { enrollableStages } from '@shared/domain/cohorts/lifecycle';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import type { AreaHandlers } from '../../router';
import { checkTrainees, enrollTrainees } from './enroll';
import { attendedHours, refreshCohortTotals, requireCohort, requireStage } from './facts';

type Handlers = Pick<
  AreaHandlers<'cohorts'>,
  | 'cohorts.enrollments'
  | 'cohorts.findCandidates'
  | 'cohorts.checkEnrollment'
  | 'cohorts.enroll'
  | 'cohorts.withdraw'
  | 'cohorts.waiveHours'
>;

function requireEnrollment(ctx: HandlerContext, id: string) {
  const row = ctx.sqlite
    .prepare(
      `SELECT e.id, e.cohort_id AS cohortId, t.name FROM enrollments e JOIN trainees t ON t.id = e.trainee_id
        WHERE e.id = ? AND e.deleted_at IS NULL`,
    )
    .get(id) as { id: string; cohortId: string; name: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', '报名记录不存在或已退出');
  return row;
}

export const enrollmentHandlers: Handlers = {
  'cohorts.enrollments': (input, ctx) => {
    const cohort = requireCohort(ctx, input.cohortId);
    const hours = attendedHours(ctx, cohort.id);
    const rows = ctx.sqlite
      .prepare(
        `SELECT e.id, e.seq, e.trainee_id AS traineeId, t.name, t.id_number AS idNumber, t.sex, coalesce(p.name, '') AS enterpriseName,
                e.eligibility, e.eligibility_reason AS eligibilityReason, e.override_reason AS overrideReason, e.override_by_name AS overrideByName,
                e.appraisal_kind AS appraisalKind, e.hours_waiver_reason AS hoursWaiverReason
           FROM enrollments e JOIN trainees t ON t.id = e.trainee_id LEFT JOIN enterprises p ON p.id = t.enterprise_id
          WHERE e.cohort_id = ? AND e.deleted_at IS NULL ORDER BY e.seq`,
      )
      .all(cohort.id) as (Omit<
      EnrollmentRow,
      'idNumberMasked' | 'hoursAttended' | 'requiredHours' | 'barredForHours'
    > & { idNumber: string })[];
    return rows.map(({ idNumber, ...row }) => {
      const attended = hours.byEnrollment.get(row.id) ?? 0;
      return {
        ...row,
        idNumberMasked: maskIdNumber(idNumber),
        hoursAttended: attended,
        requiredHours: cohort.requiredHours,
        barredForHours: attended < cohort.requiredHours && row.hoursWaiverReason === null,
      };
    });
  },

  'cohorts.findCandidates': (input, ctx) => {
    const cohort = requireCohort(ctx, input.cohortId);
    const q = input.q.toUpperCase();
    // Name prefix, ID prefix, or pinyin initials: each served by its own index.
    const ids = ctx.sqlite
      .prepare(
        `SELECT id FROM (
           SELECT id FROM trainees WHERE name >= @q AND name < @q || '\uffff' AND deleted_at IS NULL
           UNION SELECT id FROM trainees WHERE id_number >= @q AND id_number < @q || 'Z' AND deleted_at IS NULL
           UNION SELECT id FROM trainees WHERE name_initials >= lower(@q) AND name_initials < lower(@q) || 'z' AND deleted_at IS NULL
         ) LIMIT 30`,
      )
      .all({ q }) as { id: string }[];
    return checkTrainees(
      ctx,
      cohort,
      ids.map((r) => r.id),
    ).map(({ appraisalKind: _kind, ...check }) => check);
  },

  'cohorts.checkEnrollment': (input, ctx) =>
    checkTrainees(ctx, requireCohort(ctx, input.cohortId), input.traineeIds).map(
      ({ appraisalKind: _kind, ...check }) => check,
    ),

  'cohorts.enroll': (input, ctx) => {
    const { admittedIds: _ids, ...outcome } = enrollTrainees(ctx, input.cohortId, input.traineeIds, input.overrides);
    return outcome;
  },

  'cohorts.withdraw': (input, ctx) => {
    const enrollment = requireEnrollment(ctx, input.enrollmentId);
    const cohort = requireCohort(ctx, enrollment.cohortId);
    requireStage(cohort, enrollableStages, '退出（鉴定前才可以退出）');
    ctx.sqlite
      .prepare('UPDATE enrollments SET deleted_at = ?, updated_at = ? WHERE id = ?')
      .run(ctx.now, ctx.now, enrollment.id);
    refreshCohortTotals(ctx, cohort.id);
    ctx.audit({ recordIds: [enrollment.id], summary: `${enrollment.name} 退出“${cohort.name}”：${input.reason}` });
    return null;
  },

  'cohorts.waiveHours': (input, ctx) => {
    const enrollment = requireEnrollment(ctx, input.enrollmentId);
    ctx.sqlite
      .prepare('UPDATE enrollments SET hours_waiver_reason = ?, updated_at = ? WHERE id = ?')
      .run(input.reason, ctx.now, enrollment.id);
    ctx.audit({
      recordIds: [enrollment.id],
      summary:
        input.reason === null
          ? `撤销 ${enrollment.name} 的课时不足准考`
          : `${enrollment.name} 课时不足准予参加鉴定：${input.reason}`,
    });
    return null;
  },
};

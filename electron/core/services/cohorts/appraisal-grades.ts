import type { Grade } from '../../../../shared/domain/grades';
import type { HandlerContext } from '../../context';
import { certifyAppraisalPromotion, grantAppraisalPromotion, withdrawAppraisalPromotion } from '../promotions/ledger';

/**
 * Keeps the grade history in step with published appraisal results: a published pass holds one
 * live `trainee_grades` row (source appraisal, linked to its enrollment); a published result that a
 * correction turns into a fail loses it (soft-deleted, so the history shows it existed). Runs in the
 * caller's transaction, at publication and after every change to a published result. The grade
 * and its record in the promotion ledger (技能晋升) are written together by the promotions service.
 */
export function recordAppraisalGrades(ctx: HandlerContext, cohortId: string, enrollmentIds?: string[]) {
  if (enrollmentIds?.length === 0) return;
  const only = enrollmentIds ? `AND e.id IN (${enrollmentIds.map(() => '?').join(', ')})` : '';
  const published = ctx.sqlite
    .prepare(
      `SELECT e.id, e.trainee_id AS traineeId, e.job_type_id AS jobTypeId, e.grade, e.result, c.name AS cohortName, g.id AS gradeId
         FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id
         LEFT JOIN trainee_grades g ON g.enrollment_id = e.id AND g.deleted_at IS NULL
        WHERE e.cohort_id = ? AND e.deleted_at IS NULL AND e.result_published_at IS NOT NULL ${only}`,
    )
    .all(cohortId, ...(enrollmentIds ?? [])) as {
    id: string;
    traineeId: string;
    jobTypeId: string;
    grade: Grade;
    result: string | null;
    cohortName: string;
    gradeId: string | null;
  }[];
  for (const row of published) {
    if (row.result === 'pass' && row.gradeId === null) {
      grantAppraisalPromotion(ctx, {
        enrollmentId: row.id,
        traineeId: row.traineeId,
        jobTypeId: row.jobTypeId,
        grade: row.grade,
        reason: `${row.cohortName} 鉴定合格`,
      });
    } else if (row.result !== 'pass' && row.gradeId !== null) {
      withdrawAppraisalPromotion(ctx, row.id, row.gradeId);
    }
  }
}

/** A skill-level certificate issued for a published pass gives its grade the certificate's number. */
export function attachCertificateToGrade(ctx: HandlerContext, enrollmentId: string, certificateNo: string) {
  ctx.sqlite
    .prepare(
      'UPDATE trainee_grades SET certificate_no = ?, updated_at = ? WHERE enrollment_id = ? AND deleted_at IS NULL',
    )
    .run(certificateNo, ctx.now, enrollmentId);
  certifyAppraisalPromotion(ctx, enrollmentId, certificateNo);
}

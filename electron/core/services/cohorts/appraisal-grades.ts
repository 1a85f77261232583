import type { HandlerContext } from '../../context';

/**
 * Keeps the grade history in step with published appraisal results: a published pass holds one
 * live `trainee_grades` row (source appraisal, linked to its enrollment); a published result that a
 * correction turns into a fail loses it (soft-deleted, so the history shows it existed). Runs in the
 * caller's transaction, at publication and after every change to a published result.
 *
 * This is the one place an appraisal becomes a grade: the promotions ledger (issue 12) replaces the
 * insert with a promotion record 待审核 whose approval writes the row.
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
    .all(cohortId, ...(enrollmentIds ?? [])) as { id: string; traineeId: string; jobTypeId: string; grade: number; result: string | null; cohortName: string; gradeId: string | null }[];
  const insert = ctx.sqlite.prepare(
    `INSERT INTO trainee_grades (id, created_at, updated_at, trainee_id, job_type_id, grade, obtained_on, source, note, enrollment_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'appraisal', ?, ?)`,
  );
  const withdraw = ctx.sqlite.prepare('UPDATE trainee_grades SET deleted_at = ?, updated_at = ? WHERE id = ?');
  for (const row of published) {
    if (row.result === 'pass' && row.gradeId === null) {
      insert.run(ctx.newId(), ctx.now, ctx.now, row.traineeId, row.jobTypeId, row.grade, ctx.today, `${row.cohortName} 鉴定合格`, row.id);
    } else if (row.result !== 'pass' && row.gradeId !== null) {
      withdraw.run(ctx.now, ctx.now, row.gradeId);
    }
  }
}

/** A skill-level certificate issued for a published pass gives its grade the certificate's number. */
export function attachCertificateToGrade(ctx: HandlerContext, enrollmentId: string, certificateNo: string) {
  ctx.sqlite
    .prepare('UPDATE trainee_grades SET certificate_no = ?, updated_at = ? WHERE enrollment_id = ? AND deleted_at IS NULL')
    .run(certificateNo, ctx.now, enrollmentId);
}

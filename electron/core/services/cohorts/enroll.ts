import { maskIdNumber } from '@shared/domain/masking';
import type { EnrollmentCheck, EnrollOutcome } from '@shared/contract/cohorts/enrollments';
import { enrollableStages, openStages, stageLabels, type CohortStage } from '@shared/domain/cohorts/lifecycle';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { checkEligibility, type EligibilityOutcome } from './eligibility';
import { refreshCohortTotals, requireCohort, requireStage, type CohortRow } from './facts';

const openList = openStages.map((s) => `'${s}'`).join(', ');

/** What enrolling each trainee would do: eligibility, and conflicts no override can lift. */
export function checkTrainees(
  ctx: HandlerContext,
  cohort: CohortRow,
  traineeIds: string[],
): (EnrollmentCheck & EligibilityOutcome)[] {
  const unique = [...new Set(traineeIds)];
  const eligibility = checkEligibility(ctx, cohort.jobTypeId, cohort.grade, unique);
  const person = ctx.sqlite.prepare(
    'SELECT name, id_number AS idNumber FROM trainees WHERE id = ? AND deleted_at IS NULL',
  );
  const open = ctx.sqlite.prepare(
    `SELECT c.id, c.name, c.stage FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id
      WHERE e.trainee_id = ? AND e.job_type_id = ? AND e.grade = ? AND e.deleted_at IS NULL AND c.stage IN (${openList}) LIMIT 1`,
  );
  return unique.map((traineeId) => {
    const row = person.get(traineeId) as { name: string; idNumber: string } | undefined;
    if (!row) throw new AppError('NOT_FOUND', '所选学员不存在或已删除');
    const outcome = eligibility.get(traineeId)!;
    const other = open.get(traineeId, cohort.jobTypeId, cohort.grade) as
      { id: string; name: string; stage: CohortStage } | undefined;
    let conflict: string | null = null;
    if (other?.id === cohort.id) conflict = '已在本班';
    else if (other) conflict = `已在同工种同等级的培训班“${other.name}”（${stageLabels[other.stage]}）`;
    return { traineeId, name: row.name, idNumberMasked: maskIdNumber(row.idNumber), ...outcome, conflict };
  });
}

/**
 * Enrolls the eligible; the ineligible only with an administrator's recorded override; conflicts
 * never. Capacity is checked for the whole batch, which is admitted entirely or not at all.
 */
export function enrollTrainees(
  ctx: HandlerContext,
  cohortId: string,
  traineeIds: string[],
  overrides: { traineeId: string; reason: string }[],
): EnrollOutcome & { admittedIds: string[] } {
  const cohort = requireCohort(ctx, cohortId);
  requireStage(cohort, enrollableStages, '报名（仅筹备、报名、培训中可以加入学员）');
  const overrideReasons =
    ctx.actor.role === 'admin' ? new Map(overrides.map((o) => [o.traineeId, o.reason])) : new Map<string, string>();
  const checks = checkTrainees(ctx, cohort, traineeIds);
  const admitted = checks.filter((c) => c.conflict === null && (c.eligible || overrideReasons.has(c.traineeId)));
  const refused = checks
    .filter((c) => !admitted.includes(c))
    .map(({ traineeId, name, idNumberMasked, eligible, reason, conflict }) => ({
      traineeId,
      name,
      idNumberMasked,
      eligible,
      reason,
      conflict,
    }));

  const { n, seq } = ctx.sqlite
    .prepare(
      'SELECT count(*) FILTER (WHERE deleted_at IS NULL) AS n, coalesce(max(seq), 0) AS seq FROM enrollments WHERE cohort_id = ?',
    )
    .get(cohort.id) as { n: number; seq: number };
  if (n + admitted.length > cohort.capacity) {
    throw new AppError(
      'CONFLICT',
      `超出容量：本班容量 ${cohort.capacity} 人，已报名 ${n} 人，本次可加入 ${admitted.length} 人，超出 ${n + admitted.length - cohort.capacity} 人`,
    );
  }
  const insert = ctx.sqlite.prepare(
    `INSERT INTO enrollments (id, created_at, updated_at, cohort_id, trainee_id, job_type_id, grade, seq, eligibility, eligibility_reason,
       override_reason, override_by_id, override_by_name, appraisal_kind)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const admittedIds: string[] = [];
  admitted.forEach((check, i) => {
    const id = ctx.newId();
    const override = check.eligible ? null : overrideReasons.get(check.traineeId)!;
    insert.run(
      id,
      ctx.now,
      ctx.now,
      cohort.id,
      check.traineeId,
      cohort.jobTypeId,
      cohort.grade,
      seq + i + 1,
      override === null ? 'eligible' : 'overridden',
      check.reason,
      override,
      override === null ? null : ctx.actor.id,
      override === null ? null : ctx.actor.name,
      check.appraisalKind,
    );
    admittedIds.push(id);
    if (override !== null) {
      ctx.audit({
        recordIds: [id, check.traineeId],
        summary: `破格准予报名“${cohort.name}”：${check.name}（${check.reason}）；理由：${override}`,
      });
    }
  });
  if (admitted.length > 0) {
    refreshCohortTotals(ctx, cohort.id);
    ctx.audit({
      recordIds: [cohort.id, ...admittedIds],
      summary: `“${cohort.name}”报名 ${admitted.length} 人${refused.length ? `，${refused.length} 人未通过` : ''}`,
    });
  }
  return { enrolled: admitted.length, refused, admittedIds };
}

import type { EligibilityLine, HeldGradeRow, TraineeEligibility } from '@shared/contract/eligibility';
import { decide, explainDecision } from '@shared/domain/eligibility';
import { highestGrade, isHigherGrade } from '@shared/domain/grades';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { rulesOf } from '../job-types/catalog';
import { factColumns, parseQualifications, toHistory, trainingsOf, type TraineeFacts } from './history';

export function traineeFacts(ctx: HandlerContext, traineeId: string): TraineeFacts {
  const row = ctx.sqlite
    .prepare(`SELECT ${factColumns} FROM trainees WHERE id = ? AND deleted_at IS NULL`)
    .get(traineeId) as TraineeFacts | undefined;
  if (!row) throw new AppError('NOT_FOUND', '学员不存在或已删除');
  return row;
}

export function heldGradeRows(ctx: HandlerContext, traineeId: string): HeldGradeRow[] {
  return ctx.sqlite
    .prepare(
      `SELECT g.id, g.job_type_id AS jobTypeId, j.name AS jobTypeName, g.grade, g.obtained_on AS obtainedOn,
              g.certificate_no AS certificateNo, g.source, c.name AS cohortName, p.id AS promotionId
         FROM trainee_grades g JOIN job_types j ON j.id = g.job_type_id
         LEFT JOIN enrollments e ON e.id = g.enrollment_id LEFT JOIN cohorts c ON c.id = e.cohort_id
         LEFT JOIN promotions p ON p.trainee_id = g.trainee_id AND p.job_type_id = g.job_type_id AND p.grade_id = g.id
        WHERE g.trainee_id = ? AND g.deleted_at IS NULL
        ORDER BY g.obtained_on DESC, g.grade`,
    )
    .all(traineeId) as HeldGradeRow[];
}

/** Per job type of the trainee's grades and enrollments (plus any asked for): the grade held and the next one's standing. */
export function traineeEligibility(
  ctx: HandlerContext,
  traineeId: string,
  extraJobTypeIds: string[],
): TraineeEligibility {
  const facts = traineeFacts(ctx, traineeId);
  const history = heldGradeRows(ctx, traineeId);
  const trainings = trainingsOf(ctx, traineeId);
  // The job types the trainee holds a grade in or was ever enrolled for, then those asked about.
  const enrolledFor = ctx.sqlite
    .prepare('SELECT DISTINCT job_type_id FROM enrollments WHERE trainee_id = ? AND deleted_at IS NULL')
    .pluck()
    .all(traineeId) as string[];
  const jobTypeIds = [...new Set([...history.map((h) => h.jobTypeId), ...enrolledFor, ...extraJobTypeIds])];
  const jobTypeRow = ctx.sqlite.prepare('SELECT code, name, retired_at AS retiredAt FROM job_types WHERE id = ?');
  const lines: EligibilityLine[] = jobTypeIds.map((jobTypeId) => {
    const rules = rulesOf(ctx, jobTypeId);
    const { code, name, retiredAt } = jobTypeRow.get(jobTypeId) as {
      code: string;
      name: string;
      retiredAt: string | null;
    };
    const currentGrade = highestGrade(history.filter((h) => h.jobTypeId === jobTypeId).map((h) => h.grade));
    // The grades above the highest held here or in a related occupation (whose certificates count
    // as prior grades). The line names the highest of them the trainee may apply for now (schooling
    // or years of work can skip a step), else the next one with what it still needs.
    const counted = new Set([jobTypeId, ...rules.relatedJobTypeIds]);
    const base = highestGrade(history.filter((h) => counted.has(h.jobTypeId)).map((h) => h.grade));
    const above = [...rules.offeredGrades].sort((a, b) => b - a).filter((g) => base === null || isHigherGrade(g, base));
    const engineHistory = toHistory(facts, rules, history, trainings);
    const decisions = above.map((grade) => decide({ rules, grade, history: engineHistory, today: ctx.today }));
    const decision = decisions.findLast((d) => d.status === 'eligible') ?? decisions[0];
    const next = decision === undefined ? null : { decision, line: explainDecision(decision, ctx.today) };
    return { jobTypeId, jobTypeCode: code, jobTypeName: name, jobTypeRetired: retiredAt !== null, currentGrade, next };
  });
  return { today: ctx.today, lines, history, qualifications: parseQualifications(facts.qualifications) };
}

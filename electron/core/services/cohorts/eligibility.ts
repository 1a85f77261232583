import { appraisalKind } from '../../../../shared/domain/cohorts/marks';
import { decide, explainDecision, type HeldGrade, type JobTypeRules, type RuleSetId, type TraineeHistory } from '../../../../shared/domain/eligibility';
import type { Grade } from '../../../../shared/domain/grades';
import type { HandlerContext } from '../../context';

export interface EligibilityOutcome {
  eligible: boolean;
  reason: string;
  appraisalKind: 'initial' | 'promotion';
}

/**
 * Runs the eligibility engine for many trainees against one job type and grade, loading the facts
 * with a fixed number of statements (not one set per trainee), because a cohort enrolls 2,000 at once.
 */
export function checkEligibility(ctx: HandlerContext, jobTypeId: string, grade: number, traineeIds: string[]): Map<string, EligibilityOutcome> {
  const rules = jobTypeRules(ctx, jobTypeId);
  const counted = new Set([jobTypeId, ...rules.relatedJobTypeIds]);
  const trainee = ctx.sqlite.prepare('SELECT birth_date AS birthDate, work_start_date AS workStartDate FROM trainees WHERE id = ?');
  const held = ctx.sqlite.prepare(
    'SELECT job_type_id AS jobTypeId, grade, obtained_on AS obtainedOn FROM trainee_grades WHERE trainee_id = ? AND deleted_at IS NULL',
  );
  const outcomes = new Map<string, EligibilityOutcome>();
  for (const id of traineeIds) {
    const facts = trainee.get(id) as { birthDate: string | null; workStartDate: string | null } | undefined;
    if (!facts) continue;
    const grades = (held.all(id) as HeldGrade[]).filter((h) => counted.has(h.jobTypeId));
    const history: TraineeHistory = {
      ...facts,
      heldGrades: grades,
      schooling: [],
      titles: [],
      apprenticeshipCompletedOn: null,
      trainingsCompleted: [],
    };
    const decision = decide({ rules, grade: grade as Grade, history, today: ctx.today });
    outcomes.set(id, {
      eligible: decision.status === 'eligible',
      reason: explainDecision(decision, ctx.today),
      appraisalKind: appraisalKind(grades.filter((g) => g.jobTypeId === jobTypeId).map((g) => g.grade)),
    });
  }
  return outcomes;
}

function jobTypeRules(ctx: HandlerContext, jobTypeId: string): JobTypeRules {
  const { ruleSet, overrides } = ctx.sqlite.prepare('SELECT rule_set AS ruleSet, rule_overrides AS overrides FROM job_types WHERE id = ?').get(jobTypeId) as {
    ruleSet: RuleSetId;
    overrides: string;
  };
  const offered = ctx.sqlite.prepare('SELECT grade FROM job_type_grades WHERE job_type_id = ?').all(jobTypeId) as { grade: Grade }[];
  const related = ctx.sqlite
    .prepare('SELECT related_job_type_id AS id FROM job_type_relations WHERE job_type_id = ?')
    .all(jobTypeId) as { id: string }[];
  return { jobTypeId, ruleSet, offeredGrades: offered.map((g) => g.grade), relatedJobTypeIds: related.map((r) => r.id), overrides: JSON.parse(overrides) as JobTypeRules['overrides'] };
}

import { appraisalKind } from '@shared/domain/cohorts/marks';
import { decide, explainDecision } from '@shared/domain/eligibility';
import type { Grade } from '@shared/domain/grades';
import type { HandlerContext } from '../../context';
import { toHistory, trainingsOf } from '../eligibility/history';
import { heldGradeRows, traineeFacts } from '../eligibility/trainee';
import { rulesOf } from '../job-types/catalog';

export interface EligibilityOutcome {
  eligible: boolean;
  reason: string;
  appraisalKind: 'initial' | 'promotion';
}

/**
 * Runs the eligibility engine for many trainees against one job type and grade, with the facts the
 * eligibility area loads (the same as its own check), the job type's rules read once per batch.
 */
export function checkEligibility(
  ctx: HandlerContext,
  jobTypeId: string,
  grade: number,
  traineeIds: string[],
): Map<string, EligibilityOutcome> {
  const rules = rulesOf(ctx, jobTypeId);
  const outcomes = new Map<string, EligibilityOutcome>();
  for (const id of traineeIds) {
    const held = heldGradeRows(ctx, id);
    const decision = decide({
      rules,
      grade: grade as Grade,
      history: toHistory(traineeFacts(ctx, id), rules, held, trainingsOf(ctx, id)),
      today: ctx.today,
    });
    outcomes.set(id, {
      eligible: decision.status === 'eligible',
      reason: explainDecision(decision, ctx.today),
      appraisalKind: appraisalKind(held.filter((g) => g.jobTypeId === jobTypeId).map((g) => g.grade)),
    });
  }
  return outcomes;
}

import type { AgreementRow } from '@shared/contract/mentoring';
import { gradeLabel, type Grade } from '@shared/domain/grades';
import { maskIdNumber } from '@shared/domain/masking';
import { agreementStateLabels, assessmentResultLabels, reachedTarget } from '@shared/domain/mentoring/agreements';
import type { HandlerContext } from '../../context';
import * as store from './store';

/** Agreements as the lists show them, the outcome read from each apprentice's grade history. */
export function toAgreementRows(ctx: HandlerContext, records: readonly store.AgreementRecord[]): AgreementRow[] {
  if (records.length === 0) return [];
  const grades = store.gradesForAgreements(
    ctx,
    records.map((r) => r.id),
  );
  return records.map((a) => {
    const outcome = reachedTarget(
      a.targetGrade,
      a.startDate,
      grades.filter((g) => g.agreementId === a.id),
    );
    return {
      id: a.id,
      mentorId: a.mentorId,
      mentorName: a.mentorName,
      apprenticeId: a.apprenticeId,
      apprenticeName: a.apprenticeName,
      apprenticeIdMasked: maskIdNumber(a.apprenticeIdNumber),
      enterpriseName: a.enterpriseName,
      jobTypeId: a.jobTypeId,
      jobTypeName: a.jobTypeName,
      startDate: a.startDate,
      endDate: a.endDate,
      months: a.months,
      targetGrade: a.targetGrade,
      targetGradeLabel: gradeLabel(a.targetGrade as Grade),
      state: a.state,
      stateLabel: agreementStateLabels[a.state],
      assessment: a.assessment,
      assessmentLabel: a.assessment ? assessmentResultLabels[a.assessment] : null,
      reachedTarget: outcome.reached,
      reachedOn: outcome.on,
    };
  });
}

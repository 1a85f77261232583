import type { HeldGrade, Schooling, TraineeHistory } from '../../../../shared/domain/eligibility';
import type { EducationLevel } from '../../../../shared/domain/places';
import type { Grade } from '../../../../shared/domain/grades';
import type { HandlerContext } from '../../context';

/**
 * 文化程度 as schooling facts. Whether the major matches the occupation is not recorded, so school
 * routes stay unmet with a note to check it, rather than being guessed either way.
 */
const schoolingByEducation: Partial<Record<EducationLevel, Schooling['kind']>> = {
  中专: 'vocationalSecondary',
  技工学校: 'technicalSchool',
  大专: 'juniorCollege',
  本科: 'bachelor',
  研究生: 'master',
};

export interface TraineeFacts {
  id: string;
  birthDate: string | null;
  workStartDate: string | null;
  education: string;
}

export function schoolingOf(education: string): Schooling[] {
  const kind = schoolingByEducation[education as EducationLevel];
  return kind ? [{ kind, relatedMajor: null, status: 'graduated' }] : [];
}

export function toHistory(facts: TraineeFacts, heldGrades: HeldGrade[], trainings: TraineeHistory['trainingsCompleted'] = []): TraineeHistory {
  return {
    birthDate: facts.birthDate,
    workStartDate: facts.workStartDate,
    heldGrades,
    schooling: schoolingOf(facts.education),
    titles: [],
    apprenticeshipCompletedOn: null,
    trainingsCompleted: trainings,
  };
}

/** A cohort that finished its training counts as the old standards' formal training (结业). */
export function trainingsOf(ctx: HandlerContext, traineeId: string): TraineeHistory['trainingsCompleted'] {
  return ctx.sqlite
    .prepare(
      `SELECT e.job_type_id AS jobTypeId, e.grade AS grade, c.end_date AS completedOn
         FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id
        WHERE e.trainee_id = ? AND e.deleted_at IS NULL AND c.deleted_at IS NULL
          AND c.stage IN ('awaiting', 'appraised', 'closed') AND c.end_date IS NOT NULL`,
    )
    .all(traineeId) as { jobTypeId: string; grade: Grade; completedOn: string }[];
}

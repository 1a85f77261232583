import { noQualifications, qualificationsInput, type Qualifications } from '@shared/contract/eligibility';
import type { HeldGrade, JobTypeRules, Schooling, TraineeHistory } from '@shared/domain/eligibility';
import type { EducationLevel } from '@shared/domain/places';
import type { Grade } from '@shared/domain/grades';
import type { HandlerContext } from '../../context';

/**
 * 文化程度 as a schooling fact when none is recorded in detail. Whether its major matches is then
 * unknown, so school routes stay unmet with a note to check it, rather than being guessed either way.
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
  /** The JSON column as stored; null when nothing was recorded. */
  qualifications: string | null;
}

/** Columns of `TraineeFacts` from the trainees table. */
export const factColumns = 'id, birth_date AS birthDate, work_start_date AS workStartDate, education, qualifications';

export function parseQualifications(json: string | null): Qualifications {
  return json === null ? noQualifications : qualificationsInput.parse(JSON.parse(json));
}

/**
 * The engine's view of a trainee for one job type: a major counts as matching when it was checked
 * for this job type or a related one, and so does an apprenticeship.
 */
export function toHistory(
  facts: TraineeFacts,
  rules: JobTypeRules,
  heldGrades: HeldGrade[],
  trainings: TraineeHistory['trainingsCompleted'] = [],
): TraineeHistory {
  const counted = new Set([rules.jobTypeId, ...rules.relatedJobTypeIds]);
  const recorded = parseQualifications(facts.qualifications);
  const schooling: Schooling[] = recorded.schooling.map((s) => ({
    kind: s.kind,
    status: s.status,
    relatedMajor: s.matchingJobTypeIds.some((id) => counted.has(id)) ? true : null,
  }));
  const fromEducation = schoolingByEducation[facts.education as EducationLevel];
  if (fromEducation && !schooling.some((s) => s.kind === fromEducation))
    schooling.push({ kind: fromEducation, relatedMajor: null, status: 'graduated' });
  const apprenticeships = recorded.apprenticeships
    .filter((a) => counted.has(a.jobTypeId))
    .map((a) => a.completedOn)
    .sort();
  return {
    birthDate: facts.birthDate,
    workStartDate: facts.workStartDate,
    heldGrades,
    schooling,
    titles: recorded.titles.map(({ level, obtainedOn }) => ({ level, obtainedOn })),
    apprenticeshipCompletedOn: apprenticeships[0] ?? null,
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

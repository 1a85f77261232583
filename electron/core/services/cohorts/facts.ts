import { AppError } from '@shared/errors';
import type { CohortSummary } from '@shared/contract/cohorts/cohorts';
import type { CohortStage } from '@shared/domain/cohorts/lifecycle';
import type { Weekday } from '@shared/domain/cohorts/schedule';
import {
  defaultPassMark,
  requiredParts,
  type Mark,
  type PassMarks,
  type ScorePart,
} from '@shared/domain/cohorts/marks';
import type { HandlerContext } from '../../context';

/** A cohort as the services use it: the summary's fields, its settings, and the catalog's pass marks. */
export interface CohortRow extends Omit<CohortSummary, 'enrolled' | 'passed'> {
  requiredHours: number;
  trainingWeekdays: Weekday[];
  venue: string;
  note: string;
  pass: PassMarks;
}

export function requireCohort(ctx: HandlerContext, id: string): CohortRow {
  const row = ctx.sqlite
    .prepare(
      `SELECT c.id, c.name, c.term, c.job_type_id AS jobTypeId, j.code AS jobTypeCode, j.name AS jobTypeName, c.grade, c.stage,
              c.start_date AS startDate, c.end_date AS endDate, c.required_hours AS requiredHours, c.venue, c.capacity, c.note, c.training_weekdays AS weekdays,
              g.theory_pass_mark AS theory, g.practical_pass_mark AS practical, g.review_pass_mark AS review
         FROM cohorts c JOIN job_types j ON j.id = c.job_type_id
         LEFT JOIN job_type_grades g ON g.job_type_id = c.job_type_id AND g.grade = c.grade
        WHERE c.id = ? AND c.deleted_at IS NULL`,
    )
    .get(id) as
    | (Omit<CohortRow, 'pass' | 'trainingWeekdays'> & {
        weekdays: string;
        theory: number | null;
        practical: number | null;
        review: number | null;
      })
    | undefined;
  if (!row) throw new AppError('NOT_FOUND', '培训班不存在或已删除');
  const { theory, practical, review, weekdays, ...rest } = row;
  // Grades 2 and 1 always have a review; the catalog may leave its pass mark blank, then 60 applies.
  const reviewMark = review ?? (row.grade <= 2 ? defaultPassMark : null);
  return {
    ...rest,
    trainingWeekdays: weekdays.split(',').map(Number) as Weekday[],
    pass: { theory: theory ?? defaultPassMark, practical: practical ?? defaultPassMark, review: reviewMark },
  };
}

export function requireStage(cohort: CohortRow, allowed: readonly CohortStage[], action: string) {
  if (!allowed.includes(cohort.stage)) {
    throw new AppError('CONFLICT', `培训班当前阶段不能${action}`);
  }
}

/** Attended hours per active enrollment: every session counts unless an exception says otherwise. */
export function attendedHours(
  ctx: HandlerContext,
  cohortId: string,
): { total: number; byEnrollment: Map<string, number> } {
  const { total } = ctx.sqlite
    .prepare('SELECT total(hours) AS total FROM attendance_sessions WHERE cohort_id = ? AND deleted_at IS NULL')
    .get(cohortId) as { total: number };
  const missed = ctx.sqlite
    .prepare(
      `SELECT m.enrollment_id AS id, total(s.hours) AS missed FROM attendance_marks m
         JOIN attendance_sessions s ON s.id = m.session_id AND s.deleted_at IS NULL
        WHERE s.cohort_id = ? GROUP BY m.enrollment_id`,
    )
    .all(cohortId) as { id: string; missed: number }[];
  const byEnrollment = new Map<string, number>();
  for (const { id } of activeEnrollmentIds(ctx, cohortId)) byEnrollment.set(id, total);
  for (const { id, missed: hours } of missed) if (byEnrollment.has(id)) byEnrollment.set(id, total - hours);
  return { total, byEnrollment };
}

export function activeEnrollmentIds(ctx: HandlerContext, cohortId: string) {
  return ctx.sqlite
    .prepare(
      'SELECT id, hours_waiver_reason AS waiver FROM enrollments WHERE cohort_id = ? AND deleted_at IS NULL ORDER BY seq',
    )
    .all(cohortId) as { id: string; waiver: string | null }[];
}

export interface SittingRow {
  id: string;
  enrollmentId: string;
  part: ScorePart;
  attempt: number;
  score: number | null;
  code: 'absent' | 'misconduct' | null;
  enteredById: string;
  enteredByName: string;
  confirmedById: string | null;
}

/** The current mark of every part: the latest attempt that has not been replaced by a correction. */
export function currentSittings(
  ctx: HandlerContext,
  cohortId: string,
): Map<string, Partial<Record<ScorePart, SittingRow>>> {
  const rows = ctx.sqlite
    .prepare(
      `SELECT s.id, s.enrollment_id AS enrollmentId, s.part, s.attempt, s.score, s.code, s.entered_by_id AS enteredById,
              s.entered_by_name AS enteredByName, s.confirmed_by_id AS confirmedById
         FROM score_sittings s JOIN enrollments e ON e.id = s.enrollment_id
        WHERE e.cohort_id = ? AND e.deleted_at IS NULL AND s.deleted_at IS NULL
        ORDER BY s.attempt`,
    )
    .all(cohortId) as SittingRow[];
  const byEnrollment = new Map<string, Partial<Record<ScorePart, SittingRow>>>();
  for (const row of rows) {
    const marks = byEnrollment.get(row.enrollmentId) ?? {};
    marks[row.part] = row;
    byEnrollment.set(row.enrollmentId, marks);
  }
  return byEnrollment;
}

export function toMark(row: Pick<SittingRow, 'score' | 'code'>): Mark {
  return row.code ? { score: null, code: row.code } : { score: row.score ?? 0, code: null };
}

/** Enrollments allowed to sit and the state of their marks, for stage checks and the overview. */
export function scoreState(ctx: HandlerContext, cohort: CohortRow) {
  const hours = attendedHours(ctx, cohort.id);
  const sittings = currentSittings(ctx, cohort.id);
  const parts = requiredParts(cohort.pass);
  let shortOfHours = 0;
  let hoursCompleted = 0;
  let missingScores = 0;
  let unconfirmedMarks = 0;
  for (const { id, waiver } of activeEnrollmentIds(ctx, cohort.id)) {
    const short = (hours.byEnrollment.get(id) ?? 0) < cohort.requiredHours;
    if (short) {
      if (waiver === null) {
        shortOfHours += 1;
        continue;
      }
    } else hoursCompleted += 1;
    const marks = sittings.get(id) ?? {};
    if (parts.some((p) => !marks[p])) missingScores += 1;
    unconfirmedMarks += parts.filter((p) => marks[p] && !marks[p]!.confirmedById).length;
  }
  return { shortOfHours, hoursCompleted, missingScores, unconfirmedMarks, sessions: countSessions(ctx, cohort.id) };
}

function countSessions(ctx: HandlerContext, cohortId: string): number {
  return (
    ctx.sqlite
      .prepare('SELECT count(*) AS n FROM attendance_sessions WHERE cohort_id = ? AND deleted_at IS NULL')
      .get(cohortId) as { n: number }
  ).n;
}

/** Recounts a cohort's counters from its enrollments (the overview reads only the counters). */
export function refreshCohortTotals(ctx: HandlerContext, cohortId: string) {
  ctx.sqlite
    .prepare(
      `UPDATE cohorts SET
         enrolled_count = (SELECT count(*) FROM enrollments e WHERE e.cohort_id = @id AND e.deleted_at IS NULL),
         passed_count = (SELECT count(*) FROM enrollments e WHERE e.cohort_id = @id AND e.deleted_at IS NULL AND e.result = 'pass')
       WHERE id = @id`,
    )
    .run({ id: cohortId });
}

import { gradeLabel, isGrade } from '@shared/domain/grades';
import type { CertificateValues } from '@shared/domain/certificates/template';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { attendedHours } from '../cohorts/facts';

/** What a certificate prints about one passed enrollment, read fresh from the trainee, cohort and job type. */
export interface EnrollmentFacts {
  enrollmentId: string;
  cohortId: string;
  traineeId: string;
  name: string;
  sex: 'male' | 'female';
  idNumber: string;
  birthDate: string;
  enterprise: string | null;
  jobTypeName: string;
  jobTypeCode: string;
  grade: number;
  cohortName: string;
  startDate: string | null;
  endDate: string | null;
  requiredHours: number;
  /** Hours this trainee attended (sessions less absences), which the certificate prints. */
  attendedHours: number;
  result: string | null;
  publishedAt: string | null;
}

const factsSql = `
  SELECT e.id AS enrollmentId, e.cohort_id AS cohortId, t.id AS traineeId, t.name, t.sex, t.id_number AS idNumber,
         t.birth_date AS birthDate, ent.name AS enterprise, j.name AS jobTypeName, j.code AS jobTypeCode, e.grade,
         c.name AS cohortName, c.start_date AS startDate, c.end_date AS endDate, c.required_hours AS requiredHours,
         e.result, e.result_published_at AS publishedAt
  FROM enrollments e
  JOIN cohorts c ON c.id = e.cohort_id
  JOIN trainees t ON t.id = e.trainee_id
  JOIN job_types j ON j.id = e.job_type_id
  LEFT JOIN enterprises ent ON ent.id = t.enterprise_id
  WHERE e.deleted_at IS NULL`;

type FactsRow = Omit<EnrollmentFacts, 'attendedHours'>;

/** Adds the attended hours, counted once per cohort (a batch of 500 is one cohort). */
function withAttendedHours(ctx: HandlerContext, rows: FactsRow[]): EnrollmentFacts[] {
  const byCohort = new Map<string, Map<string, number>>();
  return rows.map((row) => {
    let hours = byCohort.get(row.cohortId);
    if (!hours) byCohort.set(row.cohortId, (hours = attendedHours(ctx, row.cohortId).byEnrollment));
    return { ...row, attendedHours: hours.get(row.enrollmentId) ?? 0 };
  });
}

/** The facts of each enrollment, in the order given. */
export function enrollmentsFacts(ctx: HandlerContext, enrollmentIds: string[]): EnrollmentFacts[] {
  const one = ctx.sqlite.prepare(`${factsSql} AND e.id = ?`);
  const rows = enrollmentIds.map((id) => {
    const row = one.get(id) as FactsRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', '报名记录不存在或已退出培训班');
    return row;
  });
  return withAttendedHours(ctx, rows);
}

export function enrollmentFacts(ctx: HandlerContext, enrollmentId: string): EnrollmentFacts {
  return enrollmentsFacts(ctx, [enrollmentId])[0]!;
}

export function cohortFacts(ctx: HandlerContext, cohortId: string): EnrollmentFacts[] {
  return withAttendedHours(
    ctx,
    ctx.sqlite.prepare(`${factsSql} AND e.cohort_id = ? ORDER BY e.seq`).all(cohortId) as FactsRow[],
  );
}

/** Why this enrollment may not get a certificate, or null when it may. */
export function notPassedReason(facts: EnrollmentFacts): string | null {
  if (facts.result !== 'pass') return `${facts.name} 的鉴定结果不是合格，不能发证`;
  if (!facts.publishedAt) return `${facts.cohortName} 的成绩尚未公布（培训班未到“已鉴定”），不能发证`;
  return null;
}

export interface BaseFacts {
  baseName: string;
  issuer: string;
}

export function baseFacts(ctx: HandlerContext): BaseFacts {
  const row = ctx.sqlite
    .prepare('SELECT name, certificate_issuer AS issuer FROM base_profile WHERE deleted_at IS NULL')
    .get() as { name: string; issuer: string } | undefined;
  return { baseName: row?.name ?? '', issuer: row?.issuer || row?.name || '' };
}

/** The values to print, without number and code (those are added when they are allocated). */
export function valuesFor(facts: EnrollmentFacts, base: BaseFacts, issueDate: string): CertificateValues {
  const [year = '', month = '', day = ''] = issueDate.split('-');
  return {
    name: facts.name,
    sex: facts.sex === 'male' ? '男' : '女',
    idNumber: facts.idNumber,
    birthDate: facts.birthDate,
    enterprise: facts.enterprise ?? '',
    jobTypeName: facts.jobTypeName,
    jobTypeCode: facts.jobTypeCode,
    grade: isGrade(facts.grade) ? gradeLabel(facts.grade) : String(facts.grade),
    cohortName: facts.cohortName,
    trainingStart: facts.startDate ?? '',
    trainingEnd: facts.endDate ?? '',
    trainingHours: String(facts.attendedHours),
    programmeHours: String(facts.requiredHours),
    issueDate,
    issueYear: year,
    issueMonth: month,
    issueDay: day,
    certificateNo: '',
    verifyCode: '',
    issuer: base.issuer,
    baseName: base.baseName,
  };
}

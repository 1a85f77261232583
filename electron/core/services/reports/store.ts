import type { ReportRecord } from '../../../../shared/contract/reports';
import { isGrade, gradeLabel } from '../../../../shared/domain/grades';
import { maskIdNumber } from '../../../../shared/domain/masking';
import type { ReportDimension, ReportMeasure } from '../../../../shared/domain/reports/measures';
import type { Period } from '../../../../shared/domain/reports/period';
import type { HandlerContext } from '../../context';

/**
 * Every SQL statement of the reports. A figure is a count over one source of records (enrollments,
 * certificates, grades, cohorts), each named by the expressions the breakdowns group on. A new
 * area's figure is one more source here (its table, its period column, its expressions).
 */
interface Source {
  from: string;
  where: string;
  count: string;
  /** The record's id, its trainee (null for cohorts), cohort, job type, grade and calendar date. */
  id: string;
  trainee: string | null;
  cohort: string | null;
  jobType: string;
  grade: string;
  date: string;
  path?: string;
}

const trainedWhere = 'x.deleted_at IS NULL AND c.deleted_at IS NULL AND c.end_date BETWEEN @from AND @to';
const enrollmentsByCohortEnd = {
  from: 'enrollments x JOIN cohorts c ON c.id = x.cohort_id',
  where: trainedWhere,
  id: 'x.id',
  trainee: 'x.trainee_id',
  cohort: 'x.cohort_id',
  jobType: 'x.job_type_id',
  grade: 'x.grade',
  date: 'c.end_date',
};
// result_published_at is a UTC instant: the period's bounds are local midnights, as on the dashboard.
const published = (results: string): Source => ({
  from: 'enrollments x',
  where: `x.result IN (${results}) AND x.result_published_at >= @fromInstant AND x.result_published_at < @toInstant AND x.deleted_at IS NULL`,
  count: 'count(*)',
  id: 'x.id',
  trainee: 'x.trainee_id',
  cohort: 'x.cohort_id',
  jobType: 'x.job_type_id',
  grade: 'x.grade',
  date: "date(x.result_published_at, 'localtime')",
});

type CountedMeasure = Exclude<ReportMeasure, 'passRate'>;

export const sources: Record<CountedMeasure, Source> = {
  cohorts: {
    from: 'cohorts x',
    where: 'x.deleted_at IS NULL AND x.end_date BETWEEN @from AND @to',
    count: 'count(*)',
    id: 'x.id',
    trainee: null,
    cohort: 'x.id',
    jobType: 'x.job_type_id',
    grade: 'x.grade',
    date: 'x.end_date',
  },
  trainedPeople: { ...enrollmentsByCohortEnd, count: 'count(DISTINCT x.trainee_id)' },
  trainedTimes: { ...enrollmentsByCohortEnd, count: 'count(*)' },
  appraised: published("'pass', 'fail', 'misconduct'"),
  passed: published("'pass'"),
  certified: {
    from: 'certificates x JOIN enrollments n ON n.id = x.enrollment_id',
    where: "x.kind = 'skill' AND x.status = 'issued' AND x.deleted_at IS NULL AND x.issued_on BETWEEN @from AND @to",
    count: 'count(*)',
    id: 'x.id',
    trainee: 'x.trainee_id',
    cohort: 'x.cohort_id',
    jobType: 'n.job_type_id',
    grade: 'n.grade',
    date: 'x.issued_on',
  },
  promoted: {
    from: 'trainee_grades x',
    where:
      "x.obtained_on BETWEEN @from AND @to AND x.deleted_at IS NULL AND x.source IN ('appraisal', 'competition', 'recognition')",
    count: 'count(*)',
    id: 'x.id',
    trainee: 'x.trainee_id',
    cohort: null,
    jobType: 'x.job_type_id',
    grade: 'x.grade',
    date: 'x.obtained_on',
    path: 'x.source',
  },
};

const personJoin = (source: Source) =>
  source.trainee
    ? `LEFT JOIN trainees t ON t.id = ${source.trainee} LEFT JOIN enterprises e ON e.id = t.enterprise_id`
    : '';

function dimensionExpression(source: Source, dimension: ReportDimension): string {
  switch (dimension) {
    case 'jobType':
      return source.jobType;
    case 'grade':
      return source.grade;
    case 'month':
      return `substr(${source.date}, 1, 7)`;
    case 'district':
      return "coalesce(nullif(e.district, ''), '')";
    case 'enterprise':
      return "coalesce(e.id, '')";
    case 'path':
      return source.path ?? "''";
  }
}

const needsPerson = (dimensions: readonly ReportDimension[]) =>
  dimensions.some((d) => d === 'district' || d === 'enterprise');

function bounds(period: Period) {
  const [fy, fm, fd] = period.from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = period.to.split('-').map(Number) as [number, number, number];
  return {
    from: period.from,
    to: period.to,
    fromInstant: new Date(fy, fm - 1, fd).toISOString(),
    toInstant: new Date(ty, tm - 1, td + 1).toISOString(),
  };
}

export interface Counted {
  keys: string[];
  value: number;
}

/** The measure's count in the period, grouped by the dimensions (none: one total). */
export function countBy(
  ctx: Pick<HandlerContext, 'sqlite'>,
  measure: CountedMeasure,
  period: Period,
  dimensions: readonly ReportDimension[],
): Counted[] {
  const source = sources[measure];
  const keys = dimensions.map((d) => dimensionExpression(source, d));
  const select = [...keys.map((k, i) => `${k} AS k${i}`), `${source.count} AS value`].join(', ');
  const group = keys.length ? `GROUP BY ${keys.map((_, i) => `k${i}`).join(', ')}` : '';
  const rows = ctx.sqlite
    .prepare(
      `SELECT ${select} FROM ${source.from} ${needsPerson(dimensions) ? personJoin(source) : ''} WHERE ${source.where} ${group}`,
    )
    .raw()
    .all(bounds(period)) as (string | number)[][];
  return rows.map((row) => ({ keys: row.slice(0, -1).map(String), value: Number(row.at(-1)) }));
}

/** The records behind a figure: the same source and period, narrowed to the cell's keys. */
export function recordsOf(
  ctx: Pick<HandlerContext, 'sqlite'>,
  measure: CountedMeasure,
  period: Period,
  filters: { dimension: ReportDimension; key: string }[],
  limit: number,
) {
  const source = sources[measure];
  const params: Record<string, string | number> = { ...bounds(period), limit };
  const narrowed = filters.map((f, i) => {
    params[`k${i}`] = f.key;
    return `AND ${dimensionExpression(source, f.dimension)} = @k${i}`;
  });
  // A grade key arrives as text; the grade column's integer affinity compares it as a number.
  const where = `${source.where} ${narrowed.join(' ')}`;
  const from = `${source.from} ${personJoin(source)} LEFT JOIN cohorts cc ON cc.id = ${source.cohort ?? 'NULL'} LEFT JOIN job_types jt ON jt.id = ${source.jobType}`;
  const person = source.trainee
    ? "t.name AS name, t.id_number AS idNumber, coalesce(e.name, '') AS enterpriseName"
    : "cc.name AS name, '' AS idNumber, '' AS enterpriseName";
  const rows = ctx.sqlite
    .prepare(
      `SELECT ${source.id} AS id, ${person}, coalesce(jt.name, '') AS jobTypeName, ${source.grade} AS grade, coalesce(cc.name, '') AS cohortName, ${source.date} AS date
       FROM ${from} WHERE ${where} ORDER BY ${source.date}, ${source.id} LIMIT @limit`,
    )
    .all(params) as (Omit<ReportRecord, 'maskedIdNumber' | 'gradeLabel'> & { idNumber: string; grade: number })[];
  const total = ctx.sqlite.prepare(`SELECT count(*) FROM ${from} WHERE ${where}`).pluck().get(params) as number;
  return {
    total,
    rows: rows.map(({ idNumber, grade, ...row }): ReportRecord => ({
      ...row,
      maskedIdNumber: idNumber ? maskIdNumber(idNumber) : '',
      gradeLabel: isGrade(grade) ? gradeLabel(grade) : String(grade),
    })),
  };
}

export function jobTypeNames(ctx: Pick<HandlerContext, 'sqlite'>): Map<string, string> {
  return new Map(ctx.sqlite.prepare('SELECT id, name FROM job_types').raw().all() as [string, string][]);
}

export function enterpriseNames(ctx: Pick<HandlerContext, 'sqlite'>, ids: string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const statement = ctx.sqlite.prepare('SELECT id, name FROM enterprises WHERE id IN (SELECT value FROM json_each(?))');
  return new Map(statement.raw().all(JSON.stringify(ids)) as [string, string][]);
}

import {
  rosterColumnLabels,
  type RosterColumn,
  type RosterKind,
  type RosterOrder,
} from '@shared/contract/cohorts/rosters';
import {
  appraisalKindLabels,
  codeLabels,
  resultLabels,
  satResults,
  type EnrollmentResult,
  type ScorePart,
} from '@shared/domain/cohorts/marks';
import { gradeLabel, gradeShortLabel, type Grade } from '@shared/domain/grades';
import type { HandlerContext } from '../../context';
import { attendedHours, currentSittings, requireCohort } from './facts';

/** One roster cell: text, or a number (scores) that the spreadsheet keeps numeric. */
export type RosterValue = string | number;

export interface RosterDocument {
  fileStem: string;
  title: string;
  columns: { key: RosterColumn; label: string }[];
  rows: Record<RosterColumn, RosterValue>[];
  footer: { enrolled: number; sat: number; passed: number; passRate: string; preparer: string; date: string };
  /** For the submission package: the trainee behind each row, in row order. */
  traineeIds: string[];
  idNumbers: string[];
}

const sexLabels = { male: '男', female: '女' } as const;

function fullYearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) >= from.slice(5) ? years : years - 1;
}

/** The rows of the 鉴定花名册, exactly as the agency reads them. */
export function buildRoster(
  ctx: HandlerContext,
  options: { cohortId: string; kind: RosterKind; orderBy: RosterOrder; columns: RosterColumn[]; preparer: string },
): RosterDocument {
  const cohort = requireCohort(ctx, options.cohortId);
  const base =
    (
      ctx.sqlite.prepare('SELECT name FROM base_profile WHERE deleted_at IS NULL LIMIT 1').get() as
        { name: string } | undefined
    )?.name ?? '';
  const people = ctx.sqlite
    .prepare(
      `SELECT e.id, e.trainee_id AS traineeId, e.seq, e.result, e.eligibility, e.override_reason AS overrideReason, e.appraisal_kind AS kind,
              e.hours_waiver_reason AS waiver, t.name, t.sex, t.id_number AS idNumber, t.birth_date AS birthDate, t.education, t.phone,
              t.work_start_date AS workStart, coalesce(p.name, '') AS employer
         FROM enrollments e JOIN trainees t ON t.id = e.trainee_id LEFT JOIN enterprises p ON p.id = t.enterprise_id
        WHERE e.cohort_id = ? AND e.deleted_at IS NULL
        ORDER BY ${options.orderBy === 'idNumber' ? 't.id_number' : 'e.seq'}`,
    )
    .all(cohort.id) as {
    id: string;
    traineeId: string;
    seq: number;
    result: EnrollmentResult | null;
    eligibility: string;
    overrideReason: string | null;
    kind: 'initial' | 'promotion';
    waiver: string | null;
    name: string;
    sex: 'male' | 'female';
    idNumber: string;
    birthDate: string;
    education: string;
    phone: string;
    workStart: string | null;
    employer: string;
  }[];
  const prior = ctx.sqlite.prepare(
    // The grade this very cohort awarded is not a prior certificate.
    `SELECT grade, certificate_no AS no FROM trainee_grades
      WHERE trainee_id = ? AND job_type_id = ? AND deleted_at IS NULL AND (enrollment_id IS NULL OR enrollment_id <> ?) ORDER BY grade LIMIT 1`,
  );
  const certificateNo = certificateLookup(ctx);
  const sittings = currentSittings(ctx, cohort.id);
  const hours = attendedHours(ctx, cohort.id);
  const markOf = (enrollmentId: string, part: ScorePart): RosterValue => {
    const s = sittings.get(enrollmentId)?.[part];
    if (!s) return '';
    return s.code ? codeLabels[s.code] : (s.score ?? '');
  };
  const results = options.kind === 'results';
  const rows = people.map((p, index) => {
    const held = prior.get(p.traineeId, cohort.jobTypeId, p.id) as { grade: Grade; no: string } | undefined;
    const short = (hours.byEnrollment.get(p.id) ?? 0) < cohort.requiredHours && p.waiver === null;
    const resat = Object.values(sittings.get(p.id) ?? {}).some((s) => s.attempt > 1);
    const remarks = [
      appraisalKindLabels[p.kind],
      short ? '课时不足' : '',
      p.eligibility === 'overridden' ? '破格报名' : '',
      results && resat ? '含补考' : '',
    ];
    const row: Record<RosterColumn, RosterValue> = {
      seq: index + 1,
      name: p.name,
      sex: sexLabels[p.sex],
      idNumber: p.idNumber,
      birthMonth: p.birthDate.slice(0, 7),
      education: p.education,
      employer: p.employer,
      jobType: cohort.jobTypeName,
      jobTypeCode: cohort.jobTypeCode,
      grade: gradeLabel(cohort.grade as Grade),
      priorCertificate: held ? `${gradeShortLabel(held.grade)}${held.no ? ` ${held.no}` : ''}` : '',
      yearsInOccupation: p.workStart ? Math.max(0, fullYearsBetween(p.workStart, ctx.today)) : '',
      phone: p.phone,
      theory: results ? markOf(p.id, 'theory') : '',
      practical: results ? markOf(p.id, 'practical') : '',
      review: results ? markOf(p.id, 'review') : '',
      result: results && p.result ? resultLabels[p.result] : '',
      certificateNo: results ? certificateNo(p.id) : '',
      remark: remarks.filter(Boolean).join('；'),
    };
    return row;
  });
  const satCount = people.filter((p) => p.result !== null && satResults.includes(p.result)).length;
  const passed = people.filter((p) => p.result === 'pass').length;
  const kindLabel = results ? '鉴定成绩花名册' : '鉴定报名花名册';
  return {
    fileStem: `${cohort.name}-${kindLabel}`,
    title: `${base ? `${base}\u3000` : ''}${cohort.name}${cohort.term ? `（${cohort.term}）` : ''}\u3000职业(工种)：${cohort.jobTypeName}\u3000职业编码：${cohort.jobTypeCode}\u3000申报等级：${gradeLabel(cohort.grade as Grade)}\u3000${kindLabel}`,
    columns: options.columns.map((key) => ({ key, label: rosterColumnLabels[key] })),
    rows,
    footer: {
      enrolled: people.length,
      sat: results ? satCount : 0,
      passed: results ? passed : 0,
      passRate: results && satCount > 0 ? `${((passed / satCount) * 100).toFixed(1)}%` : '—',
      preparer: options.preparer,
      date: ctx.today,
    },
    traineeIds: people.map((p) => p.traineeId),
    idNumbers: people.map((p) => p.idNumber),
  };
}

/** The skill-level certificate's number (职业技能等级证书), the one the agency's roster asks for. */
function certificateLookup(ctx: HandlerContext): (enrollmentId: string) => string {
  const statement = ctx.sqlite.prepare(
    "SELECT number FROM certificates WHERE enrollment_id = ? AND kind = 'skill' AND status = 'issued' AND deleted_at IS NULL LIMIT 1",
  );
  return (enrollmentId) => (statement.get(enrollmentId) as { number: string } | undefined)?.number ?? '';
}

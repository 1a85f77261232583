import type {
  CertificateHistoryEntry,
  CertificateSummary,
  CohortForCertificates,
  IssueCandidate,
} from '@shared/contract/certificates';
import type { CertificateKind } from '@shared/domain/certificates/template';
import { stageLabels, type CohortStage } from '@shared/domain/cohorts/lifecycle';
import { gradeLabel, isGrade } from '@shared/domain/grades';
import { maskIdNumber } from '@shared/domain/masking';
import type { HandlerContext } from '../../context';
import { eventsOf, selectCertificates, toSummary } from './records';

export function listCohorts(ctx: HandlerContext): CohortForCertificates[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT c.id, c.name, j.name AS jobTypeName, c.grade, c.stage, c.end_date AS endDate,
              (SELECT COUNT(*) FROM enrollments e WHERE e.cohort_id = c.id AND e.deleted_at IS NULL AND e.result = 'pass') AS passed,
              EXISTS (SELECT 1 FROM enrollments e WHERE e.cohort_id = c.id AND e.deleted_at IS NULL AND e.result_published_at IS NOT NULL) AS published
       FROM cohorts c JOIN job_types j ON j.id = c.job_type_id
       WHERE c.deleted_at IS NULL AND c.stage IN ('appraised', 'closed', 'awaiting')
       ORDER BY c.end_date DESC, c.id DESC LIMIT 300`,
    )
    .all() as {
    id: string;
    name: string;
    jobTypeName: string;
    grade: number;
    stage: CohortStage;
    endDate: string | null;
    passed: number;
    published: number;
  }[];
  return rows.map((row) => ({
    ...row,
    grade: isGrade(row.grade) ? gradeLabel(row.grade) : String(row.grade),
    stage: stageLabels[row.stage],
    published: row.published === 1,
  }));
}

export function candidates(ctx: HandlerContext, cohortId: string, kind: CertificateKind): IssueCandidate[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT e.id AS enrollmentId, t.id AS traineeId, t.name, t.id_number AS idNumber, c.id AS certificateId, c.number
       FROM enrollments e JOIN trainees t ON t.id = e.trainee_id
       LEFT JOIN certificates c ON c.enrollment_id = e.id AND c.kind = ? AND c.status = 'issued'
       WHERE e.cohort_id = ? AND e.deleted_at IS NULL AND e.result = 'pass' AND e.result_published_at IS NOT NULL
       ORDER BY e.seq`,
    )
    .all(kind, cohortId) as {
    enrollmentId: string;
    traineeId: string;
    name: string;
    idNumber: string;
    certificateId: string | null;
    number: string | null;
  }[];
  return rows.map((row) => ({
    enrollmentId: row.enrollmentId,
    traineeId: row.traineeId,
    name: row.name,
    maskedIdNumber: maskIdNumber(row.idNumber),
    certificate: row.certificateId ? { id: row.certificateId, number: row.number! } : null,
  }));
}

export function listCertificates(
  ctx: HandlerContext,
  input: { cohortId?: string; traineeId?: string; number?: string; limit: number },
): CertificateSummary[] {
  const filters = [
    ['cohort_id = ?', input.cohortId],
    ['trainee_id = ?', input.traineeId],
    ['number = ?', input.number],
  ].filter(([, value]) => value);
  const conditions = ['1 = 1', ...filters.map(([condition]) => condition)];
  const params = filters.map(([, value]) => value);
  return selectCertificates(ctx, `${conditions.join(' AND ')} ORDER BY id LIMIT ?`, ...params, input.limit).map(
    toSummary,
  );
}

export function history(ctx: HandlerContext, traineeId: string): CertificateHistoryEntry[] {
  const rows = selectCertificates(ctx, 'trainee_id = ? ORDER BY id DESC', traineeId);
  const events = eventsOf(
    ctx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...toSummary(row), events: events.get(row.id) ?? [] }));
}

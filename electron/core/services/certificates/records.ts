import type { CertificateEvent, CertificateSummary } from '@shared/contract/certificates';
import type { CertificateValues } from '@shared/domain/certificates/template';
import { maskIdNumber } from '@shared/domain/masking';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import type { certificates } from '../../db/schema';

export type CertificateRow = typeof certificates.$inferSelect;

const columns = `id, created_at AS createdAt, updated_at AS updatedAt, deleted_at AS deletedAt, number, kind, trainee_id AS traineeId,
  enrollment_id AS enrollmentId, cohort_id AS cohortId, template_id AS templateId, layout, printed_values AS printedValues,
  verify_code AS verifyCode, photo_image_id AS photoImageId, seal_image_id AS sealImageId, issued_on AS issuedOn,
  number_source AS numberSource, status, voided_at AS voidedAt, void_reason AS voidReason, replaces_id AS replacesId, print_count AS printCount`;

export function selectCertificates(ctx: HandlerContext, where: string, ...params: unknown[]): CertificateRow[] {
  return ctx.sqlite
    .prepare(`SELECT ${columns} FROM certificates WHERE deleted_at IS NULL AND ${where}`)
    .all(...params) as CertificateRow[];
}

export function getCertificate(ctx: HandlerContext, id: string): CertificateRow {
  const row = selectCertificates(ctx, 'id = ?', id)[0];
  if (!row) throw new AppError('NOT_FOUND', '证书不存在');
  return row;
}

export function printedValues(row: CertificateRow): CertificateValues {
  return JSON.parse(row.printedValues) as CertificateValues;
}

export function toSummary(row: CertificateRow): CertificateSummary {
  const values = printedValues(row);
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    traineeId: row.traineeId,
    name: values.name,
    maskedIdNumber: maskIdNumber(values.idNumber),
    jobTypeName: values.jobTypeName,
    grade: values.grade,
    cohortName: values.cohortName,
    issuedOn: row.issuedOn,
    verifyCode: row.verifyCode,
    status: row.status,
    voidReason: row.voidReason,
    printCount: row.printCount,
    numberSource: row.numberSource,
  };
}

export function eventsOf(ctx: HandlerContext, certificateIds: string[]): Map<string, CertificateEvent[]> {
  const byCertificate = new Map<string, CertificateEvent[]>();
  const statement = ctx.sqlite.prepare(
    'SELECT id, certificate_id AS certificateId, created_at AS at, action, reason, printer_name AS printerName, actor_name AS actorName FROM certificate_events WHERE certificate_id = ? ORDER BY id',
  );
  for (const id of certificateIds) {
    const rows = statement.all(id) as (CertificateEvent & { certificateId: string })[];
    byCertificate.set(
      id,
      rows.map(({ certificateId: _unused, ...event }) => event),
    );
  }
  return byCertificate;
}

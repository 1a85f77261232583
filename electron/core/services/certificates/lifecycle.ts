import type { CertificateSummary } from '@shared/contract/certificates';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { enrollmentFacts } from './facts';
import { issueOne, openIssueSession, recordEvent } from './issue';
import { getCertificate, toSummary } from './records';
import { findTemplate } from './templates';
import { releaseStockOfCertificate } from '../stock';

/** A void keeps the number taken for ever: the certificate stays on record, marked and explained. */
/** Who issued or imported the certificate: maker-checker keeps them from voiding it themselves. */
export function certificateMakers(ctx: HandlerContext, certificateId: string): string[] {
  const rows = ctx.sqlite
    .prepare(
      "SELECT DISTINCT actor_id AS id FROM certificate_events WHERE certificate_id = ? AND action IN ('issue', 'import', 'reissue') AND deleted_at IS NULL",
    )
    .all(certificateId) as { id: string }[];
  return rows.map((r) => r.id);
}

export function voidCertificate(ctx: HandlerContext, certificateId: string, reason: string): CertificateSummary {
  const row = getCertificate(ctx, certificateId);
  if (row.status === 'voided')
    throw new AppError('CONFLICT', `证书 ${row.number} 已于 ${row.voidedAt?.slice(0, 10)} 作废`);
  ctx.sqlite
    .prepare("UPDATE certificates SET status = 'voided', voided_at = ?, void_reason = ?, updated_at = ? WHERE id = ?")
    .run(ctx.now, reason, ctx.now, certificateId);
  recordEvent(ctx, certificateId, 'void', { reason });
  releaseStockOfCertificate(ctx, {
    certificateId,
    kind: row.kind,
    cohortId: row.cohortId,
    printed: row.printCount > 0,
  });
  ctx.audit({ recordIds: [certificateId, row.traineeId], summary: `作废证书 ${row.number}：${reason}` });
  return toSummary(getCertificate(ctx, certificateId));
}

/**
 * The only way new values reach paper: the old certificate is voided and a new one, with a new
 * number and the trainee's current data, is issued in the same transaction.
 */
export function reissueCertificate(
  ctx: HandlerContext,
  input: { certificateId: string; reason: string; templateId: string; issueDate: string },
): CertificateSummary {
  const old = getCertificate(ctx, input.certificateId);
  if (!old.enrollmentId) throw new AppError('CONFLICT', '这张证书没有关联报名记录，无法重新签发');
  const template = findTemplate(ctx, input.templateId);
  if (template.kind !== old.kind) throw new AppError('VALIDATION', '重新签发须使用同一种证书的模板');
  if (old.status === 'issued') voidCertificate(ctx, old.id, `重新签发：${input.reason}`);
  const id = issueOne(openIssueSession(ctx), {
    template,
    facts: enrollmentFacts(ctx, old.enrollmentId),
    issueDate: input.issueDate,
    replacesId: old.id,
  });
  recordEvent(ctx, id, 'reissue', { reason: input.reason });
  const issued = getCertificate(ctx, id);
  ctx.audit({
    recordIds: [id, old.id, old.traineeId],
    summary: `重新签发证书 ${issued.number}（替代 ${old.number}）：${input.reason}`,
  });
  return toSummary(issued);
}

/** The first output of a certificate is a print; every later one is a reprint with the same number. */
export function recordPrint(
  ctx: HandlerContext,
  input: { certificateIds: string[]; printerName: string; reason: string },
) {
  let printed = 0;
  let reprinted = 0;
  const bump = ctx.sqlite.prepare('UPDATE certificates SET print_count = print_count + 1, updated_at = ? WHERE id = ?');
  for (const id of input.certificateIds) {
    const row = getCertificate(ctx, id);
    if (row.status === 'voided') throw new AppError('CONFLICT', `证书 ${row.number} 已作废，不能打印`);
    const action = row.printCount === 0 ? 'print' : 'reprint';
    if (action === 'print') printed++;
    else reprinted++;
    bump.run(ctx.now, id);
    recordEvent(ctx, id, action, { reason: input.reason, printerName: input.printerName });
  }
  const where = input.printerName ? `，打印机：${input.printerName}` : '';
  ctx.audit({
    recordIds: input.certificateIds,
    summary: `输出证书 ${printed} 份、补打 ${reprinted} 份${where}${input.reason ? `，原因：${input.reason}` : ''}`,
  });
  return { printed, reprinted };
}

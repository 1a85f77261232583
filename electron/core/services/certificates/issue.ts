import { formatNumber, sequenceScope } from '@shared/domain/certificates/numbering';
import {
  fillContent,
  type CertificateKind,
  type CertificateValues,
  type TemplateLayout,
} from '@shared/domain/certificates/template';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { certificateEvents, certificates } from '../../db/schema';
import { loadCertificateFonts, type CertificateFonts } from '../../files/certificate-fonts';
import { issuedBeforeTrainingEnds } from '@shared/domain/certificates/issue-date';
import { attachCertificateToGrade } from '../cohorts/appraisal-grades';
import { drawStockForCertificate } from '../stock';
import { baseFacts, enrollmentsFacts, notPassedReason, valuesFor, type EnrollmentFacts } from './facts';
import { ensureSettings, storeImage, type SettingsRow } from './settings';
import type { CertificateTemplate } from '@shared/contract/certificates';
import { ensureTemplateRow } from './templates';
import { verificationCode } from './verification';

export type CertificateAction = (typeof certificateEvents.$inferInsert)['action'];

export function recordEvent(
  ctx: HandlerContext,
  certificateId: string,
  action: CertificateAction,
  details: { reason?: string; printerName?: string } = {},
) {
  ctx.db
    .insert(certificateEvents)
    .values({
      id: ctx.newId(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      certificateId,
      action,
      reason: details.reason ?? '',
      printerName: details.printerName ?? '',
      actorId: ctx.actor.id,
      actorName: ctx.actor.name,
    })
    .run();
}

/**
 * The next number of the pattern's prefix. The counter moves in the caller's transaction, so a
 * rolled-back issue takes its number back with it: numbers are dense, never reused, never skipped.
 */
export function allocateNumber(
  ctx: HandlerContext,
  settings: SettingsRow,
  kind: CertificateKind,
  facts: { grade: number },
  issueDate: string,
): string {
  const pattern = kind === 'skill' ? settings.skillPattern : settings.completionPattern;
  const parts = { base: settings.baseCode, issueDate, grade: String(facts.grade) };
  const { lastValue } = ctx.sqlite
    .prepare(
      'INSERT INTO certificate_sequences (scope, last_value) VALUES (?, 1) ON CONFLICT (scope) DO UPDATE SET last_value = last_value + 1 RETURNING last_value AS lastValue',
    )
    .get(sequenceScope(pattern, parts)) as { lastValue: number };
  try {
    return formatNumber(pattern, parts, lastValue);
  } catch {
    throw new AppError('CONFLICT', `编号规则 ${pattern} 的流水号已用完，请在“编号与印章”中加长流水号位数后再签发`);
  }
}

/** Refuses values the bundled font cannot draw: a name printed with empty boxes is a spoiled certificate. */
function checkPrintable(fonts: CertificateFonts, layout: TemplateLayout, values: CertificateValues) {
  for (const field of layout.fields) {
    if (field.kind !== 'text') continue;
    const missing = fonts.missingCharacters(fillContent(field.content, values));
    if (missing.length > 0) {
      throw new AppError(
        'VALIDATION',
        `${values.name}：字体中没有“${missing.join('')}”，打印会缺字。请核对姓名等内容，或改用其他写法后再发证`,
      );
    }
  }
}

export interface IssueRequest {
  template: CertificateTemplate;
  facts: EnrollmentFacts;
  issueDate: string;
  /** Given when the number comes from the appraisal agency; otherwise allocated from the pattern. */
  importedNumber?: string;
  replacesId?: string;
  /** An administrator's reason for a certificate dated before the training ends. */
  earlyIssueReason?: string;
}

export interface IssueSession {
  ctx: HandlerContext;
  settings: SettingsRow;
  fonts: CertificateFonts;
  base: ReturnType<typeof baseFacts>;
}

export function openIssueSession(ctx: HandlerContext): IssueSession {
  return { ctx, settings: ensureSettings(ctx), fonts: loadCertificateFonts(ctx.resourcesFolder), base: baseFacts(ctx) };
}

export function issueOne(session: IssueSession, request: IssueRequest): string {
  const { ctx, settings } = session;
  const { template, facts } = request;
  const notPassed = notPassedReason(facts);
  if (notPassed) throw new AppError('CONFLICT', notPassed);
  const live = ctx.sqlite
    .prepare("SELECT number FROM certificates WHERE enrollment_id = ? AND kind = ? AND status = 'issued'")
    .get(facts.enrollmentId, template.kind) as { number: string } | undefined;
  if (live)
    throw new AppError(
      'CONFLICT',
      `${facts.name} 已有${template.kind === 'skill' ? '职业技能等级证书' : '培训结业证书'} ${live.number}；如需重发请用“重新签发”并填写原因`,
    );
  const early = earlyIssueNote(ctx, facts, request);

  const values = valuesFor(facts, session.base, request.issueDate);
  checkPrintable(session.fonts, template.layout, values);
  const number = request.importedNumber ?? allocateNumber(ctx, settings, template.kind, facts, request.issueDate);
  const holder = ctx.sqlite.prepare('SELECT 1 FROM certificates WHERE number = ?').get(number);
  if (holder) throw new AppError('CONFLICT', `证书编号 ${number} 已被使用；编号不能重复，请检查编号规则或导入的编号`);
  values.certificateNo = number;
  values.verifyCode = verificationCode(settings.hmacKey, values);

  const photo = ctx.sqlite
    .prepare('SELECT mime_type AS mimeType, bytes FROM trainee_photos WHERE trainee_id = ?')
    .get(facts.traineeId) as { mimeType: 'image/png' | 'image/jpeg'; bytes: Buffer } | undefined;
  const usesPhoto = template.layout.fields.some((f) => f.kind === 'photo');
  const usesSeal = template.layout.fields.some((f) => f.kind === 'seal');
  ensureTemplateRow(ctx, template);
  const id = ctx.newId();
  ctx.db
    .insert(certificates)
    .values({
      id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      number,
      kind: template.kind,
      traineeId: facts.traineeId,
      enrollmentId: facts.enrollmentId,
      cohortId: facts.cohortId,
      templateId: template.id,
      layout: JSON.stringify(template.layout),
      printedValues: JSON.stringify(values),
      verifyCode: values.verifyCode,
      photoImageId: usesPhoto && photo ? storeImage(ctx, photo.mimeType, photo.bytes) : null,
      sealImageId: usesSeal ? settings.sealImageId : null,
      issuedOn: request.issueDate,
      numberSource: request.importedNumber ? 'imported' : 'allocated',
      status: 'issued',
      replacesId: request.replacesId ?? null,
    })
    .run();
  recordEvent(ctx, id, request.importedNumber ? 'import' : 'issue', { reason: early ?? undefined });
  drawStockForCertificate(ctx, { certificateId: id, kind: template.kind, cohortId: facts.cohortId });
  if (early) ctx.audit({ recordIds: [id, facts.traineeId], summary: `${facts.name} 证书 ${number} ${early}` });
  if (template.kind === 'skill') attachCertificateToGrade(ctx, facts.enrollmentId, number);
  return id;
}

/**
 * A certificate dated before its training ends states training not yet done: refused, unless an
 * administrator gives a reason (recorded with the issue, as an enrollment override is).
 */
function earlyIssueNote(ctx: HandlerContext, facts: EnrollmentFacts, request: IssueRequest): string | null {
  if (!issuedBeforeTrainingEnds(facts.endDate, request.issueDate)) return null;
  const when = `培训结束日期 ${facts.endDate}`;
  if (!request.earlyIssueReason) {
    throw new AppError(
      'CONFLICT',
      `${facts.cohortName} 的${when}，发证日期 ${request.issueDate} 早于结束日期，不能发证；请改发证日期，或由管理员填写提前发证的理由`,
      {
        issues: [{ field: 'issueDate', message: `发证日期早于${when}` }],
      },
    );
  }
  if (ctx.actor.role !== 'admin') throw new AppError('FORBIDDEN', `发证日期早于${when}：提前发证须由管理员填写理由`);
  return `提前发证（${when}）：${request.earlyIssueReason}`;
}

export function issueForEnrollments(
  ctx: HandlerContext,
  template: CertificateTemplate,
  enrollmentIds: string[],
  issueDate: string,
  earlyIssueReason?: string,
): string[] {
  const session = openIssueSession(ctx);
  return enrollmentsFacts(ctx, enrollmentIds).map((facts) =>
    issueOne(session, { template, facts, issueDate, earlyIssueReason }),
  );
}

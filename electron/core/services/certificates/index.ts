import type { AreaHandlers } from '../../router';
import { calibrationSheet, previewTemplate, renderCertificates } from './render';
import { listCalibrations, saveCalibration } from './calibration';
import { applyImport, previewImport } from './import';
import { issueForEnrollments } from './issue';
import { recordPrint, reissueCertificate, voidCertificate, certificateMakers } from './lifecycle';
import { candidates, history, listCertificates, listCohorts } from './queries';
import { getCertificate, toSummary } from './records';
import { ensureSettings, readSettings, storeImage, toSettingsDto } from './settings';
import { deleteTemplate, exportTemplate, findTemplate, importTemplate, listTemplates, saveTemplate } from './templates';
import { verify } from './verify';
import { certificateSettings } from '../../db/schema';
import { eq } from 'drizzle-orm';
import { normalizeCode } from '@shared/domain/normalize';
import { certificateKindLabels } from '@shared/domain/certificates/template';
import { formatNumber } from '@shared/domain/certificates/numbering';

export const certificatesHandlers: AreaHandlers<'certificates'> = {
  'certificates.getSettings': (_input, ctx) => toSettingsDto(ctx, readSettings(ctx)),
  'certificates.updateSettings': (input, ctx) => {
    const row = ensureSettings(ctx);
    const sealImageId = input.sealImage
      ? storeImage(ctx, input.sealImage.mimeType, Buffer.from(input.sealImage.base64, 'base64'))
      : null;
    ctx.db
      .update(certificateSettings)
      .set({
        baseCode: normalizeCode(input.baseCode),
        completionPattern: input.completionPattern,
        skillPattern: input.skillPattern,
        sealImageId,
        updatedAt: ctx.now,
      })
      .where(eq(certificateSettings.id, row.id))
      .run();
    // The log shows numbers as a clerk reads them (an example), not the pattern's placeholders.
    const example = (pattern: string) =>
      formatNumber(pattern, { base: normalizeCode(input.baseCode), issueDate: ctx.today, grade: '4' }, 1);
    ctx.audit({
      recordIds: [row.id],
      summary: `修改证书设置：基地代码 ${normalizeCode(input.baseCode) || '（空）'}，结业证书编号如 ${example(input.completionPattern)}，等级证书编号如 ${example(input.skillPattern)}`,
    });
    return toSettingsDto(ctx, readSettings(ctx));
  },

  'certificates.listTemplates': (_input, ctx) => listTemplates(ctx),
  'certificates.saveTemplate': (input, ctx) => saveTemplate(ctx, input),
  'certificates.deleteTemplate': (input, ctx) => deleteTemplate(ctx, input.id),
  'certificates.exportTemplate': (input, ctx) => exportTemplate(ctx, input.id),
  'certificates.importTemplate': (input, ctx) => importTemplate(ctx, input.text),
  'certificates.previewTemplate': (input, ctx) => previewTemplate(ctx, input),

  'certificates.listCohorts': (_input, ctx) => listCohorts(ctx),
  'certificates.candidates': (input, ctx) => candidates(ctx, input.cohortId, input.kind),
  'certificates.issue': (input, ctx) => {
    const template = findTemplate(ctx, input.templateId);
    const ids = issueForEnrollments(ctx, template, input.enrollmentIds, input.issueDate, input.earlyIssueReason);
    const issued = ids.map((id) => toSummary(getCertificate(ctx, id)));
    const range = issued.length === 1 ? issued[0]!.number : `${issued[0]!.number} 至 ${issued.at(-1)!.number}`;
    ctx.audit({ recordIds: ids, summary: `签发${certificateKindLabels[template.kind]} ${issued.length} 份：${range}` });
    return issued;
  },
  'certificates.list': (input, ctx) => listCertificates(ctx, input),
  'certificates.history': (input, ctx) => history(ctx, input.traineeId),
  'certificates.void': {
    makers: (input, ctx) => certificateMakers(ctx, input.certificateId),
    run: (input, ctx) => voidCertificate(ctx, input.certificateId, input.reason),
  },
  'certificates.reissue': (input, ctx) => reissueCertificate(ctx, input),
  'certificates.render': (input, ctx) => renderCertificates(ctx, input),
  'certificates.recordPrint': (input, ctx) => recordPrint(ctx, input),
  'certificates.verify': (input, ctx) => verify(ctx, input),

  'certificates.listCalibrations': (_input, ctx) => listCalibrations(ctx),
  'certificates.saveCalibration': (input, ctx) => saveCalibration(ctx, input),
  'certificates.calibrationSheet': (input, ctx) => calibrationSheet(ctx, input),

  'certificates.previewImport': (input, ctx) => previewImport(ctx, input),
  'certificates.applyImport': (input, ctx) => applyImport(ctx, input).map(toSummary),
};

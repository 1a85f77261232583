import type { PdfFile } from '@shared/contract/certificates';
import { layoutCertificate, sampleValues } from '@shared/domain/certificates/layout';
import { templateLayoutSchema, type TemplateLayout } from '@shared/domain/certificates/template';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { renderCalibrationSheet } from '../../files/certificate-calibration-sheet';
import { loadCertificateFonts } from '../../files/certificate-fonts';
import { renderCertificatePdf, type CertificatePage } from '../../files/certificate-pdf';
import { calibrationFor } from './calibration';
import { getCertificate, printedValues } from './records';
import { imageBytes, readSettings } from './settings';

const progressEvery = 25;

/**
 * One PDF of the given certificates, in the order given, each drawn from its frozen values and
 * layout with the printer's calibration. Progress goes out every few pages, and the loop yields
 * so that other calls keep being served while a big batch is written.
 */
export async function renderCertificates(
  ctx: HandlerContext,
  input: { certificateIds: string[]; printerName?: string; jobId?: string },
): Promise<PdfFile> {
  const calibration = calibrationFor(ctx, input.printerName);
  const rows = input.certificateIds.map((id) => getCertificate(ctx, id));
  const voided = rows.find((row) => row.status === 'voided');
  if (voided) throw new AppError('CONFLICT', `证书 ${voided.number} 已作废，不能输出`);
  const total = rows.length;
  const report = (done: number) =>
    input.jobId &&
    ctx.reportProgress({ jobId: input.jobId, done, total, message: `正在生成证书 PDF：${done}/${total}` });
  report(0);
  function* pages(): Generator<CertificatePage> {
    for (const row of rows) {
      const layout = templateLayoutSchema.parse(JSON.parse(row.layout));
      yield {
        layout: layoutCertificate(layout, printedValues(row), calibration),
        photo: imageBytes(ctx, row.photoImageId),
        seal: imageBytes(ctx, row.sealImageId),
      };
    }
  }
  const pdf = await renderCertificatePdf(pages(), {
    fonts: loadCertificateFonts(ctx.resourcesFolder),
    title: '证书',
    onPage: async (done) => {
      if (done % progressEvery !== 0 && done !== total) return;
      report(done);
      await new Promise((resolve) => setImmediate(resolve));
    },
  });
  ctx.audit({
    recordIds: input.certificateIds,
    summary: `生成证书 PDF ${total} 份${input.printerName ? `（打印机：${input.printerName}）` : ''}`,
  });
  const first = rows[0]!;
  const fileName = total === 1 ? `证书-${first.number}.pdf` : `证书-${first.issuedOn}-${total}份.pdf`;
  return { fileName, base64: pdf.bytes.toString('base64'), pages: pdf.pages };
}

/** The designer's true-scale preview: the template drawn with example values, as the printer would get it. */
export async function previewTemplate(
  ctx: HandlerContext,
  input: { layout: TemplateLayout; printerName?: string },
): Promise<PdfFile> {
  const page = {
    layout: layoutCertificate(input.layout, sampleValues, calibrationFor(ctx, input.printerName)),
    photo: null,
    seal: input.layout.kind === 'completion' ? imageBytes(ctx, readSettings(ctx)?.sealImageId ?? null) : null,
  };
  const pdf = await renderCertificatePdf([page], {
    fonts: loadCertificateFonts(ctx.resourcesFolder),
    title: '模板预览',
    placeholders: true,
  });
  return { fileName: '模板预览.pdf', base64: pdf.bytes.toString('base64'), pages: 1 };
}

export async function calibrationSheet(
  ctx: HandlerContext,
  size: { pageWidth: number; pageHeight: number },
): Promise<PdfFile> {
  const bytes = await renderCalibrationSheet(
    { width: size.pageWidth, height: size.pageHeight },
    loadCertificateFonts(ctx.resourcesFolder),
  );
  return {
    fileName: `打印机校准页-${size.pageWidth}x${size.pageHeight}mm.pdf`,
    base64: bytes.toString('base64'),
    pages: 1,
  };
}

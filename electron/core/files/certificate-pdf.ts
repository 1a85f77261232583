import type QRCode from 'qrcode';
import type { DrawOp, PageLayout } from '@shared/domain/certificates/layout';
import type { CertificateFonts } from './certificate-fonts';

export const pointsPerMm = 72 / 25.4;
const pt = (mm: number) => mm * pointsPerMm;

export interface CertificatePage {
  layout: PageLayout;
  photo: Buffer | null;
  seal: Buffer | null;
}

export interface RenderOptions {
  fonts: CertificateFonts;
  title: string;
  /** Show where a photo or seal would go when there is none (designer preview, test print). */
  placeholders?: boolean;
  /** Called after each page; awaited, so a caller can report progress and let other work run. */
  onPage?: (done: number) => Promise<void> | void;
}

/**
 * Writes certificate pages to one PDF. Positions are exact: pdfkit's origin is the top-left corner
 * in points, the page is the paper's size with no margins, and nothing is scaled to fit.
 */
export async function renderCertificatePdf(
  pages: Iterable<CertificatePage>,
  options: RenderOptions,
): Promise<{ bytes: Buffer; pages: number }> {
  const doc = await openCertificateDocument(options.title, options.fonts);
  const { default: qrCodes } = await import('qrcode');
  const bytes = collectBytes(doc);
  let count = 0;
  for (const page of pages) {
    doc.addPage({ size: [pt(page.layout.width), pt(page.layout.height)], margin: 0 });
    for (const op of page.layout.ops) drawOp(doc, op, page, options.placeholders ?? false, qrCodes);
    count++;
    await options.onPage?.(count);
  }
  doc.end();
  return { bytes: await bytes, pages: count };
}

/** A document with no pages yet, no margins, and the bundled fonts registered as regular and bold. */
export async function openCertificateDocument(title: string, fonts: CertificateFonts): Promise<PDFKit.PDFDocument> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    info: { Title: title, Producer: '匠训', Creator: '匠训' },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  return doc;
}

/** The document's bytes once `end()` has been called. */
export function collectBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function drawOp(
  doc: PDFKit.PDFDocument,
  op: DrawOp,
  page: CertificatePage,
  placeholders: boolean,
  qrCodes: typeof QRCode,
) {
  switch (op.op) {
    case 'text':
      doc
        .font(op.bold ? 'bold' : 'regular')
        .fontSize(op.fontSize)
        .fillColor('black')
        .text(op.text, pt(op.x), pt(op.y), { width: pt(op.width), align: op.align, lineGap: 0 });
      return;
    case 'image': {
      const bytes = op.image === 'photo' ? page.photo : page.seal;
      if (bytes) {
        doc.image(bytes, pt(op.x), pt(op.y), { fit: [pt(op.width), pt(op.height)], align: 'center', valign: 'center' });
      } else if (placeholders) {
        placeholder(doc, op, op.image === 'photo' ? '照片' : '印章');
      }
      return;
    }
    case 'qr':
      drawQr(doc, op, qrCodes);
      return;
    case 'frame':
      doc
        .lineWidth(pt(op.lineWidth))
        .strokeColor('#8a1c1c')
        .rect(pt(op.x), pt(op.y), pt(op.width), pt(op.height))
        .stroke();
      return;
  }
}

function placeholder(
  doc: PDFKit.PDFDocument,
  op: { x: number; y: number; width: number; height: number },
  label: string,
) {
  doc
    .save()
    .lineWidth(0.5)
    .dash(3, { space: 2 })
    .strokeColor('#888888')
    .rect(pt(op.x), pt(op.y), pt(op.width), pt(op.height))
    .stroke()
    .restore();
  doc
    .font('regular')
    .fontSize(9)
    .fillColor('#888888')
    .text(label, pt(op.x), pt(op.y + op.height / 2) - 5, { width: pt(op.width), align: 'center' });
}

/** Vector modules, so the code stays sharp at any printer resolution. */
function drawQr(doc: PDFKit.PDFDocument, op: Extract<DrawOp, { op: 'qr' }>, qrCodes: typeof QRCode) {
  const qr = qrCodes.create(op.text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const module = pt(op.size) / count;
  doc.save().fillColor('black');
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (qr.modules.get(row, col)) doc.rect(pt(op.x) + col * module, pt(op.y) + row * module, module, module);
    }
  }
  doc.fill().restore();
}

import type { CertificateFonts } from './certificate-fonts';
import { collectBytes, openCertificateDocument, pointsPerMm } from './certificate-pdf';

const pt = (mm: number) => mm * pointsPerMm;
/** Where the crosshair and the 100 mm rulers start, in mm from the paper's top-left corner. */
export const calibrationMark = { x: 20, y: 20 } as const;

/**
 * A millimetre grid over the whole page, printed with no calibration: measuring where its lines
 * land on the paper tells the printer's own offset and scale.
 */
export async function renderCalibrationSheet(
  size: { width: number; height: number },
  fonts: CertificateFonts,
): Promise<Buffer> {
  const doc = await openCertificateDocument('打印机校准页', fonts);
  const bytes = collectBytes(doc);
  doc.addPage({ size: [pt(size.width), pt(size.height)], margin: 0 });
  grid(doc, size);
  rulers(doc);
  instructions(doc);
  doc.end();
  return bytes;
}

function grid(doc: PDFKit.PDFDocument, size: { width: number; height: number }) {
  const line = (x1: number, y1: number, x2: number, y2: number, width: number, color: string) =>
    doc.moveTo(pt(x1), pt(y1)).lineTo(pt(x2), pt(y2)).lineWidth(width).strokeColor(color).stroke();
  for (let x = 0; x <= size.width; x++) {
    const major = x % 10 === 0;
    line(
      x,
      0,
      x,
      size.height,
      major ? 0.6 : x % 5 === 0 ? 0.3 : 0.1,
      major ? '#1f4e9c' : x % 5 === 0 ? '#7fa3dc' : '#c5d6f0',
    );
    // A label past the page's end would make pdfkit start a new page.
    if (major && x > 0 && x < size.width - 5)
      doc
        .font('regular')
        .fontSize(6)
        .fillColor('#1f4e9c')
        .text(String(x), pt(x) + 1, pt(1));
  }
  for (let y = 0; y <= size.height; y++) {
    const major = y % 10 === 0;
    line(
      0,
      y,
      size.width,
      y,
      major ? 0.6 : y % 5 === 0 ? 0.3 : 0.1,
      major ? '#1f4e9c' : y % 5 === 0 ? '#7fa3dc' : '#c5d6f0',
    );
    if (major && y > 0 && y < size.height - 5)
      doc
        .font('regular')
        .fontSize(6)
        .fillColor('#1f4e9c')
        .text(String(y), pt(1), pt(y) + 1);
  }
}

function rulers(doc: PDFKit.PDFDocument) {
  const { x, y } = calibrationMark;
  doc.lineWidth(0.8).strokeColor('#c00000');
  doc
    .moveTo(pt(x - 5), pt(y))
    .lineTo(pt(x + 100), pt(y))
    .stroke();
  doc
    .moveTo(pt(x), pt(y - 5))
    .lineTo(pt(x), pt(y + 100))
    .stroke();
  for (const tick of [0, 50, 100]) {
    doc
      .moveTo(pt(x + tick), pt(y - 3))
      .lineTo(pt(x + tick), pt(y + 3))
      .stroke();
    doc
      .moveTo(pt(x - 3), pt(y + tick))
      .lineTo(pt(x + 3), pt(y + tick))
      .stroke();
  }
  doc.circle(pt(x), pt(y), pt(2)).stroke();
}

function instructions(doc: PDFKit.PDFDocument) {
  const { x, y } = calibrationMark;
  const lines = [
    '打印机校准页（打印时选择“实际大小/100%”，不要“适合页面”）',
    '1. 量红色横线上 0 到 100 的长度，缩放 = 100 ÷ 实测长度（例如量得 101 mm，填 0.990）。',
    `2. 量红色十字中心到纸张左边、上边的距离（应为 ${x} mm、${y} mm），`,
    `   X 偏移 = ${x} − 实测左距 × 缩放；Y 偏移 = ${y} − 实测上距 × 缩放（单位 mm，可为负）。`,
    '3. 在“打印校准”中选这台打印机，填入偏移与缩放并保存；之后每个字段都按此校正。',
  ];
  doc
    .rect(pt(x + 6), pt(y + 6), pt(172), pt(5.5 * lines.length + 4))
    .fillColor('#ffffff')
    .fill();
  doc.font('regular').fontSize(9).fillColor('#000000');
  lines.forEach((text, index) =>
    doc.text(text, pt(x + 8), pt(y + 8 + index * 5.5), { width: pt(170), lineBreak: false }),
  );
}

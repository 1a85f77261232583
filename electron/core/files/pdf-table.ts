import { join } from 'node:path';

/**
 * Ruled tables for the printable lists (roster, sign-in sheet), in the bundled Noto Sans CJK. A
 * cell wraps its text onto as many lines as it needs and the row grows to the tallest cell, so a
 * printed page carries every character the workbook does (no ellipsis).
 */
export async function openCjkDocument(
  resourcesFolder: string,
  title: string,
  layout: 'landscape' | 'portrait' = 'landscape',
): Promise<{ pdf: PDFKit.PDFDocument; done: Promise<Buffer> }> {
  const { default: PDFDocument } = await import('pdfkit');
  const pdf = new PDFDocument({ size: 'A4', layout, margin: 28, bufferPages: true, info: { Title: title } });
  pdf.registerFont('cjk', join(resourcesFolder, 'fonts', 'NotoSansHans-Regular.otf'));
  pdf.registerFont('cjk-bold', join(resourcesFolder, 'fonts', 'NotoSansHans-Bold.otf'));
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  return { pdf, done };
}

export interface TableStyle {
  fontSize: number;
  /** The least height of a row (a sign-in row leaves room for a signature). */
  minHeight: number;
  bold?: boolean;
}

const padding = 2;

/** The height a row of these cells needs at these widths. */
export function rowHeight(pdf: PDFKit.PDFDocument, cells: string[], widths: number[], style: TableStyle): number {
  pdf.font(style.bold ? 'cjk-bold' : 'cjk').fontSize(style.fontSize);
  const tallest = Math.max(
    ...cells.map((text, i) =>
      text === '' ? 0 : pdf.heightOfString(text, { width: widths[i]! - padding * 2, lineGap: 0 }),
    ),
  );
  return Math.max(style.minHeight, tallest + padding * 2 + 2);
}

/** Draws one ruled row at `y` and returns its height; each cell's text is centred in it. */
export function drawRow(
  pdf: PDFKit.PDFDocument,
  cells: string[],
  widths: number[],
  left: number,
  y: number,
  style: TableStyle,
): number {
  const height = rowHeight(pdf, cells, widths, style);
  let x = left;
  cells.forEach((text, i) => {
    const width = widths[i]!;
    pdf.rect(x, y, width, height).lineWidth(0.4).stroke();
    if (text !== '') {
      const textHeight = pdf.heightOfString(text, { width: width - padding * 2, lineGap: 0 });
      pdf.text(text, x + padding, y + (height - textHeight) / 2, {
        width: width - padding * 2,
        align: 'center',
        lineGap: 0,
      });
    }
    x += width;
  });
  return height;
}

/** 第 N 页 / 共 M 页 under every page, inside the bottom margin. */
export function numberPages(pdf: PDFKit.PDFDocument) {
  const left = pdf.page.margins.left;
  const usable = pdf.page.width - left - pdf.page.margins.right;
  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    // With the margin in force pdfkit would start a new page for the footer.
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font('cjk')
      .fontSize(8)
      .text(`第 ${i + 1} 页 / 共 ${range.count} 页`, left, pdf.page.height - margin + 6, {
        width: usable,
        align: 'center',
        lineBreak: false,
      });
    pdf.page.margins.bottom = margin;
  }
}

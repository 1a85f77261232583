import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { RosterColumn } from '../../../shared/contract/cohorts/rosters';
import type { RosterDocument } from '../services/cohorts/roster-data';

/** Relative widths: the page is shared out in proportion, so any column set fits landscape A4. */
const weights: Partial<Record<RosterColumn, number>> = {
  seq: 3, name: 5, sex: 3, idNumber: 11, birthMonth: 5.5, education: 5, employer: 12, jobType: 7, jobTypeCode: 7,
  grade: 7, priorCertificate: 8, yearsInOccupation: 4, phone: 8, theory: 4.5, practical: 4.5, review: 4.5, result: 4.5, certificateNo: 10, remark: 9,
};

/**
 * The printable roster: the same rows as the workbook, landscape A4, the header repeated on every
 * page, page numbers, and the footer counts after the last row. Uses the bundled Noto Sans CJK.
 */
export function writeRosterPdf(doc: RosterDocument, resourcesFolder: string): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 28, bufferPages: true, info: { Title: doc.title } });
  pdf.registerFont('cjk', join(resourcesFolder, 'fonts', 'NotoSansHans-Regular.otf'));
  pdf.registerFont('cjk-bold', join(resourcesFolder, 'fonts', 'NotoSansHans-Bold.otf'));
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));

  const left = pdf.page.margins.left;
  const usable = pdf.page.width - left - pdf.page.margins.right;
  const total = doc.columns.reduce((sum, c) => sum + (weights[c.key] ?? 6), 0);
  const widths = doc.columns.map((c) => ((weights[c.key] ?? 6) / total) * usable);
  const fontSize = doc.columns.length > 14 ? 6.5 : 8;
  const rowHeight = fontSize * 2.4;
  const bottom = pdf.page.height - pdf.page.margins.bottom;

  // Header labels may wrap onto two lines (从事本职业年限 in a narrow column); data cells never do.
  const headerHeight = rowHeight * 1.7;
  const drawRow = (cells: string[], y: number, header: boolean) => {
    const height = header ? headerHeight : rowHeight;
    pdf.font(header ? 'cjk-bold' : 'cjk').fontSize(fontSize);
    let x = left;
    cells.forEach((text, i) => {
      pdf.rect(x, y, widths[i]!, height).lineWidth(0.4).stroke();
      const lines = header ? Math.min(2, Math.ceil(pdf.widthOfString(text) / (widths[i]! - 4))) : 1;
      const top = y + (height - lines * fontSize * 1.2) / 2;
      pdf.text(text, x + 2, top, { width: widths[i]! - 4, height, align: 'center', lineBreak: header, ellipsis: true });
      x += widths[i]!;
    });
    return height;
  };
  const header = doc.columns.map((c) => c.label);
  let y = pdf.page.margins.top;
  pdf.font('cjk-bold').fontSize(12).text(doc.title, left, y, { width: usable, align: 'center' });
  y = pdf.y + 6;
  y += drawRow(header, y, true);
  for (const row of doc.rows) {
    if (y + rowHeight > bottom) {
      pdf.addPage();
      y = pdf.page.margins.top;
      y += drawRow(header, y, true);
    }
    drawRow(doc.columns.map((c) => String(row[c.key])), y, false);
    y += rowHeight;
  }
  const { enrolled, sat, passed, passRate, preparer, date } = doc.footer;
  if (y + 40 > bottom) {
    pdf.addPage();
    y = pdf.page.margins.top;
  }
  pdf.font('cjk').fontSize(9);
  pdf.text(`报名人数：${enrolled}\u3000实考人数：${sat}\u3000合格人数：${passed}\u3000合格率：${passRate}`, left, y + 8, { width: usable });
  pdf.text(`制表人：${preparer || '__________'}\u3000制表日期：${date}`, left, pdf.y + 4, { width: usable });

  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    // Inside the bottom margin; with the margin in force pdfkit would start a new page for it.
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font('cjk').fontSize(8).text(`第 ${i + 1} 页 / 共 ${range.count} 页`, left, pdf.page.height - margin + 6, { width: usable, align: 'center', lineBreak: false });
    pdf.page.margins.bottom = margin;
  }
  pdf.end();
  return done;
}

import type { RosterColumn } from '@shared/contract/cohorts/rosters';
import type { RosterDocument } from '../services/cohorts/roster-data';
import { drawRow, numberPages, openCjkDocument, rowHeight } from './pdf-table';

/** Relative widths: the page is shared out in proportion, so any column set fits landscape A4. */
const weights: Partial<Record<RosterColumn, number>> = {
  seq: 3,
  name: 5,
  sex: 3,
  idNumber: 11,
  birthMonth: 5.5,
  education: 5,
  employer: 12,
  jobType: 7,
  jobTypeCode: 7,
  grade: 7,
  priorCertificate: 8,
  yearsInOccupation: 4,
  phone: 8,
  theory: 4.5,
  practical: 4.5,
  review: 4.5,
  result: 4.5,
  certificateNo: 10,
  remark: 9,
};

/**
 * The printable roster: the same rows as the workbook, landscape A4, the header repeated on every
 * page, page numbers, and the footer counts after the last row. Long cells (enterprise names,
 * 从事本职业年限) wrap inside their column, so every character of the workbook is printed.
 */
export async function writeRosterPdf(doc: RosterDocument, resourcesFolder: string): Promise<Buffer> {
  const { pdf, done } = await openCjkDocument(resourcesFolder, doc.title);
  const left = pdf.page.margins.left;
  const usable = pdf.page.width - left - pdf.page.margins.right;
  const total = doc.columns.reduce((sum, c) => sum + (weights[c.key] ?? 6), 0);
  const widths = doc.columns.map((c) => ((weights[c.key] ?? 6) / total) * usable);
  const fontSize = doc.columns.length > 14 ? 6.5 : 8;
  const body = { fontSize, minHeight: fontSize * 2.4 };
  const head = { ...body, bold: true };
  const bottom = pdf.page.height - pdf.page.margins.bottom;

  const header = doc.columns.map((c) => c.label);
  let y = pdf.page.margins.top;
  pdf.font('cjk-bold').fontSize(12).text(doc.title, left, y, { width: usable, align: 'center' });
  y = pdf.y + 6;
  y += drawRow(pdf, header, widths, left, y, head);
  for (const row of doc.rows) {
    const cells = doc.columns.map((c) => String(row[c.key]));
    if (y + rowHeight(pdf, cells, widths, body) > bottom) {
      pdf.addPage();
      y = pdf.page.margins.top;
      y += drawRow(pdf, header, widths, left, y, head);
    }
    y += drawRow(pdf, cells, widths, left, y, body);
  }
  const { enrolled, sat, passed, passRate, preparer, date } = doc.footer;
  if (y + 40 > bottom) {
    pdf.addPage();
    y = pdf.page.margins.top;
  }
  pdf.font('cjk').fontSize(9);
  pdf.text(
    `报名人数：${enrolled}\u3000实考人数：${sat}\u3000合格人数：${passed}\u3000合格率：${passRate}`,
    left,
    y + 8,
    { width: usable },
  );
  pdf.text(`制表人：${preparer || '__________'}\u3000制表日期：${date}`, left, pdf.y + 4, { width: usable });
  numberPages(pdf);
  pdf.end();
  return done;
}

import type ExcelJS from 'exceljs';
import type { RosterColumn } from '@shared/contract/cohorts/rosters';
import type { RosterDocument } from '../services/cohorts/roster-data';
import { neutralizeFormula } from './xlsx-writer';

/** Columns the agency reads as text even when they look like numbers. */
const textColumns = new Set<RosterColumn>([
  'idNumber',
  'phone',
  'jobTypeCode',
  'certificateNo',
  'birthMonth',
  'priorCertificate',
]);
const widths: Partial<Record<RosterColumn, number>> = {
  seq: 6,
  name: 10,
  sex: 6,
  idNumber: 21,
  birthMonth: 10,
  education: 10,
  employer: 28,
  jobType: 14,
  jobTypeCode: 12,
  grade: 12,
  priorCertificate: 18,
  yearsInOccupation: 8,
  phone: 14,
  theory: 9,
  practical: 9,
  review: 9,
  result: 8,
  certificateNo: 20,
  remark: 18,
};

/**
 * The 鉴定花名册 workbook: a merged title row, the header, one row per trainee, then the footer
 * counts and the preparer line. Built with the in-memory API (a roster is a cohort, at most a few
 * thousand rows) because it merges cells and sets print titles, which the streaming writer cannot.
 */
export async function writeRosterXlsx(doc: RosterDocument): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet('花名册', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    },
  });
  const width = doc.columns.length;
  sheet.columns = doc.columns.map((c) => ({
    width: widths[c.key] ?? 12,
    style: textColumns.has(c.key) ? { numFmt: '@' } : {},
  }));

  // The title carries the base's and cohort's names as typed: a name starting with = stays text.
  const title = sheet.addRow([neutralizeFormula(doc.title)]);
  sheet.mergeCells(1, 1, 1, width);
  title.height = 30;
  title.getCell(1).font = { bold: true, size: 14 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };

  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  };
  const header = sheet.addRow(doc.columns.map((c) => neutralizeFormula(c.label)));
  header.height = 32;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
  });
  for (const row of doc.rows) {
    const added = sheet.addRow(
      doc.columns.map((c) => (typeof row[c.key] === 'string' ? neutralizeFormula(row[c.key] as string) : row[c.key])),
    );
    doc.columns.forEach((c, i) => {
      const cell = added.getCell(i + 1);
      if (textColumns.has(c.key)) cell.numFmt = '@';
      cell.border = border;
    });
  }
  const { enrolled, sat, passed, passRate, preparer, date } = doc.footer;
  sheet.addRow([]);
  const counts = sheet.addRow([
    `报名人数：${enrolled}\u3000实考人数：${sat}\u3000合格人数：${passed}\u3000合格率：${passRate}`,
  ]);
  sheet.mergeCells(counts.number, 1, counts.number, width);
  const signed = sheet.addRow([`制表人：${preparer || '__________'}\u3000制表日期：${date}`]);
  sheet.mergeCells(signed.number, 1, signed.number, width);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

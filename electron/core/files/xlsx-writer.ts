import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';

export interface XlsxColumn<Row> {
  header: string;
  width: number;
  value: (row: Row) => string | number | null;
  /**
   * Text-typed (numFmt '@'): ID numbers, phones, codes. Excel and WPS then keep every digit and
   * never show 3.50521E+17, even after the user edits the cell.
   */
  text?: boolean;
}

export interface XlsxSheet<Row> {
  sheetName: string;
  /** Optional bold title row above the header (e.g. the roster's name). */
  title?: string;
  columns: readonly XlsxColumn<Row>[];
  rows: Iterable<Row>;
}

/**
 * Neutralises formula injection: a cell a user may later edit or paste that begins with = + - @
 * (or a tab or carriage return that some readers strip first) gets a leading apostrophe, the
 * OWASP-recommended mark that shows the text as text.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Writes one sheet with the streaming writer (rows are committed as they go, so 50,000 rows stay
 * small in memory) and returns the .xlsx bytes. Every string passes through neutralizeFormula.
 */
export async function writeXlsx<Row>(sheet: XlsxSheet<Row>): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const worksheet = workbook.addWorksheet(sheet.sheetName);
  worksheet.columns = sheet.columns.map((column) => ({
    width: column.width,
    style: column.text ? { numFmt: '@' } : {},
  }));
  if (sheet.title) {
    const titleRow = worksheet.addRow([sheet.title]);
    titleRow.font = { bold: true, size: 14 };
    titleRow.commit();
  }
  const header = worksheet.addRow(sheet.columns.map((column) => column.header));
  header.font = { bold: true };
  header.commit();
  for (const row of sheet.rows) {
    const values = sheet.columns.map((column) => {
      const value = column.value(row);
      if (value === null) return null;
      if (column.text) return neutralizeFormula(String(value));
      return typeof value === 'string' ? neutralizeFormula(value) : value;
    });
    // Cells take the column's style (numFmt '@' for text columns) when they are created.
    worksheet.addRow(values).commit();
  }
  worksheet.commit();
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}

import { createWriteStream } from 'node:fs';
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

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
  /** A line under the title (a report's period and unit). */
  subtitle?: string;
  /** Lines after the rows, e.g. 填报单位 / 填报人 / 日期 at the foot of a report. */
  footer?: readonly string[];
  /** Prints on A4 fitted to the page's width, the title and header repeated on every page. */
  print?: { orientation: 'portrait' | 'landscape' };
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
  const done = finished(stream);
  await writeSheet(stream, sheet);
  await done;
  return Buffer.concat(chunks);
}

/** How often a file export hands the event loop to zlib and the disk, and asks for progress. */
const rowsPerPause = 2000;
/** Past this many bytes waiting for the disk, the writer waits for it to drain. */
const maxQueuedBytes = 16 * 1024 * 1024;

/**
 * Streams one sheet to a file. Every `rowsPerPause` rows it lets compression and the disk catch up
 * (a plain loop would queue the whole workbook in memory first: +1.6 GB at 500,000 rows) and calls
 * `onRows`, which reports progress and may throw to cancel.
 */
export async function writeXlsxFile<Row>(
  path: string,
  sheet: XlsxSheet<Row>,
  onRows: (written: number) => void,
): Promise<void> {
  const file = createWriteStream(path);
  const done = finished(file);
  try {
    await writeSheet(file, sheet, async (written) => {
      onRows(written);
      if (file.writableLength > maxQueuedBytes)
        await new Promise<void>((resolve) => file.once('drain', () => resolve()));
      else await new Promise<void>((resolve) => setImmediate(resolve));
    });
    await done;
  } catch (error) {
    // Cancelled or failed: the file is closed before the caller deletes it (Windows refuses to delete an open file).
    file.destroy();
    await done.catch(() => {});
    throw error;
  }
}

async function writeSheet<Row>(
  stream: Writable,
  sheet: XlsxSheet<Row>,
  pause?: (written: number) => Promise<void>,
): Promise<void> {
  // Loaded when first needed, not at start: with exceljs, pdfkit, fontkit and qrcode loaded by every
  // core thread, start to the first list page took 1.23–1.30 s instead of 0.55 s (npm run bench -- --only 启动).
  const { default: excel } = await import('exceljs');
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const titleRows = (sheet.title ? 1 : 0) + (sheet.subtitle ? 1 : 0);
  const worksheet = workbook.addWorksheet(
    sheet.sheetName,
    sheet.print && {
      // paperSize 9 is A4; fitToHeight 0 lets the rows run onto as many pages as they need.
      pageSetup: {
        paperSize: 9,
        orientation: sheet.print.orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `1:${titleRows + 1}`,
      },
    },
  );
  worksheet.columns = sheet.columns.map((column) => ({
    width: column.width,
    style: column.text ? { numFmt: '@' } : {},
  }));
  if (sheet.title) {
    const titleRow = worksheet.addRow([neutralizeFormula(sheet.title)]);
    titleRow.font = { bold: true, size: 14 };
    titleRow.commit();
  }
  if (sheet.subtitle) worksheet.addRow([neutralizeFormula(sheet.subtitle)]).commit();
  const header = worksheet.addRow(sheet.columns.map((column) => neutralizeFormula(column.header)));
  header.font = { bold: true };
  header.commit();
  let written = 0;
  for (const row of sheet.rows) {
    const values = sheet.columns.map((column) => {
      const value = column.value(row);
      if (value === null) return null;
      if (column.text) return neutralizeFormula(String(value));
      return typeof value === 'string' ? neutralizeFormula(value) : value;
    });
    // Cells take the column's style (numFmt '@' for text columns) when they are created.
    worksheet.addRow(values).commit();
    if (pause && ++written % rowsPerPause === 0) await pause(written);
  }
  if (sheet.footer) {
    worksheet.addRow([]).commit();
    for (const line of sheet.footer) worksheet.addRow([line]).commit();
  }
  worksheet.commit();
  await workbook.commit();
}

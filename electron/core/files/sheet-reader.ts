import type ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { SheetField, SheetRead } from '@shared/contract/infra/sheet';
import { AppError } from '@shared/errors';
import { decodeCsv, parseCsv } from './csv';

export interface ReadSheetOptions {
  fileName: string;
  bytes: Uint8Array;
  fields: readonly SheetField[];
  /** Called every few thousand rows while an .xlsx streams in, with how many of its bytes the reader has taken. */
  onProgress?: (rowsRead: number, bytesRead: number) => void;
}

/** Header texts compare without spaces, brackets, asterisks and colons: "身份证号码（必填）*" → 身份证号码必填. */
const headerKey = (text: string) => text.replace(/[\s()（）*＊:：]/g, '');
/** How many rows may sit above the header (titles, notes, merged banners). */
const headerSearchDepth = 15;

/**
 * The forgiving reader every import uses. It accepts what enterprises send (Excel, WPS, CSV in
 * UTF-8 or GBK), finds the header row below any title rows, maps headers by their usual Chinese
 * names, and turns every cell into the text a person would see, with two deliberate exceptions:
 * dates become YYYY-MM-DD, and a number too long for Excel to hold exactly (an ID typed into a
 * numeric cell) becomes "3.50521199001021E+17" so that validation reports the lost digits.
 */
export async function readSheet(options: ReadSheetOptions): Promise<SheetRead> {
  const lower = options.fileName.toLowerCase();
  let sheetName = '';
  let grid: { rowNumber: number; cells: string[] }[];
  if (lower.endsWith('.csv')) {
    sheetName = options.fileName;
    grid = parseCsv(decodeCsv(options.bytes)).map((cells, index) => ({ rowNumber: index + 1, cells }));
  } else if (lower.endsWith('.xlsx')) {
    ({ sheetName, grid } = await readXlsx(options.bytes, options.onProgress));
  } else if (lower.endsWith('.xls') || lower.endsWith('.et')) {
    throw new AppError('VALIDATION', '不支持旧版 .xls/.et 文件：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入');
  } else {
    throw new AppError('VALIDATION', `无法识别的文件类型：${options.fileName}（请使用 .xlsx 或 .csv）`);
  }
  return locateHeader(sheetName, grid, options.fields);
}

function locateHeader(
  sheetName: string,
  grid: { rowNumber: number; cells: string[] }[],
  fields: readonly SheetField[],
): SheetRead {
  let best = { index: -1, matches: 0 };
  for (let i = 0; i < Math.min(grid.length, headerSearchDepth); i++) {
    const matches = matchHeaders(grid[i]!.cells, fields);
    const count = Object.values(matches).filter((v) => v !== null).length;
    if (count > best.matches) best = { index: i, matches: count };
  }
  if (best.index < 0 || best.matches < 2) {
    throw new AppError(
      'VALIDATION',
      `没有在前 ${headerSearchDepth} 行找到表头：请确认文件里有“${fields.map((f) => f.label).join('”“')}”等列名`,
    );
  }
  const header = grid[best.index]!;
  const width = Math.max(...grid.map((row) => row.cells.length));
  const headers = Array.from({ length: width }, (_, i) => header.cells[i]?.trim() ?? '');
  const rows = grid.slice(best.index + 1).map((row) => ({
    rowNumber: row.rowNumber,
    cells: Array.from({ length: width }, (_, i) => row.cells[i] ?? ''),
  }));
  return { sheetName, headerRowNumber: header.rowNumber, headers, rows, mapping: matchHeaders(headers, fields) };
}

/** field key → the first column whose header is one of the field's aliases (exact first, then contained). */
export function matchHeaders(headers: readonly string[], fields: readonly SheetField[]): Record<string, number | null> {
  const keys = headers.map((h) => headerKey(h ?? ''));
  const taken = new Set<number>();
  const mapping: Record<string, number | null> = {};
  for (const field of fields) {
    const aliases = field.aliases.map(headerKey);
    let column = keys.findIndex((key, i) => !taken.has(i) && aliases.includes(key));
    if (column < 0)
      column = keys.findIndex(
        (key, i) => !taken.has(i) && key !== '' && aliases.some((alias) => key.startsWith(alias)),
      );
    if (column >= 0) taken.add(column);
    mapping[field.key] = column >= 0 ? column : null;
  }
  return mapping;
}

async function readXlsx(bytes: Uint8Array, onProgress?: (rows: number, bytesRead: number) => void) {
  let bytesRead = 0;
  // Fed in slices, so that how far the reader has got is known (the progress bar's fraction).
  const slices = function* () {
    for (let start = 0; start < bytes.length; start += 256 * 1024) {
      const slice = Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.min(256 * 1024, bytes.length - start));
      bytesRead += slice.length;
      yield slice;
    }
  };
  const { default: excel } = await import('exceljs');
  const reader = new excel.stream.xlsx.WorkbookReader(Readable.from(slices()), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const grid: { rowNumber: number; cells: string[] }[] = [];
  let sheetName = '';
  try {
    for await (const worksheet of reader) {
      // The first sheet is the roster; later sheets (instructions, dictionaries) are ignored.
      sheetName = (worksheet as unknown as { name?: string }).name ?? 'Sheet1';
      for await (const row of worksheet) {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          cells[column - 1] = refuseGarbled(cellText(cell.value), row.number, column);
        });
        grid.push({ rowNumber: row.number, cells: Array.from(cells, (c) => c ?? '') });
        if (grid.length % 5000 === 0) onProgress?.(grid.length, bytesRead);
      }
      break;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('VALIDATION', '文件无法读取：它可能已损坏，或不是 Excel 工作簿');
  }
  return { sheetName, grid };
}

/**
 * The second line behind the decoding fix (patches/exceljs+4.4.0.patch): a cell holding U+FFFD
 * lost a character somewhere between the file and here, so it is refused rather than stored.
 */
function refuseGarbled(text: string, rowNumber: number, column: number): string {
  if (!text.includes('\uFFFD')) return text;
  throw new AppError(
    'VALIDATION',
    `第 ${rowNumber} 行 ${columnLetters(column)} 列有无法识别的字符（显示为“�”）：请在 Excel 或 WPS 中检查该单元格，改正后重新保存再导入`,
  );
}

/** 1 → A, 27 → AA, as Excel names columns. */
function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** A cell as the text a person sees, except dates (YYYY-MM-DD) and over-long numbers (see readSheet). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    return Number.isInteger(value) && Math.abs(value) >= 1e15 ? value.toExponential().toUpperCase() : String(value);
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return '';
  return String(value as unknown);
}

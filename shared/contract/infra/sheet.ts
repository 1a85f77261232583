/**
 * What the forgiving sheet reader (electron/core/files/sheet-reader.ts) answers, for any import:
 * the header row it found under any title rows, every data row as display text, and which column
 * it mapped to each field. The user may correct `mapping` before the preview.
 */
export interface SheetField {
  key: string;
  /** The Chinese name shown in the mapping editor. */
  label: string;
  /** Header texts that mean this field, compared after removing spaces and brackets. */
  aliases: readonly string[];
  required?: boolean;
}

export interface SheetRow {
  /** 1-based row number in the sheet, as Excel shows it: what error messages cite. */
  rowNumber: number;
  cells: string[];
}

export interface SheetRead {
  sheetName: string;
  headerRowNumber: number;
  headers: string[];
  rows: SheetRow[];
  /** field key → column index in `headers`, or null when no header matched. */
  mapping: Record<string, number | null>;
}

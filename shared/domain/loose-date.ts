import { isRealDate } from './dates';

export type LooseDate = { ok: true; value: string } | { ok: false; reason: string };

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug folded in); 1 is 1899-12-31. */
const excelEpochUtc = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;

export function excelSerialToDate(serial: number): string {
  return new Date(excelEpochUtc + Math.round(serial) * dayMs).toISOString().slice(0, 10);
}

/**
 * Reads a calendar date the way people type it in a spreadsheet: 1990-01-02, 1990/1/2, 1990.01.02,
 * 1990年1月2日, 19900102, an Excel serial number (32875), or a month alone (2010.07, read as the
 * 1st, as work-start dates often are). Answers YYYY-MM-DD or a Chinese reason.
 */
export function parseLooseDate(input: string): LooseDate {
  const text = input.trim().replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (compact) return real(compact[1]!, compact[2]!, compact[3]!, text);
  if (/^\d{1,5}(\.0+)?$/.test(text)) {
    const serial = Number(text);
    if (serial >= 1 && serial <= 73050) return { ok: true, value: excelSerialToDate(serial) };
  }
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?|月?)$/.exec(text);
  if (parts) return real(parts[1]!, parts[2]!, parts[3] ?? '1', text);
  return { ok: false, reason: `“${input}”不是可识别的日期，请写成 1990-01-02 这样的格式` };
}

function real(year: string, month: string, day: string, original: string): LooseDate {
  const value = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isRealDate(value) ? { ok: true, value } : { ok: false, reason: `“${original}”不是真实存在的日期` };
}

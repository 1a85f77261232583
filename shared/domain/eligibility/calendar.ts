import { daysInMonth } from '../dates';

/**
 * "满 N 年" counts whole calendar years: a certificate of 2020-03-01 completes 5 years on
 * 2025-03-01. From 02-29 a year later is 03-01, because 02-28 would be a day short.
 */
export function addYears(date: string, years: number): string {
  return addMonths(date, Math.round(years * 12));
}

export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (d <= daysInMonth(year, month)) return format(year, month, d);
  return month === 12 ? format(year + 1, 1, 1) : format(year, month + 1, 1);
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "1 年 4 个月" from `from` up to `to`; a part month counts as a whole one, so the wait is never understated. */
export function describeWait(from: string, to: string): string {
  let months = 0;
  while (addMonths(from, months + 1) <= to) months += 1;
  if (addMonths(from, months) < to) {
    if (months === 0) return `${daysBetween(from, to)} 天`;
    months += 1;
  }
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return `${rest} 个月`;
  return rest === 0 ? `${years} 年` : `${years} 年 ${rest} 个月`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

import { daysInMonth, isRealDate } from '../dates';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'range';

export interface Period {
  /** YYYY-MM-DD, first day included. */
  from: string;
  /** YYYY-MM-DD, last day included. */
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function monthPeriod(year: number, month: number): Period {
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}` };
}

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  const first = (quarter - 1) * 3 + 1;
  return { from: monthPeriod(year, first).from, to: monthPeriod(year, first + 2).to };
}

export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The period as a report's title says it: 2026年第二季度, 2026年5月, 2026年, or the two dates. */
export function describePeriod(period: Period): string {
  const [fy, fm] = period.from.split('-').map(Number) as [number, number];
  if (period.from === yearPeriod(fy).from && period.to === yearPeriod(fy).to) return `${fy}年`;
  for (const q of [1, 2, 3, 4] as const) {
    const quarter = quarterPeriod(fy, q);
    if (quarter.from === period.from && quarter.to === period.to) return `${fy}年第${'一二三四'[q - 1]}季度`;
  }
  const month = monthPeriod(fy, fm);
  if (month.from === period.from && month.to === period.to) return `${fy}年${fm}月`;
  return `${period.from} 至 ${period.to}`;
}

/** Why a period cannot be reported, or null. */
export function periodProblem(period: Period): string | null {
  if (!isRealDate(period.from) || !isRealDate(period.to)) return '请填写有效的起止日期（YYYY-MM-DD）';
  if (period.from > period.to) return `开始日期 ${period.from} 晚于结束日期 ${period.to}`;
  return null;
}

/** Every month the period touches, as YYYY-MM, for a trend chart with no gaps. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [year, month] = period.from.split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (let key = `${year}-${pad(month)}`; key <= last; key = `${year}-${pad(month)}`) {
    months.push(key);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

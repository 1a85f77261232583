import { describe, expect, it } from 'vitest';
import { isAdditive, passRate } from './measures';
import { describePeriod, monthPeriod, monthsOf, periodProblem, quarterPeriod, yearPeriod } from './period';

describe('periods', () => {
  it('knows month ends, leap Februaries and quarters', () => {
    expect(monthPeriod(2028, 2)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(quarterPeriod(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(yearPeriod(2026)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('names a period as a report title says it', () => {
    expect(describePeriod(yearPeriod(2026))).toBe('2026年');
    expect(describePeriod(quarterPeriod(2026, 3))).toBe('2026年第三季度');
    expect(describePeriod(monthPeriod(2026, 5))).toBe('2026年5月');
    expect(describePeriod({ from: '2026-05-03', to: '2026-06-10' })).toBe('2026-05-03 至 2026-06-10');
  });

  it('lists every month touched, across a year end', () => {
    expect(monthsOf({ from: '2025-11-20', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('refuses impossible periods', () => {
    expect(periodProblem({ from: '2026-02-30', to: '2026-03-01' })).toContain('有效');
    expect(periodProblem({ from: '2026-03-02', to: '2026-03-01' })).toContain('晚于');
    expect(periodProblem(monthPeriod(2026, 3))).toBeNull();
  });
});

describe('pass rate', () => {
  it('is a percentage with one decimal, and nothing when nobody sat', () => {
    expect(passRate(1, 3)).toBe(33.3);
    expect(passRate(2, 3)).toBe(66.7);
    expect(passRate(0, 0)).toBeNull();
    expect(isAdditive('passRate')).toBe(false);
    expect(isAdditive('trainedPeople')).toBe(false);
    expect(isAdditive('passed')).toBe(true);
  });
});

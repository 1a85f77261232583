import { describe, expect, it } from 'vitest';
import { summarise } from '../money/instalments';
import {
  agreementEndDate,
  allowanceSchedule,
  periodRefusal,
  reachedTarget,
  type AgreementProgress,
  type AgreementTerms,
} from './agreements';

const monthly: AgreementTerms = { startDate: '2026-01-15', months: 12, allowanceMode: 'monthly', allowanceFen: 20000 };
const active: AgreementProgress = { state: 'active', assessment: null, terminatedOn: null };

describe('the period', () => {
  it.each([
    [11, '带徒期限至少 12 个月'],
    [12, null],
    [36, null],
    [37, '带徒期限最长 3 年（36 个月）'],
  ])('%i months: %s', (months, refusal) => expect(periodRefusal(months)).toBe(refusal));

  it('ends the same day of the month', () => expect(agreementEndDate(monthly)).toBe('2027-01-15'));
});

describe('a monthly allowance', () => {
  it('falls due month by month as it is served', () => {
    const schedule = allowanceSchedule(monthly, active, '2026-04-14');
    expect(schedule.filter((i) => i.conditionMet).map((i) => i.label)).toEqual(['2026-01', '2026-02']);
    expect(summarise(schedule.map((instalment) => ({ instalment, entries: [] })))).toMatchObject({
      planned: 240000,
      due: 40000,
      upcoming: 200000,
    });
  });

  it('stops from the month an early termination falls in', () => {
    const schedule = allowanceSchedule(
      monthly,
      { state: 'terminated', assessment: null, terminatedOn: '2026-03-20' },
      '2026-12-01',
    );
    expect(schedule.filter((i) => i.conditionMet).length).toBe(2);
    expect(schedule.filter((i) => i.forfeited).length).toBe(10);
  });
});

describe('an allowance paid by the 出师考核 result', () => {
  const terms: AgreementTerms = { ...monthly, allowanceMode: 'byAssessment', allowanceFen: 240001 };
  const due = (assessment: AgreementProgress['assessment']) => {
    const schedule = allowanceSchedule(
      terms,
      { state: assessment === 'fail' ? 'failed' : 'completed', assessment, terminatedOn: null },
      '2027-02-01',
    );
    return summarise(schedule.map((instalment) => ({ instalment, entries: [] })));
  };
  it.each([
    ['excellent', 240001, 0],
    ['pass', 120001, 120000],
    ['fail', 0, 240001],
  ] as const)('%s pays %i and forfeits %i', (result, paid, forfeited) => {
    expect(due(result)).toMatchObject({ planned: 240001, due: paid, forfeited });
  });

  it('waits for the result', () => {
    const schedule = allowanceSchedule(terms, active, '2027-02-01');
    expect(schedule.every((i) => !i.conditionMet && !i.forfeited)).toBe(true);
  });
});

describe('the target grade', () => {
  it('is reached by a grade as high or higher obtained since the start', () => {
    expect(reachedTarget(4, '2026-01-15', [{ grade: 5, obtainedOn: '2026-06-01' }])).toEqual({
      reached: false,
      on: null,
    });
    expect(reachedTarget(4, '2026-01-15', [{ grade: 4, obtainedOn: '2025-06-01' }])).toEqual({
      reached: false,
      on: null,
    });
    expect(
      reachedTarget(4, '2026-01-15', [
        { grade: 3, obtainedOn: '2026-11-01' },
        { grade: 4, obtainedOn: '2026-09-01' },
      ]),
    ).toEqual({ reached: true, on: '2026-09-01' });
  });
});

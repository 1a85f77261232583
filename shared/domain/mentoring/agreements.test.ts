import { describe, expect, it } from 'vitest';
import { summarise } from '../money/instalments';
import {
  agreementEndDate,
  allowanceSchedule,
  assessmentRefusal,
  periodRefusal,
  reachedTarget,
  renewalRefusal,
  signingRefusal,
  terminationRefusal,
  type SigningFacts,
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

describe('signing a pair', () => {
  const fit: SigningFacts = {
    mentorTraineeId: 'm',
    apprenticeId: 'a',
    mentorGrade: 2,
    targetGrade: 3,
    apprenticeGrade: 4,
    months: 24,
    apprenticeHasActive: false,
  };
  it.each([
    ['a fit pair', {}, null],
    ['the mentor as apprentice', { apprenticeId: 'm' }, '师傅和徒弟不能是同一人'],
    ['a period too short', { months: 6 }, '带徒期限至少 12 个月'],
    ['a target above the mentor', { targetGrade: 1 }, '目标等级不能高于师傅本人的等级'],
    ["a target at the mentor's own grade", { targetGrade: 2 }, null],
    ['a target the apprentice holds', { apprenticeGrade: 3 }, '目标等级须高于徒弟现有的等级'],
    ['an apprentice with no grade yet', { apprenticeGrade: null, targetGrade: 5 }, null],
    ['a second running pair', { apprenticeHasActive: true }, '这名徒弟在这个工种已有一份带徒中的协议，请先办结或解除'],
  ] as const)('%s', (_, change, refusal) => expect(signingRefusal({ ...fit, ...change })).toBe(refusal));
});

describe('closing an agreement', () => {
  const running = { state: 'active' as const, startDate: '2026-01-15', endDate: '2027-01-15' };
  it.each([
    ['on the last day', '2027-01-15', null],
    ['before the end', '2027-01-14', '带徒期至 2027-01-15 才满，出师考核须在期满后进行'],
    ['in the future', '2027-03-02', '考核日期 2027-03-02 在今天之后'],
  ])('assesses %s', (_, on, refusal) => expect(assessmentRefusal(running, on, '2027-03-01')).toBe(refusal));

  it('assesses a running agreement only', () =>
    expect(assessmentRefusal({ ...running, state: 'terminated' }, '2027-02-01', '2027-03-01')).toBe(
      '协议已提前解除，不能再做出师考核',
    ));

  it.each([
    ['mutual', '2026-06-01', null],
    ['objection', '2026-02-15', null],
    ['objection', '2026-02-16', '首月异议须在 2026-02-15 前提出，请选择其他解除原因'],
    ['mutual', '2026-01-14', '解除日期不能早于协议开始日期 2026-01-15'],
    ['mutual', '2027-01-15', '带徒期已满，请做出师考核而不是提前解除'],
  ] as const)('terminates for %s on %s', (reason, on, refusal) =>
    expect(terminationRefusal(running, reason, on, '2027-03-01')).toBe(refusal),
  );

  it.each([
    ['a failed one with a new mentor', { state: 'failed', mentorId: 'm1', renewedById: null }, 'm2', null],
    ['with the same mentor', { state: 'failed', mentorId: 'm1', renewedById: null }, 'm1', '续签须更换师傅'],
    ['twice', { state: 'failed', mentorId: 'm1', renewedById: 'x' }, 'm2', '这份协议已经续签过'],
    [
      'a completed one',
      { state: 'completed', mentorId: 'm1', renewedById: null },
      'm2',
      '只有出师考核不及格的协议才能续签一年',
    ],
  ] as const)('renews %s', (_, failed, mentorId, refusal) => expect(renewalRefusal(failed, mentorId)).toBe(refusal));
});

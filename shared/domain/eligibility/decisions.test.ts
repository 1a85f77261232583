import { describe, expect, it } from 'vitest';
import { addYears, describeWait } from './calendar';
import { decide } from './engine';
import { explainDecision } from './explain';
import type { JobTypeRules, TraineeHistory } from './types';

const electrician = 'job-electrician';
const maintenanceFitter = 'job-fitter';
const welder = 'job-welder';
const rules: JobTypeRules = {
  jobTypeId: electrician,
  ruleSet: 'A',
  offeredGrades: [5, 4, 3, 2, 1],
  relatedJobTypeIds: [maintenanceFitter],
  overrides: {},
};
const history = (facts: Partial<TraineeHistory>): TraineeHistory => ({
  birthDate: '1990-05-01',
  workStartDate: '2024-01-01',
  heldGrades: [],
  schooling: [],
  titles: [],
  apprenticeshipCompletedOn: null,
  trainingsCompleted: [],
  ...facts,
});

describe('boundaries of 满 N 年', () => {
  const fourth = history({ heldGrades: [{ jobTypeId: electrician, grade: 4, obtainedOn: '2021-03-01' }] });
  it.each([
    ['2026-03-01', 'eligible'],
    ['2026-02-28', 'waiting'],
  ])('四级 of 2021-03-01 on %s is %s for 三级', (today, status) => {
    expect(decide({ rules, grade: 3, history: fourth, today }).status).toBe(status);
  });

  it('a certificate of 02-29 completes its years on 03-01 of a common year', () => {
    expect(addYears('2020-02-29', 5)).toBe('2025-03-01');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
  });
});

describe('related occupations', () => {
  it('counts a grade held in an occupation the job type names', () => {
    const h = history({ heldGrades: [{ jobTypeId: maintenanceFitter, grade: 4, obtainedOn: '2019-06-01' }] });
    expect(decide({ rules, grade: 3, history: h, today: '2025-01-01' })).toMatchObject({
      status: 'eligible',
      route: { id: 'A3-1' },
      since: '2024-06-01',
    });
  });

  it('ignores a grade in an occupation it does not name', () => {
    const h = history({ heldGrades: [{ jobTypeId: welder, grade: 4, obtainedOn: '2019-06-01' }] });
    expect(decide({ rules, grade: 3, history: h, today: '2025-01-01' })).toMatchObject({ status: 'ineligible' });
  });

  it('counts a higher grade as holding the lower one, from its own date', () => {
    const h = history({ heldGrades: [{ jobTypeId: maintenanceFitter, grade: 3, obtainedOn: '2020-06-01' }] });
    expect(decide({ rules, grade: 3, history: h, today: '2025-06-01' })).toMatchObject({
      status: 'eligible',
      route: { id: 'A3-1' },
    });
  });

  it('reports a grade already held in this occupation, not one held in a related one', () => {
    const own = history({ heldGrades: [{ jobTypeId: electrician, grade: 2, obtainedOn: '2020-06-01' }] });
    expect(decide({ rules, grade: 3, history: own, today: '2025-06-01' }).status).toBe('held');
  });
});

describe('missing dates', () => {
  it('cannot decide when the work start a route counts from is missing, and says which', () => {
    const h = history({
      workStartDate: null,
      heldGrades: [{ jobTypeId: electrician, grade: 5, obtainedOn: '2024-01-01' }],
    });
    const decision = decide({ rules, grade: 4, history: h, today: '2025-01-01' });
    expect(decision).toEqual({
      grade: 4,
      ruleVersion: 'A/2018.1',
      status: 'undecidable',
      missingFacts: ['参加工作时间'],
      earliest: '2028-01-01',
    });
    expect(explainDecision(decision, '2025-01-01')).toBe('无法判断能否申报 四级/中级工：缺少参加工作时间');
  });

  it('cannot decide when a certificate has no date', () => {
    const h = history({ heldGrades: [{ jobTypeId: electrician, grade: 4, obtainedOn: null }] });
    expect(decide({ rules, grade: 3, history: h, today: '2025-01-01' })).toMatchObject({
      status: 'undecidable',
      missingFacts: ['四级证书取得日期'],
    });
  });

  it('still answers eligible when another route is met despite a missing date', () => {
    const h = history({
      workStartDate: null,
      heldGrades: [{ jobTypeId: electrician, grade: 5, obtainedOn: '2019-01-01' }],
    });
    expect(decide({ rules, grade: 4, history: h, today: '2025-01-01' })).toMatchObject({
      status: 'eligible',
      route: { id: 'A4-1' },
    });
  });
});

describe('earliest date and the clerk line', () => {
  it('gives the soonest of several waiting routes', () => {
    // A4-1 (四级 after 4 years) would be 2029; A4-2 (6 years of work) is 2026-09-01.
    const h = history({
      workStartDate: '2020-09-01',
      heldGrades: [{ jobTypeId: electrician, grade: 5, obtainedOn: '2025-01-01' }],
    });
    const decision = decide({ rules, grade: 4, history: h, today: '2025-05-01' });
    expect(decision).toMatchObject({ status: 'waiting', route: { id: 'A4-2' }, earliest: '2026-09-01' });
    expect(explainDecision(decision, '2025-05-01')).toBe(
      '2026-09-01 起可申报 四级/中级工（累计从事本职业或相关职业工作满6年，还差 1 年 4 个月）',
    );
  });

  it('writes the eligible line with the matched route', () => {
    const h = history({ heldGrades: [{ jobTypeId: electrician, grade: 4, obtainedOn: '2019-01-01' }] });
    expect(explainDecision(decide({ rules, grade: 3, history: h, today: '2025-01-01' }), '2025-01-01')).toBe(
      '可申报 三级/高级工（取得四级证书后满5年）',
    );
  });

  it('lists what each route lacks when waiting cannot help', () => {
    const decision = decide({ rules, grade: 2, history: history({}), today: '2025-01-01' });
    expect(decision).toMatchObject({
      status: 'ineligible',
      missing: [
        'A2-1：需取得三级证书后满4年',
        expect.stringContaining('A2-2：需取得三级证书'),
        expect.stringContaining('A2-3：需技师学院毕业'),
      ],
    });
  });

  it('says when the major was never checked', () => {
    const h = history({ schooling: [{ kind: 'technicalSchool', relatedMajor: null, status: 'graduated' }] });
    const withoutWorkRoute = { ...rules, overrides: { 'A4-2': { off: true } } };
    const decision = decide({ rules: withoutWorkRoute, grade: 4, history: h, today: '2025-01-01' });
    expect(decision).toMatchObject({
      status: 'ineligible',
      missing: ['A4-1：需取得五级证书后满4年', expect.stringContaining('（所学专业是否对口未核实）')],
    });
  });

  it.each([
    ['2025-05-01', '2026-09-01', '1 年 4 个月'],
    ['2025-05-01', '2026-05-01', '1 年'],
    ['2025-05-01', '2025-05-20', '19 天'],
    ['2025-05-01', '2025-06-02', '2 个月'],
  ])('waiting from %s to %s reads %s', (from, to, text) => {
    expect(describeWait(from, to)).toBe(text);
  });
});

describe('a base adjusts a route for one job type', () => {
  it('uses the adjusted years and records them in the decision', () => {
    const h = history({ heldGrades: [{ jobTypeId: electrician, grade: 5, obtainedOn: '2023-01-01' }] });
    const adjusted = { ...rules, overrides: { 'A4-1': { years: 2 } } };
    expect(decide({ rules: adjusted, grade: 4, history: h, today: '2025-01-01' })).toMatchObject({
      status: 'eligible',
      route: { id: 'A4-1', description: '取得五级证书后满2年' },
      ruleVersion: 'A/2018.1（本工种调整：A4-1 2年）',
    });
  });

  it('refuses a grade the job type does not offer', () => {
    expect(
      decide({ rules: { ...rules, offeredGrades: [4, 3, 2, 1] }, grade: 5, history: history({}), today: '2025-01-01' }),
    ).toMatchObject({ status: 'ineligible', missing: ['本工种不设五级'] });
  });
});

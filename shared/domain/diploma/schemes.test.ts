import { describe, expect, it } from 'vitest';
import {
  defaultSchemes,
  describeScheme,
  forfeitOnMove,
  schemeEligibility,
  trancheConditionMet,
  type SubsidyFacts,
  type SubsidyScheme,
} from './schemes';

const scheme = (code: string) => defaultSchemes.find((s) => s.code === code)!;
const base: SubsidyFacts = {
  ruralHousehold: true,
  socialInsuranceMonths: 12,
  privateEmployer: true,
  employerHasUnion: true,
  honours: [],
};

describe('who may receive each scheme', () => {
  it.each<[string, string, Partial<SubsidyFacts>, string[], boolean, string]>([
    ['province', 'a rural worker with a year of insurance', {}, [], true, '在本省缴纳社保 12 个月'],
    ['province', 'an urban household', { ruralHousehold: false }, [], false, '不是农村户口（须为农村户口）'],
    [
      'province',
      'five months of insurance',
      { socialInsuranceMonths: 5 },
      [],
      false,
      '在本省缴纳社保 5 个月（须满 6 个月）',
    ],
    ['province', 'exactly six months', { socialInsuranceMonths: 6 }, [], true, '在本省缴纳社保 6 个月'],
    [
      'province',
      'an employer without a union',
      { employerHasUnion: false },
      [],
      false,
      '所在单位未建工会（须由单位工会报名）',
    ],
    ['city-private', 'a private-enterprise worker', {}, [], true, '民营企业职工'],
    [
      'city-private',
      'a state-enterprise worker',
      { privateEmployer: false },
      [],
      false,
      '不是民营企业职工（须在民营企业工作）',
    ],
    [
      'city-private',
      'who already holds the provincial one (not both)',
      {},
      ['province'],
      false,
      '已享受省总工会求学圆梦补助，不能同时享受',
    ],
    [
      'province',
      'who already holds the city private one (not both, either way)',
      {},
      ['city-private'],
      false,
      '已享受市总工会民营企业职工学历补助，不能同时享受',
    ],
    ['city-model', 'a craftsman', { honours: ['craftsman'] }, [], true, '荣誉：工匠'],
    ['city-model', 'no honour', {}, [], false, '没有市级及以上劳模、五一劳动奖章、工匠等荣誉'],
    [
      'city-model',
      'beside the provincial one',
      { honours: ['modelWorker'] },
      ['province'],
      true,
      '荣誉：市级及以上劳模',
    ],
    ['province', 'twice', {}, ['province'], false, '已享受省总工会求学圆梦补助'],
  ])('%s: %s', (code, _, facts, held, eligible, line) => {
    const decision = schemeEligibility(scheme(code), { ...base, ...facts }, held.map(scheme));
    expect(decision.eligible).toBe(eligible);
    expect(decision.lines.map((l) => l.text)).toContain(line);
  });

  it('reads a scheme a base edited: its own conditions and amounts', () => {
    const edited: SubsidyScheme = {
      ...scheme('province'),
      conditions: [{ fact: 'socialInsuranceMonths', atLeast: 12 }],
      tranches: [{ condition: 'graduated', amount: 150000 }],
    };
    expect(schemeEligibility(edited, { ...base, socialInsuranceMonths: 11 }, []).eligible).toBe(false);
    expect(describeScheme(edited)).toBe('1,500.00 元，取得毕业证书后1,500.00 元');
  });
});

describe('when each tranche falls due', () => {
  const progress = (state: 'approved' | 'admitted' | 'studying' | 'graduated' | 'withdrawn', yearsPassed = 0) => ({
    state,
    yearsPassed,
    admittedOn: state === 'approved' ? null : '2024-03-01',
  });
  it.each([
    ['registered', progress('approved'), false],
    ['registered', progress('admitted'), true],
    ['year1', progress('studying'), false],
    ['year1', progress('studying', 1), true],
    ['year2', progress('studying', 1), false],
    ['graduated', progress('studying', 2), false],
    ['graduated', progress('graduated', 2), true],
    ['registered', progress('withdrawn'), true],
    ['graduated', progress('withdrawn', 2), false],
  ] as const)('%s for %o: %s', (condition, p, met) => expect(trancheConditionMet(condition, p)).toBe(met));

  it('stops the rest when the worker leaves study, not when they graduate', () => {
    expect(forfeitOnMove('withdrawn')).toBe('interrupted');
    expect(forfeitOnMove('interrupted')).toBe('interrupted');
    expect(forfeitOnMove('expired')).toBe('interrupted');
    expect(forfeitOnMove('graduated')).toBeNull();
  });

  it('describes the defaults as the notices do', () => {
    expect(describeScheme(scheme('province'))).toBe('3,000.00 元，分 3 次各 1,000.00 元');
    expect(describeScheme(scheme('city-private'))).toBe('1,000.00 元，取得毕业证书后1,000.00 元');
  });
});

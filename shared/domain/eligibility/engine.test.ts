import { describe, expect, it } from 'vitest';
import type { Grade } from '../grades';
import { decide } from './engine';
import { ruleSets } from './rule-sets';
import type { JobTypeRules, RuleSetId, SchoolKind, TraineeHistory } from './types';

const own = 'job-electrician';
const related = 'job-related';
const rules = (ruleSet: RuleSetId, overrides: JobTypeRules['overrides'] = {}): JobTypeRules => ({
  jobTypeId: own,
  ruleSet,
  offeredGrades: [5, 4, 3, 2, 1],
  relatedJobTypeIds: [related],
  overrides,
});
const nobody: TraineeHistory = {
  birthDate: '1990-05-01',
  // Recent enough that no route counting years of work is met before 2027.
  workStartDate: '2026-01-01',
  heldGrades: [],
  schooling: [],
  titles: [],
  apprenticeshipCompletedOn: null,
  trainingsCompleted: [],
};
const held = (grade: Grade, obtainedOn: string, jobTypeId = own) => ({ jobTypeId, grade, obtainedOn });
const graduated = (kind: SchoolKind, relatedMajor: boolean | null = true) => ({
  kind,
  relatedMajor,
  status: 'graduated' as const,
});
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

interface RouteCase {
  route: string;
  facts: Partial<TraineeHistory>;
  /** The first day the route is met; null when it does not depend on time. */
  from: string | null;
}

/** One history per route that meets that route and no earlier one. */
const cases: RouteCase[] = [
  { route: 'A5-1', facts: { workStartDate: '2025-03-01' }, from: '2026-03-01' },
  { route: 'A5-2', facts: { apprenticeshipCompletedOn: '2024-07-01' }, from: '2024-07-01' },
  { route: 'A4-1', facts: { heldGrades: [held(5, '2020-03-01')] }, from: '2024-03-01' },
  { route: 'A4-2', facts: { workStartDate: '2018-09-10' }, from: '2024-09-10' },
  {
    route: 'A4-3',
    facts: { schooling: [{ kind: 'technicalSchool', relatedMajor: true, status: 'finalYear' }] },
    from: null,
  },
  { route: 'A3-1', facts: { heldGrades: [held(4, '2020-03-01')] }, from: '2025-03-01' },
  {
    route: 'A3-2',
    facts: { heldGrades: [held(4, '2024-01-05')], schooling: [graduated('technicianCollege')] },
    from: '2024-01-05',
  },
  {
    route: 'A3-3',
    facts: { heldGrades: [held(4, '2023-01-05')], schooling: [graduated('bachelor')] },
    from: '2025-01-05',
  },
  { route: 'A2-1', facts: { heldGrades: [held(3, '2021-02-01')] }, from: '2025-02-01' },
  {
    route: 'A2-2',
    facts: {
      heldGrades: [held(3, '2024-02-01')],
      workStartDate: '2022-06-01',
      schooling: [graduated('seniorTechnicalSchool', false)],
    },
    from: '2025-06-01',
  },
  {
    route: 'A2-3',
    facts: { workStartDate: '2023-07-01', schooling: [graduated('preTechnician', false)] },
    from: '2025-07-01',
  },
  { route: 'A1-1', facts: { heldGrades: [held(2, '2021-11-30')] }, from: '2025-11-30' },

  { route: 'B4-1', facts: { workStartDate: '2021-04-01' }, from: '2025-04-01' },
  { route: 'B4-2', facts: { schooling: [graduated('vocationalSecondary')] }, from: null },
  { route: 'B4-3', facts: { schooling: [{ kind: 'bachelor', relatedMajor: true, status: 'enrolled' }] }, from: null },
  { route: 'B3-1', facts: { heldGrades: [held(4, '2020-04-01')] }, from: '2025-04-01' },
  {
    route: 'B3-2',
    facts: { heldGrades: [held(4, '2025-04-01')], schooling: [graduated('higherVocational', false)] },
    from: '2025-04-01',
  },
  {
    route: 'B3-3',
    facts: { heldGrades: [held(4, '2023-04-01')], schooling: [graduated('juniorCollege')] },
    from: '2025-04-01',
  },
  {
    route: 'B3-4',
    facts: { heldGrades: [held(4, '2024-04-01')], schooling: [graduated('bachelor')] },
    from: '2025-04-01',
  },
  { route: 'B3-5', facts: { schooling: [{ kind: 'master', relatedMajor: true, status: 'finalYear' }] }, from: null },
  { route: 'B2-1', facts: { heldGrades: [held(3, '2021-04-01')] }, from: '2025-04-01' },
  {
    route: 'B2-2',
    facts: {
      heldGrades: [held(3, '2025-01-01')],
      workStartDate: '2022-04-01',
      schooling: [graduated('technicianCollege', false)],
    },
    from: '2025-04-01',
  },
  {
    route: 'B2-3',
    facts: { workStartDate: '2023-04-01', schooling: [graduated('preTechnician', false)] },
    from: '2025-04-01',
  },
  {
    route: 'B2-4',
    facts: { heldGrades: [held(3, '2023-04-01')], schooling: [graduated('bachelor')] },
    from: '2025-04-01',
  },
  {
    route: 'B2-5',
    facts: { heldGrades: [held(3, '2024-04-01')], schooling: [graduated('master')] },
    from: '2025-04-01',
  },
  { route: 'B2-6', facts: { workStartDate: '2023-04-01', schooling: [graduated('doctor')] }, from: '2025-04-01' },
  { route: 'B1-1', facts: { heldGrades: [held(2, '2021-04-01')] }, from: '2025-04-01' },

  { route: 'C5-1', facts: { birthDate: '2009-08-20' }, from: '2025-08-20' },
  { route: 'C4-1', facts: { workStartDate: '2020-04-01' }, from: '2025-04-01' },
  { route: 'C4-2', facts: { heldGrades: [held(5, '2022-04-01')] }, from: '2025-04-01' },
  {
    route: 'C4-3',
    facts: { schooling: [{ kind: 'juniorCollege', relatedMajor: true, status: 'finalYear' }] },
    from: null,
  },
  { route: 'C3-1', facts: { workStartDate: '2015-04-01' }, from: '2025-04-01' },
  { route: 'C3-2', facts: { heldGrades: [held(4, '2021-04-01')] }, from: '2025-04-01' },
  { route: 'C3-3', facts: { titles: [{ level: 'junior', obtainedOn: '2024-04-01' }] }, from: '2025-04-01' },
  { route: 'C3-4', facts: { schooling: [graduated('seniorTechnicalSchool')] }, from: null },
  { route: 'C3-6', facts: { schooling: [graduated('juniorCollege')] }, from: null },
  { route: 'C2-1', facts: { heldGrades: [held(3, '2020-04-01')] }, from: '2025-04-01' },
  {
    route: 'C2-2',
    facts: { titles: [{ level: 'junior', obtainedOn: '2020-04-01' }], heldGrades: [held(3, '2024-10-01')] },
    from: '2025-10-01',
  },
  { route: 'C2-3', facts: { titles: [{ level: 'intermediate', obtainedOn: '2024-04-01' }] }, from: '2025-04-01' },
  { route: 'C1-1', facts: { heldGrades: [held(2, '2020-04-01')] }, from: '2025-04-01' },
  {
    route: 'C1-2',
    facts: { titles: [{ level: 'intermediate', obtainedOn: '2019-04-01' }], heldGrades: [held(2, '2024-04-01')] },
    from: '2025-04-01',
  },
  { route: 'C1-3', facts: { titles: [{ level: 'senior', obtainedOn: '2024-04-01' }] }, from: '2025-04-01' },

  {
    route: 'D5-1',
    facts: { trainingsCompleted: [{ jobTypeId: own, grade: 5, completedOn: '2025-04-01' }] },
    from: '2025-04-01',
  },
  { route: 'D5-2', facts: { workStartDate: '2023-04-01' }, from: '2025-04-01' },
  { route: 'D5-3', facts: { apprenticeshipCompletedOn: '2025-04-01' }, from: '2025-04-01' },
  {
    route: 'D4-1',
    facts: {
      heldGrades: [held(5, '2022-04-01')],
      trainingsCompleted: [{ jobTypeId: own, grade: 4, completedOn: '2024-01-01' }],
    },
    from: '2025-04-01',
  },
  { route: 'D4-2', facts: { heldGrades: [held(5, '2020-04-01')] }, from: '2025-04-01' },
  { route: 'D4-3', facts: { workStartDate: '2018-04-01' }, from: '2025-04-01' },
  { route: 'D4-4', facts: { schooling: [graduated('technicalSchool')] }, from: null },
  {
    route: 'D3-1',
    facts: {
      heldGrades: [held(4, '2021-04-01')],
      trainingsCompleted: [{ jobTypeId: own, grade: 3, completedOn: '2024-01-01' }],
    },
    from: '2025-04-01',
  },
  { route: 'D3-2', facts: { heldGrades: [held(4, '2018-04-01')] }, from: '2025-04-01' },
  { route: 'D3-3', facts: { schooling: [graduated('higherVocational')] }, from: null },
  {
    route: 'D3-4',
    facts: { heldGrades: [held(4, '2023-04-01')], schooling: [graduated('juniorCollege')] },
    from: '2025-04-01',
  },
  {
    route: 'D2-1',
    facts: {
      heldGrades: [held(3, '2020-04-01')],
      trainingsCompleted: [{ jobTypeId: own, grade: 2, completedOn: '2024-01-01' }],
    },
    from: '2025-04-01',
  },
  { route: 'D2-2', facts: { heldGrades: [held(3, '2017-04-01')] }, from: '2025-04-01' },
  {
    route: 'D2-3',
    facts: { heldGrades: [held(3, '2023-04-01')], schooling: [graduated('bachelor')] },
    from: '2025-04-01',
  },
  {
    route: 'D1-1',
    facts: {
      heldGrades: [held(2, '2022-04-01')],
      trainingsCompleted: [{ jobTypeId: own, grade: 1, completedOn: '2024-01-01' }],
    },
    from: '2025-04-01',
  },
  { route: 'D1-2', facts: { heldGrades: [held(2, '2020-04-01')] }, from: '2025-04-01' },
];

/** Routes a single history cannot show alone, each tested on its own below. */
const testedSeparately = ['C5-2', 'C3-5', 'C2-4'];

function routeOf(id: string) {
  const set = id[0] as RuleSetId;
  const route = ruleSets[set].routes.find((r) => r.id === id);
  if (!route) throw new Error(`no route ${id}`);
  return { set, route };
}

describe('every route of every grade', () => {
  it('has a case for each route in the rule tables', () => {
    const covered = new Set([...cases.map((c) => c.route), ...testedSeparately]);
    const all = Object.values(ruleSets).flatMap((s) => s.routes.map((r) => r.id));
    expect(all.filter((id) => !covered.has(id))).toEqual([]);
  });

  it.each(cases)('$route is met from $from', ({ route: id, facts, from }) => {
    const { set, route } = routeOf(id);
    const history = { ...nobody, ...facts };
    const today = from ?? '2026-01-01';
    const decision = decide({ rules: rules(set), grade: route.grade, history, today });
    expect(decision).toMatchObject({ status: 'eligible', route: { id } });
    if (from === null) return;
    const before = decide({ rules: rules(set), grade: route.grade, history, today: dayBefore(from) });
    expect(before).toMatchObject({ status: 'waiting', route: { id }, earliest: from });
  });
});

describe('routes that need company', () => {
  it('C5-2: 16 and working; cannot decide while the work start is missing', () => {
    const history = { ...nobody, birthDate: '2009-08-20', workStartDate: '2025-09-01' };
    // C5-1 (age alone) is met from the same birthday, so both are eligible; C5-2 needs the work date.
    expect(
      decide({ rules: rules('C', { 'C5-1': { off: true } }), grade: 5, history, today: '2025-09-01' }),
    ).toMatchObject({ status: 'eligible', route: { id: 'C5-2' } });
    expect(
      decide({
        rules: rules('C', { 'C5-1': { off: true } }),
        grade: 5,
        history: { ...history, workStartDate: null },
        today: '2025-09-01',
      }),
    ).toMatchObject({ status: 'undecidable', missingFacts: ['参加工作时间'] });
  });

  it('C3-5: grade 4 and a college diploma, with no wait', () => {
    const history = { ...nobody, heldGrades: [held(4, '2025-04-01')], schooling: [graduated('higherVocational')] };
    expect(
      decide({ rules: rules('C', { 'C3-6': { off: true } }), grade: 3, history, today: '2025-04-01' }),
    ).toMatchObject({ status: 'eligible', route: { id: 'C3-5' }, since: '2025-04-01' });
  });

  it('C2-4 stays off until a base sets its years, and the decision records the adjustment', () => {
    const history = {
      ...nobody,
      heldGrades: [held(3, '2024-01-01')],
      workStartDate: '2020-01-01',
      schooling: [graduated('technicianCollege', false)],
    };
    expect(decide({ rules: rules('C'), grade: 2, history, today: '2025-04-01' }).status).toBe('waiting');
    const adjusted = decide({ rules: rules('C', { 'C2-4': { years: 3 } }), grade: 2, history, today: '2025-04-01' });
    expect(adjusted).toMatchObject({
      status: 'eligible',
      route: { id: 'C2-4', unverified: true },
      ruleVersion: 'C/2023.1（本工种调整：C2-4 3年）',
    });
  });
});

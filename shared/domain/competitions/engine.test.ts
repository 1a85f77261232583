import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grade } from '../grades';
import { evaluateEntries, type CompetitionFacts, type EntryFacts } from './engine';
import type { Award, CompetitionLevel, ContestantGroup } from './levels';
import { defaultRules, topPercentLimit, type PromotionRule } from './rules';

const rulesOf = (level: CompetitionLevel): PromotionRule[] =>
  defaultRules(level).map((r, i) => ({ ...r, id: `r${i + 1}` }));
const competition = (level: CompetitionLevel, extra: Partial<CompetitionFacts> = {}): CompetitionFacts => ({
  level,
  inPlan: true,
  jobTypeId: 'jt',
  ...extra,
});
const entry = (rank: number | null, extra: Partial<EntryFacts> = {}): EntryFacts => ({
  entryId: `e${rank}`,
  group: 'workers',
  absent: false,
  rank,
  award: null,
  heldGrade: null,
  promotedThisYear: null,
  excludingHonour: null,
  ...extra,
});
/** A field of `size` workers ranked 1…size, with one entry under test replacing its rank's place. */
function outcome(level: CompetitionLevel, tested: EntryFacts, size = 40, facts: Partial<CompetitionFacts> = {}) {
  const field = Array.from({ length: size }, (_, i) => entry(i + 1, { group: tested.group })).filter(
    (e) => e.rank !== tested.rank,
  );
  return evaluateEntries(competition(level, facts), rulesOf(level), [tested, ...field])[0]!;
}

describe('default rules by level', () => {
  const cases: {
    name: string;
    level: CompetitionLevel;
    rank: number;
    award?: Award;
    group?: ContestantGroup;
    held?: Grade;
    to: Grade | null;
    reason: string;
  }[] = [
    {
      name: 'national 一类 优胜奖 → 技师',
      level: 'national1',
      rank: 8,
      award: 'merit',
      to: 2,
      reason: '国家级一类竞赛第 8 名（优胜奖） → 二级/技师',
    },
    {
      name: 'national 一类 金奖, already 技师 → 高级技师',
      level: 'national1',
      rank: 1,
      award: 'gold',
      held: 2,
      to: 1,
      reason: '国家级一类竞赛第 1 名（金奖） → 二级/技师；已持有二级/技师，晋升为一级/高级技师',
    },
    {
      name: 'national 一类 without an award gets nothing',
      level: 'national1',
      rank: 30,
      to: null,
      reason: '国家级一类竞赛第 30 名，不在晋升名次内',
    },
    {
      name: 'national 二类 职工组 5th → 技师',
      level: 'national2',
      rank: 5,
      to: 2,
      reason: '国家级二类竞赛第 5 名 → 二级/技师',
    },
    {
      name: 'national 二类 职工组 6th → 高级工',
      level: 'national2',
      rank: 6,
      to: 3,
      reason: '国家级二类竞赛第 6 名 → 三级/高级工',
    },
    {
      name: 'national 二类 职工组 20th holding 高级工 → 技师',
      level: 'national2',
      rank: 20,
      held: 3,
      to: 2,
      reason: '国家级二类竞赛第 20 名 → 三级/高级工；已持有三级/高级工，晋升为二级/技师',
    },
    {
      name: 'national 二类 职工组 21st gets nothing',
      level: 'national2',
      rank: 21,
      to: null,
      reason: '国家级二类竞赛第 21 名，不在晋升名次内',
    },
    {
      name: 'national 二类 学生组 1st → 高级工',
      level: 'national2',
      rank: 1,
      group: 'students',
      to: 3,
      reason: '国家级二类竞赛学生组第 1 名 → 三级/高级工',
    },
    {
      name: 'national 二类 学生组 6th gets nothing',
      level: 'national2',
      rank: 6,
      group: 'students',
      to: null,
      reason: '国家级二类竞赛学生组第 6 名，不在晋升名次内',
    },
    {
      name: 'provincial 银奖 → 技师',
      level: 'province1',
      rank: 2,
      award: 'silver',
      to: 2,
      reason: '省级一类竞赛第 2 名（银奖） → 二级/技师',
    },
    {
      name: 'provincial 优胜奖 holding 高级工 → 技师',
      level: 'province2',
      rank: 5,
      award: 'merit',
      held: 3,
      to: 2,
      reason: '省级二类竞赛第 5 名（优胜奖） → 三级/高级工；已持有三级/高级工，晋升为二级/技师',
    },
    {
      name: 'provincial 学生组 铜奖 → 高级工',
      level: 'province1',
      rank: 3,
      award: 'bronze',
      group: 'students',
      to: 3,
      reason: '省级一类竞赛学生组第 3 名（铜奖） → 三级/高级工',
    },
    {
      name: 'city 一类 4th holding 高级工 → 技师 is the target',
      level: 'city1',
      rank: 4,
      held: 3,
      to: 2,
      reason: '市级一类竞赛第 4 名 → 二级/技师',
    },
    {
      name: 'city 一类 10th holding 技师 → 高级技师',
      level: 'city1',
      rank: 10,
      held: 2,
      to: 1,
      reason: '市级一类竞赛第 10 名 → 二级/技师；已持有二级/技师，晋升为一级/高级技师',
    },
    {
      name: 'city 一类 11th gets nothing',
      level: 'city1',
      rank: 11,
      to: null,
      reason: '市级一类竞赛第 11 名，不在晋升名次内',
    },
    {
      name: 'city 一类 学生组 → 高级工',
      level: 'city1',
      rank: 2,
      group: 'students',
      to: 3,
      reason: '市级一类竞赛学生组第 2 名 → 三级/高级工',
    },
    {
      name: 'city 一类 学生组 holding 高级工: no step up for students',
      level: 'city1',
      rank: 2,
      group: 'students',
      held: 3,
      to: null,
      reason: '市级一类竞赛学生组第 2 名 → 三级/高级工；已持有三级/高级工，学生组不再晋升高一级',
    },
    { name: 'city 二类 6th → 高级工', level: 'city2', rank: 6, to: 3, reason: '市级二类竞赛第 6 名 → 三级/高级工' },
    {
      name: 'city 二类 7th gets nothing',
      level: 'city2',
      rank: 7,
      to: null,
      reason: '市级二类竞赛第 7 名，不在晋升名次内',
    },
    {
      name: 'city 二类 学生组 → 中级工',
      level: 'city2',
      rank: 1,
      group: 'students',
      to: 4,
      reason: '市级二类竞赛学生组第 1 名 → 四级/中级工',
    },
    {
      name: 'district top 30 % of 40 is 12: 12th → 中级工',
      level: 'local',
      rank: 12,
      to: 4,
      reason: '县区/企业级竞赛第 12 名 → 四级/中级工',
    },
    {
      name: 'district 13th of 40 gets nothing',
      level: 'local',
      rank: 13,
      to: null,
      reason: '县区/企业级竞赛第 13 名，不在晋升名次内',
    },
    {
      name: 'district holding 中级工 → 高级工',
      level: 'local',
      rank: 1,
      held: 4,
      to: 3,
      reason: '县区/企业级竞赛第 1 名 → 四级/中级工；已持有四级/中级工，晋升为三级/高级工',
    },
    {
      name: 'holding a grade above the target gets nothing',
      level: 'city2',
      rank: 1,
      held: 2,
      to: null,
      reason: '市级二类竞赛第 1 名 → 三级/高级工；已持有更高的二级/技师',
    },
    {
      name: 'holding 高级技师 at a 技师 row: already the top',
      level: 'city1',
      rank: 1,
      held: 1,
      to: null,
      reason: '市级一类竞赛第 1 名 → 二级/技师；已持有更高的一级/高级技师',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = outcome(
        c.level,
        entry(c.rank, { award: c.award ?? null, group: c.group ?? 'workers', heldGrade: c.held ?? null }),
      );
      expect(result.reason).toBe(c.reason);
      if (c.to === null) expect(result.kind).toBe('none');
      else expect(result).toMatchObject({ kind: 'promote', toGrade: c.to, fromGrade: c.held ?? null });
    });
  }
});

describe('exclusions, each with its reason', () => {
  it('a competition outside the annual plan promotes nobody', () => {
    expect(outcome('city1', entry(1), 40, { inPlan: false })).toEqual({
      entryId: 'e1',
      kind: 'none',
      reason: '竞赛未纳入年度竞赛计划，不能据此晋升等级',
    });
  });
  it('an event with no appraisal job type promotes nobody', () => {
    expect(outcome('city1', entry(1), 40, { jobTypeId: null }).reason).toBe(
      '竞赛项目未对应鉴定职业（工种），不能据此晋升等级',
    );
  });
  it('once a year: a second competition promotion in the same year is refused', () => {
    const result = outcome('city1', entry(1, { promotedThisYear: '2026 年 泉州市电工技能竞赛' }));
    expect(result).toMatchObject({
      kind: 'none',
      reason: '本年度已通过竞赛晋升过一次（2026 年 泉州市电工技能竞赛），每年至多一次',
    });
  });
  it('a holder of 全国技术能手 may not enter as a contestant', () => {
    expect(outcome('city1', entry(1, { excludingHonour: '全国技术能手' })).reason).toBe(
      '已获全国技术能手，不得以选手身份参赛晋级',
    );
  });
  it('an absent contestant has no rank', () => {
    expect(outcome('city1', entry(null, { absent: true, entryId: 'x' })).reason).toBe('缺考，无名次');
  });
  it('a contestant without a rank gets nothing', () => {
    expect(outcome('city1', entry(null, { entryId: 'x' })).reason).toBe('没有名次');
  });
});

describe('ties and the field', () => {
  it('two tied at the edge of the top 30 % are both promoted', () => {
    // 10 contestants: limit 3; ranks 1, 2, 3, 3, 5 …
    const field = [1, 2, 3, 3, 5, 6, 7, 8, 9, 10].map((rank, i) => entry(rank, { entryId: `t${i}` }));
    const results = evaluateEntries(competition('local'), rulesOf('local'), field);
    expect(results.filter((r) => r.kind === 'promote').map((r) => r.entryId)).toEqual(['t0', 't1', 't2', 't3']);
  });
  it('absent contestants do not count in the field a share is taken of', () => {
    const field = [
      ...Array.from({ length: 10 }, (_, i) => entry(i + 1)),
      ...Array.from({ length: 5 }, (_, i) => entry(null, { entryId: `a${i}`, absent: true })),
    ];
    expect(
      evaluateEntries(competition('local'), rulesOf('local'), field).filter((r) => r.kind === 'promote'),
    ).toHaveLength(3);
  });
  it('workers and students are separate fields', () => {
    const field = [
      ...Array.from({ length: 10 }, (_, i) => entry(i + 1, { entryId: `w${i}` })),
      ...Array.from({ length: 4 }, (_, i) => entry(i + 1, { entryId: `s${i}`, group: 'students' })),
    ];
    const promoted = evaluateEntries(competition('local'), rulesOf('local'), field)
      .filter((r) => r.kind === 'promote')
      .map((r) => r.entryId);
    expect(promoted).toEqual(['w0', 'w1', 'w2', 's0']);
  });
  it('the highest target wins when two rows reach one rank', () => {
    const rules: PromotionRule[] = [
      { id: 'low', group: 'workers', match: { kind: 'ranks', from: 1, to: 10 }, targetGrade: 3, stepUpIfHeld: true },
      { id: 'high', group: 'workers', match: { kind: 'ranks', from: 1, to: 3 }, targetGrade: 2, stepUpIfHeld: true },
    ];
    expect(evaluateEntries(competition('city1'), rules, [entry(2)])[0]).toMatchObject({
      kind: 'promote',
      ruleId: 'high',
      toGrade: 2,
    });
  });
});

describe('top N % rounds down', () => {
  it.each([
    [10, 30, 3],
    [9, 30, 2],
    [3, 30, 0],
    [20, 30, 6],
    [7, 50, 3],
    [100, 30, 30],
  ])('%i contestants, %i %% → %i', (size, percent, limit) => {
    expect(topPercentLimit(size, percent)).toBe(limit);
  });
  it('never exceeds the share and is the largest count that does not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 100 }), (size, percent) => {
        const limit = topPercentLimit(size, percent);
        expect(limit * 100).toBeLessThanOrEqual(size * percent);
        expect((limit + 1) * 100).toBeGreaterThan(size * percent);
      }),
    );
  });
  it('with distinct ranks, exactly the limit is promoted, and a bigger field never promotes fewer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 50 }), (size, more) => {
        const promoted = (n: number) =>
          evaluateEntries(
            competition('local'),
            rulesOf('local'),
            Array.from({ length: n }, (_, i) => entry(i + 1, { entryId: `p${i}` })),
          ).filter((r) => r.kind === 'promote').length;
        expect(promoted(size)).toBe(topPercentLimit(size, 30));
        expect(promoted(size + more)).toBeGreaterThanOrEqual(promoted(size));
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * Competition levels as the provincial and city notices name them: national 一类 (人社部) and 二类
 * (industry ministries, national unions), provincial and city 一类/二类, and county, district or
 * enterprise contests below.
 */
export const competitionLevels = [
  'national1',
  'national2',
  'province1',
  'province2',
  'city1',
  'city2',
  'local',
] as const;
export type CompetitionLevel = (typeof competitionLevels)[number];

export const levelLabels: Record<CompetitionLevel, string> = {
  national1: '国家级一类',
  national2: '国家级二类',
  province1: '省级一类',
  province2: '省级二类',
  city1: '市级一类',
  city2: '市级二类',
  local: '县区/企业级',
};

/** 职工组 (workers) and 学生组 (students) are judged and promoted separately. */
export const contestantGroups = ['workers', 'students'] as const;
export type ContestantGroup = (typeof contestantGroups)[number];

export const groupLabels: Record<ContestantGroup, string> = { workers: '职工组', students: '学生组' };

/** 金/银/铜 are ranks 1–3 and never tied; 优胜奖 comes after them. */
export const awards = ['gold', 'silver', 'bronze', 'merit'] as const;
export type Award = (typeof awards)[number];

export const awardLabels: Record<Award, string> = { gold: '金奖', silver: '银奖', bronze: '铜奖', merit: '优胜奖' };

/** The medal a rank carries, for 1–3; ranks after that carry 优胜奖 only when the result sheet says so. */
export function medalForRank(rank: number): Award | null {
  return rank === 1 ? 'gold' : rank === 2 ? 'silver' : rank === 3 ? 'bronze' : null;
}

/**
 * Reads 金奖/金牌 … 优胜奖 as typed in a result sheet; "" or "--" is no award, anything else
 * undefined. 一等奖/二等奖 are not medals (they go to a share of the field), so they are not read as one.
 */
export function parseAward(text: string): Award | null | undefined {
  const value = text.replace(/\s/g, '');
  if (value === '' || value === '无' || value === '--' || value === '-') return null;
  const words: Record<string, Award> = {
    金奖: 'gold',
    金牌: 'gold',
    金: 'gold',
    银奖: 'silver',
    银牌: 'silver',
    银: 'silver',
    铜奖: 'bronze',
    铜牌: 'bronze',
    铜: 'bronze',
    优胜奖: 'merit',
    优胜: 'merit',
    优秀奖: 'merit',
  };
  return words[value];
}

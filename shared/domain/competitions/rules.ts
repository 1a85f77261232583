import { gradeLabel, type Grade } from '../grades';
import { awardLabels, groupLabels, type Award, type CompetitionLevel, type ContestantGroup } from './levels';

/** Which contestants a rule row covers: a range of ranks, a set of awards, or the top share of the field. */
export type RuleMatch =
  | { kind: 'ranks'; from: number; to: number }
  | { kind: 'awards'; awards: Award[] }
  | { kind: 'topPercent'; percent: number };

/**
 * One row of a competition's promotion rule, as its notice writes it: `(group, ranks or award) →
 * target grade, and one grade higher if the worker already holds it`.
 */
export interface PromotionRule {
  id: string;
  group: ContestantGroup;
  match: RuleMatch;
  targetGrade: Grade;
  /** 已持有该等级的，晋升高一级. */
  stepUpIfHeld: boolean;
}

export type RuleDraft = Omit<PromotionRule, 'id'>;

const medalsAndMerit: Award[] = ['gold', 'silver', 'bronze', 'merit'];
const medals: Award[] = ['gold', 'silver', 'bronze'];

/**
 * The rule rows a new competition starts with, from the notices in domain-sources.md (national 一类:
 * 全国技能大赛; national 二类: 全国印刷行业大赛; provincial: 海南自贸港大赛; city and district: Tianjin's
 * ladder). Students are promoted one grade lower and never one higher for a grade held; below the
 * city level students and workers both reach 中级工 (Tianjin). A base edits them per notice.
 */
export function defaultRules(level: CompetitionLevel): RuleDraft[] {
  const worker = (match: RuleMatch, targetGrade: Grade): RuleDraft => ({
    group: 'workers',
    match,
    targetGrade,
    stepUpIfHeld: true,
  });
  const student = (match: RuleMatch, targetGrade: Grade): RuleDraft => ({
    group: 'students',
    match,
    targetGrade,
    stepUpIfHeld: false,
  });
  switch (level) {
    case 'national1':
      return [
        worker({ kind: 'awards', awards: medalsAndMerit }, 2),
        student({ kind: 'awards', awards: medalsAndMerit }, 3),
      ];
    case 'national2':
      return [
        worker({ kind: 'ranks', from: 1, to: 5 }, 2),
        worker({ kind: 'ranks', from: 6, to: 20 }, 3),
        student({ kind: 'ranks', from: 1, to: 5 }, 3),
      ];
    case 'province1':
    case 'province2':
      return [
        worker({ kind: 'awards', awards: medals }, 2),
        worker({ kind: 'awards', awards: ['merit'] }, 3),
        student({ kind: 'awards', awards: medals }, 3),
        student({ kind: 'awards', awards: ['merit'] }, 4),
      ];
    case 'city1':
      return [worker({ kind: 'ranks', from: 1, to: 10 }, 2), student({ kind: 'ranks', from: 1, to: 10 }, 3)];
    case 'city2':
      return [worker({ kind: 'ranks', from: 1, to: 6 }, 3), student({ kind: 'ranks', from: 1, to: 6 }, 4)];
    case 'local':
      return [worker({ kind: 'topPercent', percent: 30 }, 4), student({ kind: 'topPercent', percent: 30 }, 4)];
  }
}

/**
 * How many contestants a "top N %" row reaches in a field: rounded down, so the promoted never
 * exceed the share the notice allows (10 contestants, 30 % → 3; 9 → 2; 3 → 0).
 */
export function topPercentLimit(fieldSize: number, percent: number): number {
  return Math.floor((fieldSize * percent) / 100 + 1e-9);
}

/** "第 1–10 名", "金奖、银奖、铜奖", "前 30%". */
export function describeMatch(match: RuleMatch): string {
  switch (match.kind) {
    case 'ranks':
      return match.from === match.to ? `第 ${match.from} 名` : `第 ${match.from}–${match.to} 名`;
    case 'awards':
      return match.awards.map((a) => awardLabels[a]).join('、');
    case 'topPercent':
      return `前 ${match.percent}%`;
  }
}

/** "职工组 第 1–10 名 → 二级/技师，已持有的晋升高一级". */
export function describeRule(rule: RuleDraft): string {
  return `${groupLabels[rule.group]} ${describeMatch(rule.match)} → ${gradeLabel(rule.targetGrade)}${rule.stepUpIfHeld ? '，已持有的晋升高一级' : ''}`;
}

/** A rule set a competition may be published with: what is wrong with it, in words, or nothing. */
export function ruleProblems(rules: readonly RuleDraft[]): string[] {
  const problems: string[] = [];
  rules.forEach((rule, index) => {
    const where = `第 ${index + 1} 条规则`;
    if (rule.targetGrade < 1 || rule.targetGrade > 5) problems.push(`${where}：晋升等级须为五级至一级`);
    const m = rule.match;
    if (m.kind === 'ranks' && (m.from < 1 || m.to < m.from))
      problems.push(`${where}：名次范围须从 1 起且止于不小于起始的名次`);
    if (m.kind === 'awards' && m.awards.length === 0) problems.push(`${where}：至少选择一个奖项`);
    if (m.kind === 'topPercent' && (m.percent <= 0 || m.percent > 100))
      problems.push(`${where}：比例须在 1%–100% 之间`);
  });
  return problems;
}

import { gradeLabel, isHigherGrade, type Grade } from '../grades';
import {
  awardLabels,
  groupLabels,
  levelLabels,
  type Award,
  type CompetitionLevel,
  type ContestantGroup,
} from './levels';
import { topPercentLimit, type PromotionRule } from './rules';

export interface CompetitionFacts {
  level: CompetitionLevel;
  /** 纳入年度计划: only planned competitions promote. */
  inPlan: boolean;
  /** The job type the promotion is in; null for an event with no appraisal job type. */
  jobTypeId: string | null;
}

export interface EntryFacts {
  entryId: string;
  group: ContestantGroup;
  absent: boolean;
  rank: number | null;
  award: Award | null;
  /** The highest grade held in the competition's job type (or the one an administrator recorded instead). */
  heldGrade: Grade | null;
  /** The competition promotion that already took this year's slot, in words ("2026 年 市级二类竞赛…"), or null. */
  promotedThisYear: string | null;
  /** 中华技能大奖 / 全国技术能手 held: such holders may not enter as contestants. */
  excludingHonour: string | null;
}

export type EntryOutcome =
  | { entryId: string; kind: 'promote'; fromGrade: Grade | null; toGrade: Grade; ruleId: string; reason: string }
  | { entryId: string; kind: 'none'; reason: string };

/**
 * What each entry of a published competition earns under the competition's own rule rows: a
 * proposed promotion with its reason in words, or nothing, with why. The rank is what counts;
 * a tie at the edge of a "top N %" row promotes both (the notice ranks people, not seats).
 */
export function evaluateEntries(
  competition: CompetitionFacts,
  rules: readonly PromotionRule[],
  entries: readonly EntryFacts[],
): EntryOutcome[] {
  const fieldSize = (group: ContestantGroup) =>
    entries.filter((e) => e.group === group && !e.absent && e.rank !== null).length;
  const sizes: Record<ContestantGroup, number> = { workers: fieldSize('workers'), students: fieldSize('students') };
  return entries.map((entry) => evaluateEntry(competition, rules, entry, sizes[entry.group]));
}

function evaluateEntry(
  competition: CompetitionFacts,
  rules: readonly PromotionRule[],
  entry: EntryFacts,
  fieldSize: number,
): EntryOutcome {
  const none = (reason: string): EntryOutcome => ({ entryId: entry.entryId, kind: 'none', reason });
  if (!competition.inPlan) return none('竞赛未纳入年度竞赛计划，不能据此晋升等级');
  if (competition.jobTypeId === null) return none('竞赛项目未对应鉴定职业（工种），不能据此晋升等级');
  if (entry.absent) return none('缺考，无名次');
  if (entry.rank === null) return none('没有名次');
  if (entry.excludingHonour) return none(`已获${entry.excludingHonour}，不得以选手身份参赛晋级`);
  if (entry.promotedThisYear) return none(`本年度已通过竞赛晋升过一次（${entry.promotedThisYear}），每年至多一次`);

  const matching = rules.filter((rule) => rule.group === entry.group && matches(rule, entry, fieldSize));
  const placing = describePlacing(competition.level, entry);
  if (matching.length === 0) return none(`${placing}，不在晋升名次内`);
  // Several rows may reach one rank (a medal row and a rank row): the highest target wins.
  const rule = matching.reduce((best, r) => (isHigherGrade(r.targetGrade, best.targetGrade) ? r : best));
  const target = rule.targetGrade;
  const head = `${placing} → ${gradeLabel(target)}`;
  const held = entry.heldGrade;

  if (held === null || isHigherGrade(target, held)) {
    return { entryId: entry.entryId, kind: 'promote', fromGrade: held, toGrade: target, ruleId: rule.id, reason: head };
  }
  if (held === target && rule.stepUpIfHeld) {
    if (target <= 1) return none(`${head}；已持有${gradeLabel(held)}，已是最高等级`);
    const next = (target - 1) as Grade;
    return {
      entryId: entry.entryId,
      kind: 'promote',
      fromGrade: held,
      toGrade: next,
      ruleId: rule.id,
      reason: `${head}；已持有${gradeLabel(held)}，晋升为${gradeLabel(next)}`,
    };
  }
  if (held === target) return none(`${head}；已持有${gradeLabel(held)}，${groupLabels[entry.group]}不再晋升高一级`);
  return none(`${head}；已持有更高的${gradeLabel(held)}`);
}

function matches(rule: PromotionRule, entry: EntryFacts, fieldSize: number): boolean {
  const rank = entry.rank!;
  switch (rule.match.kind) {
    case 'ranks':
      return rank >= rule.match.from && rank <= rule.match.to;
    case 'awards':
      return entry.award !== null && rule.match.awards.includes(entry.award);
    case 'topPercent':
      return rank <= topPercentLimit(fieldSize, rule.match.percent);
  }
}

/** "市级一类竞赛第 4 名", "省级一类竞赛学生组第 2 名（银奖）". */
function describePlacing(level: CompetitionLevel, entry: EntryFacts): string {
  const group = entry.group === 'students' ? groupLabels.students : '';
  const award = entry.award ? `（${awardLabels[entry.award]}）` : '';
  return `${levelLabels[level]}竞赛${group}第 ${entry.rank} 名${award}`;
}

import type {
  CompetitionDetail,
  CompetitionEntryRow,
  CompetitionSummary,
} from '../../../../shared/contract/promotions';
import type { Parsed } from '../../../../shared/contract';
import { medalForRank, type Award } from '../../../../shared/domain/competitions/levels';
import { parseRank, parseScore, totalScore } from '../../../../shared/domain/competitions/results';
import { describeRule, ruleProblems, type RuleDraft } from '../../../../shared/domain/competitions/rules';
import { formatMark } from '../../../../shared/domain/cohorts/marks';
import { gradeLabel, type Grade } from '../../../../shared/domain/grades';
import { maskIdNumber } from '../../../../shared/domain/masking';
import { stateLabels } from '../../../../shared/domain/promotions/ledger';
import { AppError, type FieldIssue } from '../../../../shared/errors';
import type { HandlerContext } from '../../context';
import * as store from './store';

type Fields = Parsed<'competitions.create'>;

export function competitionDetail(ctx: HandlerContext, id: string): CompetitionDetail {
  const c = store.getCompetition(ctx, id);
  return {
    id: c.id,
    name: c.name,
    edition: c.edition,
    year: c.year,
    level: c.level,
    inPlan: c.inPlan,
    planDocumentNo: c.planDocumentNo,
    host: c.host,
    organiser: c.organiser,
    coOrganiser: c.coOrganiser,
    jobTypeId: c.jobTypeId,
    jobTypeName: c.jobTypeName,
    eventName: c.eventName,
    judgingGrade: c.judgingGrade as Grade | null,
    startDate: c.startDate,
    endDate: c.endDate,
    venue: c.venue,
    certifyingAgency: c.certifyingAgency,
    scoreParts: JSON.parse(c.scoreParts) as string[],
    publishedAt: c.publishedAt,
    publishedByName: c.publishedByName,
    rules: store.rulesOf(ctx, id).map((rule) => ({ ...rule, text: describeRule(rule) })),
    entries: store.entriesOf(ctx, id).length,
  };
}

export function listCompetitions(ctx: HandlerContext, year: number | null, q: string): CompetitionSummary[] {
  return store.listCompetitions(ctx, year, q).map((c) => ({
    id: c.id,
    name: c.name,
    edition: c.edition,
    year: c.year,
    level: c.level,
    inPlan: c.inPlan,
    jobTypeName: c.jobTypeName,
    endDate: c.endDate,
    entries: c.entries,
    published: c.publishedAt !== null,
    promotions: c.promotions,
  }));
}

function values(ctx: HandlerContext, fields: Fields): store.CompetitionValues {
  if (fields.jobTypeId !== null && !store.jobTypeExists(ctx, fields.jobTypeId)) {
    throw new AppError('VALIDATION', '所选工种不存在', { issues: [{ field: 'jobTypeId', message: '所选工种不存在' }] });
  }
  return { ...fields, scoreParts: JSON.stringify(fields.scoreParts) };
}

export function createCompetition(ctx: HandlerContext, fields: Fields, rules: readonly RuleDraft[]): CompetitionDetail {
  const id = store.insertCompetition(ctx, values(ctx, fields));
  store.replaceRules(ctx, id, rules);
  ctx.audit({ recordIds: [id], summary: `新建竞赛：${fields.name}` });
  return competitionDetail(ctx, id);
}

/** A published competition is the evidence of its promotions: its facts no longer change. */
export function requireDraft(ctx: HandlerContext, id: string) {
  const c = store.getCompetition(ctx, id);
  if (c.publishedAt !== null)
    throw new AppError(
      'CONFLICT',
      `“${c.name}”的结果已于 ${c.publishedAt.slice(0, 10)} 发布，不能再修改；如有错误，请在技能晋升中驳回或撤销相应记录`,
    );
  return c;
}

export function updateCompetition(ctx: HandlerContext, id: string, fields: Fields): CompetitionDetail {
  const before = requireDraft(ctx, id);
  store.updateCompetition(ctx, id, values(ctx, fields));
  ctx.audit({ recordIds: [id], summary: `修改竞赛：${before.name}` });
  return competitionDetail(ctx, id);
}

export function saveRules(ctx: HandlerContext, id: string, rules: readonly RuleDraft[]): CompetitionDetail {
  const c = requireDraft(ctx, id);
  const problems = ruleProblems(rules);
  if (problems.length > 0) throw new AppError('VALIDATION', problems.join('；'));
  store.replaceRules(ctx, id, rules);
  ctx.audit({ recordIds: [id], summary: `修改“${c.name}”的晋升规则：${rules.map(describeRule).join('；') || '无'}` });
  return competitionDetail(ctx, id);
}

export function removeCompetition(ctx: HandlerContext, id: string) {
  const c = requireDraft(ctx, id);
  store.softDeleteCompetition(ctx, id);
  ctx.audit({ recordIds: [id], summary: `删除竞赛：${c.name}` });
  return { removed: true as const };
}

export function entryRows(ctx: HandlerContext, competitionId: string): CompetitionEntryRow[] {
  const parts = (JSON.parse(store.getCompetition(ctx, competitionId).scoreParts) as string[]).length;
  return store.entriesOf(ctx, competitionId).map((e) => {
    const scores = JSON.parse(e.scores) as (number | null)[];
    return {
      id: e.id,
      traineeId: e.traineeId,
      name: e.name,
      idNumberMasked: maskIdNumber(e.idNumber),
      group: e.contestantGroup,
      unitName: e.unitName,
      teamName: e.teamName,
      scores: Array.from({ length: parts }, (_, i) =>
        e.absent
          ? '缺考'
          : scores[i] === null || scores[i] === undefined
            ? ''
            : formatMark({ score: scores[i], code: null }),
      ),
      total: e.total,
      rank: e.rank,
      award: e.award,
      absent: e.absent,
      prizeFen: e.prizeFen,
      heldGradeOverride: e.heldGradeOverride as Grade | null,
      heldGradeNote: e.heldGradeNote,
      outcome: e.outcome,
      promotionState: e.promotionState ? stateLabels[e.promotionState] : null,
    };
  });
}

export function addEntry(ctx: HandlerContext, input: Parsed<'competitions.addEntry'>): CompetitionEntryRow[] {
  const c = requireDraft(ctx, input.competitionId);
  const person = store.traineeExists(ctx, input.traineeId);
  if (!person) throw new AppError('NOT_FOUND', '学员不存在或已删除');
  if (store.entryOfTrainee(ctx, c.id, input.traineeId))
    throw new AppError('CONFLICT', `${person.name}已在“${c.name}”的参赛名单中`);
  const id = store.insertEntry(ctx, {
    competitionId: c.id,
    traineeId: input.traineeId,
    group: input.group,
    unitName: input.unitName || person.enterpriseName,
    teamName: input.teamName,
  });
  ctx.audit({ recordIds: [id], summary: `“${c.name}”添加参赛选手：${person.name}` });
  return entryRows(ctx, c.id);
}

export function removeEntry(ctx: HandlerContext, entryId: string): CompetitionEntryRow[] {
  const entry = store.getEntry(ctx, entryId);
  const c = requireDraft(ctx, entry.competitionId);
  store.softDeleteEntry(ctx, entryId);
  ctx.audit({ recordIds: [entryId], summary: `“${c.name}”移除参赛选手：${entry.name}` });
  return entryRows(ctx, c.id);
}

/** Reads a typed or imported result: every cell's problem is named with the contestant and the column. */
export function parseResult(
  parts: readonly string[],
  row: { scores: readonly string[]; rank: string; award: Award | null; absent: boolean; prizeFen: number },
  fail: (column: string, message: string) => void,
): store.EntryResult {
  let absent = row.absent;
  const scores = parts.map((part, i) => {
    const parsed = parseScore(row.scores[i] ?? '');
    if (!parsed.ok) {
      fail(part, parsed.reason);
      return null;
    }
    if (parsed.value.absent) absent = true;
    return parsed.value.score;
  });
  const rank = parseRank(row.rank);
  if (!rank.ok) fail('名次', rank.reason);
  const rankValue = rank.ok ? rank.value : null;
  const award = row.award ?? (rankValue === null ? null : medalForRank(rankValue));
  return {
    scores: absent ? parts.map(() => null) : scores,
    total: absent ? null : totalScore(scores),
    rank: rankValue,
    award,
    absent,
    prizeFen: row.prizeFen,
  };
}

export function saveResults(ctx: HandlerContext, input: Parsed<'competitions.saveResults'>): CompetitionEntryRow[] {
  const c = requireDraft(ctx, input.competitionId);
  const parts = JSON.parse(c.scoreParts) as string[];
  const issues: FieldIssue[] = [];
  const parsed = input.rows.map((row, index) => {
    const entry = store.getEntry(ctx, row.entryId);
    if (entry.competitionId !== c.id) throw new AppError('VALIDATION', `${entry.name}不在“${c.name}”的参赛名单中`);
    const result = parseResult(parts, row, (column, message) =>
      issues.push({
        field: `rows.${index}`,
        column,
        message: `${entry.name}：${column}${message.startsWith('“') ? '' : '：'}${message}`,
      }),
    );
    return { entry, result };
  });
  if (issues.length > 0)
    throw new AppError(
      'VALIDATION',
      issues.length === 1 ? issues[0]!.message : `${issues[0]!.message}（另有 ${issues.length - 1} 处）`,
      { issues },
    );
  for (const { entry, result } of parsed) store.updateEntryResult(ctx, entry.id, result);
  ctx.audit({ recordIds: [c.id], summary: `录入“${c.name}”成绩 ${parsed.length} 人` });
  return entryRows(ctx, c.id);
}

export function setHeldGrade(ctx: HandlerContext, input: Parsed<'competitions.setHeldGrade'>): CompetitionEntryRow[] {
  const entry = store.getEntry(ctx, input.entryId);
  const c = requireDraft(ctx, entry.competitionId);
  if (input.grade !== null && input.note === '')
    throw new AppError('VALIDATION', '请说明认定依据（例如相关工种的证书编号）');
  store.setHeldGradeOverride(ctx, entry.id, input.grade as Grade | null, input.note);
  ctx.audit({
    recordIds: [entry.id],
    summary: `“${c.name}”认定${entry.name}原持有等级：${input.grade === null ? '按本工种' : `${gradeLabel(input.grade as Grade)}，${input.note}`}`,
  });
  return entryRows(ctx, c.id);
}

import { z } from 'zod';
import {
  awards,
  competitionLevels,
  contestantGroups,
  type Award,
  type CompetitionLevel,
  type ContestantGroup,
} from '../../domain/competitions/levels';
import type { RuleDraft, RuleMatch } from '../../domain/competitions/rules';
import type { Grade } from '../../domain/grades';
import { mutation, query } from '../infra/define';
import type { SheetField, SheetRead } from '../infra/sheet';
import { calendarDate, id, text } from './fields';

export interface CompetitionSummary {
  id: string;
  name: string;
  edition: string;
  year: number;
  level: CompetitionLevel;
  inPlan: boolean;
  jobTypeName: string | null;
  endDate: string | null;
  entries: number;
  published: boolean;
  /** Promotions its publication proposed (any state but revoked). */
  promotions: number;
}

export interface CompetitionRuleRow {
  id: string;
  group: ContestantGroup;
  match: RuleMatch;
  targetGrade: Grade;
  stepUpIfHeld: boolean;
  /** "职工组 第 1–10 名 → 二级/技师，已持有的晋升高一级". */
  text: string;
}

export interface CompetitionDetail {
  id: string;
  name: string;
  edition: string;
  year: number;
  level: CompetitionLevel;
  inPlan: boolean;
  planDocumentNo: string;
  host: string;
  organiser: string;
  coOrganiser: string;
  jobTypeId: string | null;
  jobTypeName: string | null;
  eventName: string;
  judgingGrade: Grade | null;
  startDate: string | null;
  endDate: string | null;
  venue: string;
  certifyingAgency: string;
  scoreParts: string[];
  publishedAt: string | null;
  publishedByName: string | null;
  rules: CompetitionRuleRow[];
  entries: number;
}

export interface CompetitionEntryRow {
  id: string;
  traineeId: string;
  name: string;
  idNumberMasked: string;
  group: ContestantGroup;
  unitName: string;
  teamName: string;
  /** As shown, one per score part: "85", "缺考" or "". */
  scores: string[];
  total: number | null;
  rank: number | null;
  award: Award | null;
  absent: boolean;
  prizeFen: number;
  heldGradeOverride: Grade | null;
  heldGradeNote: string;
  /** After publication: what the entry earned, in words. */
  outcome: string;
  promotionState: string | null;
}

/** What publishing would give (or gave) each entry. */
export interface PublicationOutcome {
  promoted: { entryId: string; name: string; fromGrade: Grade | null; toGrade: Grade; reason: string }[];
  none: { entryId: string; name: string; reason: string }[];
  /** Problems that stop publication (duplicate medal ranks, a rank without a score, rule rows). */
  problems: string[];
}

/** Columns a sign-up list or result sheet may carry. */
export const entryImportFields = [
  { key: 'name', label: '姓名', aliases: ['姓名', '选手姓名', '参赛选手', '选手'], required: true },
  {
    key: 'idNumber',
    label: '身份证号',
    aliases: ['身份证号', '身份证号码', '证件号码', '证件号', '公民身份号码'],
    required: true,
  },
  { key: 'unitName', label: '单位', aliases: ['单位', '工作单位', '所在单位', '参赛单位', '企业', '代表队'] },
  { key: 'group', label: '组别', aliases: ['组别', '参赛组别'] },
  { key: 'teamName', label: '团队', aliases: ['团队', '团队名称', '队名'] },
  { key: 'phone', label: '手机号', aliases: ['手机号', '手机', '联系电话', '电话'] },
  { key: 'score1', label: '成绩一', aliases: ['理论', '理论成绩', '理论知识'] },
  { key: 'score2', label: '成绩二', aliases: ['实操', '实操成绩', '技能操作', '操作技能'] },
  { key: 'score3', label: '成绩三', aliases: ['综合', '综合评审', '工作业绩'] },
  { key: 'rank', label: '名次', aliases: ['名次', '排名', '总名次'] },
  { key: 'award', label: '奖项', aliases: ['奖项', '获奖等次', '获奖情况', '奖次'] },
  { key: 'prize', label: '奖金（元）', aliases: ['奖金', '奖金元', '奖金（元）'] },
] as const satisfies readonly SheetField[];

export interface EntryImportPreviewRow {
  rowNumber: number;
  name: string;
  idMasked: string;
  status: 'new' | 'update' | 'newTrainee' | 'error';
  /** What the row will write: "第 4 名 · 理论 85 · 实操 90". */
  summary: string;
  errors: string[];
}

export interface EntryImportPreview {
  rows: EntryImportPreviewRow[];
  counts: Record<EntryImportPreviewRow['status'], number>;
}

const ruleInput = z
  .object({
    group: z.enum(contestantGroups),
    match: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('ranks'),
        from: z.number().int().min(1).max(10000),
        to: z.number().int().min(1).max(10000),
      }),
      z.object({ kind: z.literal('awards'), awards: z.array(z.enum(awards)).min(1, '至少选择一个奖项').max(4) }),
      z.object({ kind: z.literal('topPercent'), percent: z.number().int().min(1).max(100) }),
    ]),
    targetGrade: z
      .number()
      .int()
      .min(1, '晋升等级须为五级至一级')
      .max(5, '晋升等级须为五级至一级')
      .transform((g) => g as Grade),
    stepUpIfHeld: z.boolean(),
  })
  .strict();

export const competitionFields = z
  .object({
    name: z.string().trim().min(1, '请填写竞赛名称').max(100),
    edition: text(20).default(''),
    year: z.number().int().min(2000).max(2100),
    level: z.enum(competitionLevels),
    inPlan: z.boolean(),
    planDocumentNo: text(60).default(''),
    host: text(200).default(''),
    organiser: text(200).default(''),
    coOrganiser: text(200).default(''),
    jobTypeId: id.nullable(),
    eventName: text(100).default(''),
    judgingGrade: z.number().int().min(1).max(5).nullable().default(null),
    startDate: calendarDate('开始日期').nullable().default(null),
    endDate: calendarDate('结束日期').nullable().default(null),
    venue: text(100).default(''),
    certifyingAgency: text(100).default(''),
    scoreParts: z
      .array(z.string().trim().min(1, '成绩项目不能为空').max(20))
      .min(1, '至少一个成绩项目')
      .max(3, '最多三个成绩项目')
      .default(['理论', '实操']),
  })
  .strict()
  .refine((c) => !c.inPlan || c.planDocumentNo !== '', {
    message: '纳入年度计划的竞赛须填写计划文号',
    path: ['planDocumentNo'],
  })
  .refine((c) => !c.startDate || !c.endDate || c.startDate <= c.endDate, {
    message: '结束日期不能早于开始日期',
    path: ['endDate'],
  });
export type CompetitionFieldsInput = z.input<typeof competitionFields>;

const resultRow = z
  .object({
    entryId: id,
    scores: z.array(text(10)).max(3),
    rank: text(10),
    award: z.enum(awards).nullable(),
    absent: z.boolean(),
    prizeFen: z.number().int().min(0).max(100_000_000),
  })
  .strict();

const sheetRows = z
  .array(z.object({ rowNumber: z.number().int().min(1), cells: z.array(z.string().max(200)).max(60) }))
  .max(20_000);
export const entryImportInput = z
  .object({
    competitionId: id,
    headers: z.array(z.string().max(200)).max(60),
    mapping: z.record(z.string().max(20), z.number().int().min(0).nullable()),
    rows: sheetRows,
  })
  .strict();
export type EntryImportInput = z.input<typeof entryImportInput>;

const resultSheet = { upload: { accept: ['.xlsx', '.csv'], maxBytes: 20 * 1024 * 1024 } } as const;
const workbook = {
  download: { extension: '.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;
const byId = z.object({ competitionId: id }).strict();

export const competitionContract = {
  'competitions.list': query({
    input: z
      .object({ year: z.number().int().min(2000).max(2100).nullable().default(null), q: text(50).default('') })
      .strict(),
    role: 'viewer',
    title: '查看竞赛',
  }).returns<CompetitionSummary[]>(),
  'competitions.get': query({ input: byId, role: 'viewer', title: '查看竞赛' }).returns<CompetitionDetail>(),
  /** The rule rows a level starts with, to show before the competition is saved. */
  'competitions.defaultRules': query({
    input: z.object({ level: z.enum(competitionLevels) }).strict(),
    role: 'viewer',
    title: '查看默认晋升规则',
  }).returns<(RuleDraft & { text: string })[]>(),
  /** A new competition starts with its level's default rule rows. */
  'competitions.create': mutation({
    input: competitionFields,
    role: 'clerk',
    title: '新建竞赛',
  }).returns<CompetitionDetail>(),
  'competitions.update': mutation({
    input: z.object({ competitionId: id, fields: competitionFields }).strict(),
    role: 'clerk',
    title: '修改竞赛',
  }).returns<CompetitionDetail>(),
  'competitions.saveRules': mutation({
    input: z.object({ competitionId: id, rules: z.array(ruleInput).max(30) }).strict(),
    role: 'clerk',
    title: '修改竞赛晋升规则',
  }).returns<CompetitionDetail>(),
  'competitions.remove': mutation({ input: byId, role: 'clerk', title: '删除竞赛' }).returns<{ removed: true }>(),
  'competitions.entries': query({ input: byId, role: 'viewer', title: '查看参赛选手' }).returns<
    CompetitionEntryRow[]
  >(),
  'competitions.addEntry': mutation({
    input: z
      .object({
        competitionId: id,
        traineeId: id,
        group: z.enum(contestantGroups),
        unitName: text(100).default(''),
        teamName: text(60).default(''),
      })
      .strict(),
    role: 'clerk',
    title: '添加参赛选手',
  }).returns<CompetitionEntryRow[]>(),
  'competitions.removeEntry': mutation({
    input: z.object({ entryId: id }).strict(),
    role: 'clerk',
    title: '移除参赛选手',
  }).returns<CompetitionEntryRow[]>(),
  /** Scores, ranks and awards as typed in the grid. */
  'competitions.saveResults': mutation({
    input: z.object({ competitionId: id, rows: z.array(resultRow).min(1).max(5000) }).strict(),
    role: 'clerk',
    title: '录入竞赛成绩',
  }).returns<CompetitionEntryRow[]>(),
  'competitions.setHeldGrade': mutation({
    input: z.object({ entryId: id, grade: z.number().int().min(1).max(5).nullable(), note: text(200) }).strict(),
    role: 'admin',
    title: '认定选手原持有等级',
  }).returns<CompetitionEntryRow[]>(),
  /** Reads a sign-up list or result sheet (two header rows, a 填报人 footer). */
  'competitions.readEntrySheet': query({
    input: byId,
    role: 'clerk',
    title: '读取参赛名单',
    job: resultSheet,
  }).returns<SheetRead>(),
  'competitions.previewEntryImport': query({
    input: entryImportInput,
    role: 'clerk',
    title: '预览参赛名单导入',
  }).returns<EntryImportPreview>(),
  /** Writes the rows without errors in one transaction: new contestants become trainees, as the trainee import does. */
  'competitions.commitEntryImport': mutation({
    input: entryImportInput,
    role: 'clerk',
    title: '导入参赛名单与成绩',
  }).returns<{
    added: number;
    updated: number;
    traineesCreated: number;
    skipped: number;
  }>(),
  'competitions.previewPublication': query({
    input: byId,
    role: 'viewer',
    title: '预览竞赛晋升',
  }).returns<PublicationOutcome>(),
  /** Publishes the results and proposes the promotions the rule rows give (each 待审核). */
  'competitions.publish': mutation({ input: byId, role: 'clerk', title: '发布竞赛结果' }).returns<PublicationOutcome>(),
  'competitions.exportEntries': query({ input: byId, role: 'clerk', title: '导出参赛名单', job: workbook }).returns<{
    fileName: string;
    rows: number;
  }>(),
  'competitions.exportWinners': query({ input: byId, role: 'clerk', title: '导出获奖名单', job: workbook }).returns<{
    fileName: string;
    rows: number;
  }>(),
};

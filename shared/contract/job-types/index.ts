import { z } from 'zod';
import { grades, gradeStep, isGrade, type Grade } from '../../domain/grades';
import { ruleSetIds, type RouteOverride, type RuleSetId } from '../../domain/eligibility';
import type { FieldIssue } from '../../errors';
import { mutation, query } from '../infra/define';

/** Training hours and exam parts of one grade a job type offers. */
export interface JobTypeGrade {
  grade: Grade;
  trainingHours: number;
  theoryPassMark: number;
  practicalPassMark: number;
  /** Null for grades without a 综合评审 (5 to 3). */
  reviewPassMark: number | null;
  /** Percent weights of a combined score; all null when none is reported. */
  theoryWeight: number | null;
  practicalWeight: number | null;
  reviewWeight: number | null;
}

export interface JobTypeRef {
  id: string;
  code: string;
  name: string;
}

/** A row of the catalog screen. */
export interface JobTypeSummary extends JobTypeRef {
  industry: string;
  ruleSet: RuleSetId;
  retiredAt: string | null;
  grades: Grade[];
  /** Trainees whose highest grade in this job type is the given one. */
  holders: { grade: Grade; count: number }[];
  cohortCount: number;
}

export interface RouteInfo {
  id: string;
  description: string;
  off: boolean;
  unverified: boolean;
  adjusted: boolean;
}

export interface JobTypeDetail extends JobTypeRef {
  industry: string;
  ruleSet: RuleSetId;
  retiredAt: string | null;
  updatedAt: string;
  grades: JobTypeGrade[];
  related: JobTypeRef[];
  ruleOverrides: Record<string, RouteOverride>;
  ruleVersion: string;
  /** The application conditions in force, per offered grade. */
  routes: { grade: Grade; routes: RouteInfo[] }[];
}

/** What a new-cohort form offers: active job types with their grades and hours. */
export interface ActiveJobType extends JobTypeRef {
  grades: { grade: Grade; trainingHours: number }[];
}

export interface Workbook {
  fileName: string;
  /** The .xlsx bytes, base64. */
  base64: string;
}

export const jobTypeCodePattern = /^\d-\d{2}-\d{2}-\d{2}$/;

const mark = (label: string) =>
  z.number().int(`${label}须为整数`).min(0, `${label}不能小于 0`).max(100, `${label}不能大于 100`);
const weight = (label: string) => mark(label).nullable();

export const jobTypeGradeInput = z
  .object({
    grade: z.number().refine(isGrade, '未知等级') as unknown as z.ZodType<Grade, Grade>,
    trainingHours: z.number().int('培训学时须为整数').min(0, '培训学时不能小于 0').max(5000, '培训学时不能超过 5000'),
    theoryPassMark: mark('理论合格线').default(60),
    practicalPassMark: mark('实操合格线').default(60),
    reviewPassMark: mark('综合评审合格线').nullable().default(null),
    theoryWeight: weight('理论权重').default(null),
    practicalWeight: weight('实操权重').default(null),
    reviewWeight: weight('综合评审权重').default(null),
  })
  .strict()
  .superRefine((g, ctx) => {
    const label = gradeStep(g.grade).level;
    if (gradeStep(g.grade).hasReview && g.reviewPassMark === null) {
      ctx.addIssue({ code: 'custom', path: ['reviewPassMark'], message: `${label}须设综合评审合格线` });
    }
    const weights = [g.theoryWeight, g.practicalWeight, ...(gradeStep(g.grade).hasReview ? [g.reviewWeight] : [])];
    if (weights.some((w) => w !== null) && weights.reduce<number>((sum, w) => sum + (w ?? 0), 0) !== 100) {
      ctx.addIssue({ code: 'custom', path: ['theoryWeight'], message: `${label}各部分权重之和须为 100` });
    }
  });

const routeOverride = z.object({ years: z.number().min(0).max(30).optional(), off: z.boolean().optional() }).strict();

export const jobTypeInput = z
  .object({
    /** Absent to add a job type. */
    id: z.string().optional(),
    code: z.string().trim().regex(jobTypeCodePattern, '职业编码格式应为 N-NN-NN-NN，如 6-31-01-03'),
    name: z.string().trim().min(1, '请填写工种名称').max(50, '工种名称不能超过 50 个字'),
    industry: z.string().trim().max(30, '行业不能超过 30 个字').default(''),
    ruleSet: z.enum(ruleSetIds as [RuleSetId, ...RuleSetId[]]).default('A'),
    grades: z
      .array(jobTypeGradeInput)
      .min(1, '至少设一个等级')
      .refine((list) => new Set(list.map((g) => g.grade)).size === list.length, '等级重复'),
    relatedIds: z.array(z.string()).default([]),
    ruleOverrides: z.record(z.string(), routeOverride).default({}),
  })
  .strict();

export type JobTypeInput = z.input<typeof jobTypeInput>;

/** One job type read from a workbook: related occupations by code, since ids differ between bases. */
export const importRowInput = jobTypeInput
  .omit({ id: true, relatedIds: true, ruleOverrides: true })
  .extend({ relatedCodes: z.array(z.string()).default([]) });
export type ImportRow = z.input<typeof importRowInput> & { exists: boolean };

export interface ImportPreview {
  rows: ImportRow[];
  /** Every bad cell, as 第 N 行 + column + reason; nothing is applied while there are any. */
  issues: FieldIssue[];
}
const byId = z.object({ id: z.string().min(1) }).strict();

export const jobTypesContract = {
  'jobTypes.list': query({
    input: z.object({ includeRetired: z.boolean().default(true) }).strict(),
    role: 'viewer',
    title: '查看工种目录',
  }).returns<JobTypeSummary[]>(),
  'jobTypes.listActive': query({ input: z.object({}).strict(), role: 'viewer', title: '列出可开班的工种' }).returns<
    ActiveJobType[]
  >(),
  'jobTypes.get': query({ input: byId, role: 'viewer', title: '查看工种' }).returns<JobTypeDetail>(),
  'jobTypes.save': mutation({ input: jobTypeInput, role: 'admin', title: '保存工种' }).returns<JobTypeDetail>(),
  'jobTypes.retire': mutation({ input: byId, role: 'admin', title: '停用工种' }).returns<JobTypeDetail>(),
  'jobTypes.restore': mutation({ input: byId, role: 'admin', title: '恢复工种' }).returns<JobTypeDetail>(),
  'jobTypes.exportXlsx': query({
    input: z.object({}).strict(),
    role: 'viewer',
    title: '导出工种目录',
  }).returns<Workbook>(),
  /** Reads a workbook (async, outside any transaction) and says what applying it would do. */
  'jobTypes.previewImport': query({
    input: z.object({ base64: z.string().min(1) }).strict(),
    role: 'admin',
    title: '预览导入工种目录',
  }).returns<ImportPreview>(),
  'jobTypes.applyImport': mutation({
    input: z.object({ rows: z.array(importRowInput).min(1, '没有可导入的工种') }).strict(),
    role: 'admin',
    title: '导入工种目录',
  }).returns<{ created: number; updated: number }>(),
};

export const defaultGradeRows = (hours: number): JobTypeInput['grades'] =>
  grades.map((grade) => ({ grade, trainingHours: hours, reviewPassMark: gradeStep(grade).hasReview ? 60 : null }));

/** The form values of an existing job type, ready to edit and save. */
export function jobTypeInputOf(detail: JobTypeDetail): JobTypeInput {
  return {
    id: detail.id,
    code: detail.code,
    name: detail.name,
    industry: detail.industry,
    ruleSet: detail.ruleSet,
    grades: detail.grades,
    relatedIds: detail.related.map((r) => r.id),
    ruleOverrides: detail.ruleOverrides,
  };
}

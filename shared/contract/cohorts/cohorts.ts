import { z } from 'zod';
import { cohortStages, type CohortStage, type StagePermissions } from '../../domain/cohorts/lifecycle';
import type { Weekday } from '../../domain/cohorts/schedule';
import { mutation, query } from '../infra/define';
import { enrollBatchLimit } from './enrollments';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const id = z.string().min(1);

export interface StaffMember {
  personId: string;
  name: string;
  title: string;
  phone: string;
  role: 'instructor' | 'mentor';
}

export interface CohortSummary {
  id: string;
  name: string;
  term: string;
  jobTypeId: string;
  jobTypeCode: string;
  jobTypeName: string;
  grade: number;
  stage: CohortStage;
  startDate: string | null;
  endDate: string | null;
  capacity: number;
  enrolled: number;
  passed: number;
}

export interface CohortCounts {
  enrolled: number;
  /** Enrollments whose attended hours reach the required hours. */
  hoursCompleted: number;
  shortOfHours: number;
  sat: number;
  passed: number;
  /** Percent with one decimal, of those who sat; null before anyone sat. */
  passRate: number | null;
  missingScores: number;
  unconfirmedMarks: number;
  certificatesIssued: number;
}

export interface CohortDetail extends CohortSummary {
  requiredHours: number;
  venue: string;
  note: string;
  /** The days it trains on; the next session date is proposed among them. */
  trainingWeekdays: Weekday[];
  staff: StaffMember[];
  enterprises: { id: string; name: string }[];
  counts: CohortCounts;
  sessions: number;
  moves: { from: CohortStage; to: CohortStage; actorName: string; at: string; note: string }[];
  /** The checks of the next and previous moves, so the page can say why a button is off. */
  nextMove: { to: CohortStage; problems: string[] } | null;
  previousMove: { to: CohortStage; problems: string[] } | null;
  /** What the cohort's stage allows now (shared/domain/cohorts/lifecycle.ts): the tabs enable their edits by it. */
  can: StagePermissions;
}

const staffInput = z.object({
  personId: z.string().optional(),
  name: z.string().trim().min(1, '请填写姓名').max(40),
  title: z.string().trim().max(40).default(''),
  phone: z.string().trim().max(40).default(''),
  role: z.enum(['instructor', 'mentor']),
});

export const cohortFields = z.object({
  name: z.string().trim().min(1, '请填写班级名称').max(100),
  term: z.string().trim().max(40).default(''),
  jobTypeId: id,
  grade: z.number().int().min(1).max(5),
  startDate: date.nullable().default(null),
  endDate: date.nullable().default(null),
  /** Omitted: the catalog's training hours for the job type and grade. */
  requiredHours: z.number().int().min(1).max(2000).optional(),
  venue: z.string().trim().max(100).default(''),
  capacity: z.number().int().min(1, '容量至少为 1').max(enrollBatchLimit, `容量不能超过 ${enrollBatchLimit}`),
  note: z.string().trim().max(500).default(''),
  staff: z.array(staffInput).default([]),
  enterpriseIds: z.array(id).default([]),
});
export type CohortFieldsInput = z.input<typeof cohortFields>;

export interface BaseOverviewRow {
  key: string;
  label: string;
  cohorts: number;
  enrolled: number;
  passed: number;
}

export interface BaseOverview {
  byStage: BaseOverviewRow[];
  byJobType: BaseOverviewRow[];
  byMonth: BaseOverviewRow[];
}

/** The cohort list shows this many (newest first); the page says when there are more to filter for. */
export const cohortListLimit = 500;

export const cohortCoreContract = {
  /** Newest first, at most `cohortListLimit`; `stages` empty means every stage. */
  'cohorts.list': query({
    input: z
      .object({ stages: z.array(z.enum(cohortStages)).default([]), q: z.string().trim().max(40).default('') })
      .strict(),
    role: 'viewer',
    title: '查看培训班列表',
  }).returns<CohortSummary[]>(),
  'cohorts.get': query({
    input: z.object({ id }).strict(),
    role: 'viewer',
    title: '查看培训班',
  }).returns<CohortDetail>(),
  'cohorts.create': mutation({
    input: cohortFields.strict(),
    role: 'clerk',
    title: '新建培训班',
  }).returns<CohortDetail>(),
  'cohorts.update': mutation({
    // Staff and partner enterprises are replaced only when sent.
    input: cohortFields
      .omit({ jobTypeId: true, grade: true })
      .extend({ id, staff: z.array(staffInput).optional(), enterpriseIds: z.array(id).optional() })
      .strict(),
    role: 'clerk',
    title: '修改培训班',
  }).returns<CohortDetail>(),
  'cohorts.moveStage': mutation({
    input: z.object({ id, to: z.enum(cohortStages), note: z.string().trim().max(200).default('') }).strict(),
    role: 'clerk',
    title: '培训班阶段变更',
  }).returns<CohortDetail>(),
  'cohorts.people': query({
    input: z.object({ q: z.string().trim().max(40).default('') }).strict(),
    role: 'viewer',
    title: '查找讲师与师傅',
  }).returns<{ id: string; name: string; title: string; phone: string }[]>(),
  'cohorts.overview': query({
    input: z.object({}).strict(),
    role: 'viewer',
    title: '培训班总览',
  }).returns<BaseOverview>(),
};

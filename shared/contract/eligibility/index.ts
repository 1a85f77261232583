import { z } from 'zod';
import { isGrade, type Grade } from '../../domain/grades';
import { isRealDate } from '../../domain/dates';
import { schoolKinds, titleLevels, type EligibilityDecision, type Schooling } from '../../domain/eligibility';
import { mutation, query } from '../infra/define';
import type { Workbook } from '../job-types';

/** One certificate in a trainee's grade history. */
export interface HeldGradeRow {
  id: string;
  jobTypeId: string;
  jobTypeName: string;
  grade: Grade;
  obtainedOn: string;
  certificateNo: string;
  source: GradeSource;
  /** The cohort whose published pass gave it; such a grade follows that result and is not deleted here. */
  cohortName: string | null;
  /**
   * The promotion (技能晋升) that granted it: such a grade leaves the history only when that promotion
   * is revoked with a reason. Null for a certificate typed in as already held (既有证书登记).
   */
  promotionId: string | null;
}

/** Per job type on the trainee page: the grade held and the next grade's standing. */
export interface EligibilityLine {
  jobTypeId: string;
  jobTypeCode: string;
  jobTypeName: string;
  /** A retired job type keeps its line: the history stays, only new cohorts leave it out. */
  jobTypeRetired: boolean;
  currentGrade: Grade | null;
  /** Null when the trainee holds the highest grade the job type offers. */
  next: { decision: EligibilityDecision; line: string } | null;
}

export interface TraineeEligibility {
  today: string;
  lines: EligibilityLine[];
  history: HeldGradeRow[];
  qualifications: Qualifications;
}

export const gradeSources = ['appraisal', 'competition', 'recognition', 'record'] as const;
export type GradeSource = (typeof gradeSources)[number];
export const gradeSourceLabels: Record<GradeSource, string> = {
  appraisal: '考核鉴定',
  competition: '技能竞赛',
  recognition: '破格/直接认定',
  record: '既有证书登记',
};

const gradeField = z.number().refine(isGrade, '未知等级') as unknown as z.ZodType<Grade, Grade>;
const dateField = (label: string) => z.string().trim().refine(isRealDate, `${label}应为 YYYY-MM-DD 格式的真实日期`);

export const heldGradeInput = z
  .object({
    traineeId: z.string().min(1),
    jobTypeId: z.string().min(1, '请选择工种'),
    grade: gradeField,
    obtainedOn: dateField('取证日期'),
    certificateNo: z.string().trim().max(50, '证书编号不能超过 50 个字').default(''),
    source: z.enum(gradeSources).default('record'),
    note: z.string().trim().max(200).default(''),
  })
  .strict();

export const schoolStatusLabels: Record<Schooling['status'], string> = {
  graduated: '已毕业',
  finalYear: '应届毕业生',
  enrolled: '在校生',
};

/**
 * What the application conditions ask beside certificates and years of work: schooling (with the
 * job types its major was checked to match), 职称 and 学徒期满. Recorded on the trainee page.
 */
export const qualificationsInput = z
  .object({
    schooling: z
      .array(
        z
          .object({
            kind: z.enum(schoolKinds),
            status: z.enum(['graduated', 'finalYear', 'enrolled']),
            major: z.string().trim().max(50, '专业名称不能超过 50 个字').default(''),
            /** The job types for which someone checked that the major matches (本专业或相关专业). */
            matchingJobTypeIds: z.array(z.string().min(1)).max(20).default([]),
          })
          .strict(),
      )
      .max(5, '学历最多登记 5 条')
      .default([]),
    titles: z
      .array(
        z
          .object({
            level: z.enum(titleLevels),
            name: z.string().trim().max(50, '职称名称不能超过 50 个字').default(''),
            obtainedOn: dateField('取得职称日期'),
          })
          .strict(),
      )
      .max(5, '职称最多登记 5 条')
      .default([]),
    apprenticeships: z
      .array(
        z.object({ jobTypeId: z.string().min(1, '请选择学徒工种'), completedOn: dateField('学徒期满日期') }).strict(),
      )
      .max(5, '学徒经历最多登记 5 条')
      .default([]),
  })
  .strict();
export type Qualifications = z.output<typeof qualificationsInput>;
export const noQualifications: Qualifications = { schooling: [], titles: [], apprenticeships: [] };

export const eligibilitySearchInput = z
  .object({
    jobTypeId: z.string().min(1, '请选择工种'),
    grade: gradeField,
    /** 0 = eligible today; N = eligible by today + N months. */
    withinMonths: z.number().int().min(0).max(120).default(0),
    /**
     * Also consider trainees with no grade in this or a related occupation, on their years of work
     * alone (their 参加工作时间 is taken to be in this occupation).
     */
    includeWorkOnly: z.boolean().default(false),
    limit: z.number().int().min(1).max(2000).default(500),
  })
  .strict();

export interface EligibleTrainee {
  traineeId: string;
  name: string;
  idNumberMasked: string;
  enterpriseName: string;
  currentGrade: Grade | null;
  /** First day the matched route is met (may be after today for a "within N months" search). */
  since: string;
  routeId: string;
  line: string;
}

export interface EligibilitySearchResult {
  asOf: string;
  total: number;
  candidates: number;
  rows: EligibleTrainee[];
  ruleVersion: string;
}

export const eligibilityContract = {
  'eligibility.forTrainee': query({
    input: z.object({ traineeId: z.string().min(1), extraJobTypeIds: z.array(z.string()).default([]) }).strict(),
    role: 'viewer',
    title: '查看学员申报条件',
  }).returns<TraineeEligibility>(),
  'eligibility.addHeldGrade': mutation({
    input: heldGradeInput,
    role: 'clerk',
    title: '登记等级证书',
  }).returns<HeldGradeRow>(),
  'eligibility.saveQualifications': mutation({
    input: z.object({ traineeId: z.string().min(1), qualifications: qualificationsInput }).strict(),
    role: 'clerk',
    title: '登记学历、职称与学徒经历',
  }).returns<Qualifications>(),
  'eligibility.removeHeldGrade': mutation({
    input: z.object({ id: z.string().min(1) }).strict(),
    role: 'clerk',
    title: '删除等级证书记录',
  }).returns<{ id: string }>(),
  'eligibility.search': query({
    input: eligibilitySearchInput,
    role: 'viewer',
    title: '查询可申报学员',
  }).returns<EligibilitySearchResult>(),
  'eligibility.exportSearch': query({
    input: eligibilitySearchInput.omit({ limit: true }),
    role: 'clerk',
    title: '导出可申报学员',
  }).returns<Workbook>(),
};

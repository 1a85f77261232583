import { z } from 'zod';
import { isRealDate } from '../../domain/dates';
import {
  agreementStates,
  allowanceModes,
  assessmentResults,
  maximumPeriodMonths,
  mentorTitles,
  minimumPeriodMonths,
  reviewRatings,
  terminationReasons,
  type AgreementState,
  type AllowanceMode,
  type AssessmentResult,
  type MentorTitle,
  type ReviewRating,
  type TerminationReason,
} from '../../domain/mentoring/agreements';
import type { InstalmentStatus, MoneyEntryState, MoneySummary } from '../../domain/money/instalments';
import { fenField } from '../diploma';
import { mutation, query } from '../infra/define';

const recordId = z.string().min(1, '缺少记录编号').max(64, '记录编号过长');
const words = (max: number, label: string) => z.string().trim().max(max, `${label}最多 ${max} 字`);
const filled = (max: number, label: string) => words(max, label).min(1, `请填写${label}`);
const day = (label: string) => z.string().trim().max(10).refine(isRealDate, `${label}应为 YYYY-MM-DD 格式的真实日期`);
/** 一级 (1) to 五级 (5): the grades a base appraises and a mentor teaches to. */
const gradeInput = (label: string) =>
  z.number(`请选择${label}`).int().min(1, `${label}为一级到五级`).max(5, `${label}为一级到五级`);

export const mentorInput = z
  .object({
    id: recordId.nullable().default(null),
    traineeId: recordId,
    jobTypeId: recordId,
    grade: gradeInput('师傅等级'),
    post: words(40, '职称或岗位').default(''),
    note: words(200, '备注').default(''),
  })
  .strict();

export const titleInput = z
  .object({
    mentorId: recordId,
    title: z.enum(mentorTitles, '请选择称号'),
    round: filled(60, '评选批次'),
    year: z.number('请填写年份').int('年份须为整数').min(1950, '年份须在 1950 年以后').max(2100, '年份过大'),
    awardedBy: words(60, '授予单位').default(''),
  })
  .strict();

export const signInput = z
  .object({
    mentorId: recordId,
    apprenticeId: recordId,
    signedOn: day('签订日期'),
    startDate: day('开始日期'),
    months: z
      .number('请填写带徒期限')
      .int('带徒期限须为整月')
      .min(minimumPeriodMonths, `带徒期限至少 ${minimumPeriodMonths} 个月`)
      .max(maximumPeriodMonths, `带徒期限最长 3 年（${maximumPeriodMonths} 个月）`),
    targetGrade: gradeInput('目标等级'),
    goals: filled(500, '帮学内容与目标'),
    plan: words(1000, '带徒计划').default(''),
    plannedHours: z
      .number('请填写计划课时')
      .int('课时须为整数')
      .min(1, '计划课时须大于 0')
      .max(5000, '计划课时最多 5000'),
    allowanceMode: z.enum(allowanceModes, '请选择津贴发放方式'),
    allowanceFen: fenField('带徒津贴', 1),
    allowancePayer: filled(60, '津贴支付单位'),
  })
  .strict();

export const agreementFilter = z
  .object({
    state: z.enum(agreementStates).optional(),
    mentorId: recordId.optional(),
    jobTypeId: recordId.optional(),
    enterpriseId: recordId.optional(),
    /** Mentor's or apprentice's name (prefix). */
    search: words(40, '搜索内容').optional(),
  })
  .strict();
export type AgreementFilter = z.output<typeof agreementFilter>;

export interface TitleRow {
  id: string;
  title: MentorTitle;
  titleLabel: string;
  round: string;
  year: number;
  awardedBy: string;
}

export interface MentorRow {
  id: string;
  traineeId: string;
  name: string;
  idMasked: string;
  enterpriseName: string;
  jobTypeId: string;
  jobTypeName: string;
  grade: number;
  gradeLabel: string;
  post: string;
  note: string;
  titles: TitleRow[];
  /** Agreements running now, and all agreements with their outcomes. */
  active: number;
  total: number;
  completed: number;
  reachedTarget: number;
}

export interface AgreementRow {
  id: string;
  mentorId: string;
  mentorName: string;
  apprenticeId: string;
  apprenticeName: string;
  apprenticeIdMasked: string;
  enterpriseName: string;
  jobTypeId: string;
  jobTypeName: string;
  startDate: string;
  endDate: string;
  months: number;
  targetGrade: number;
  targetGradeLabel: string;
  state: AgreementState;
  stateLabel: string;
  assessment: AssessmentResult | null;
  assessmentLabel: string | null;
  /** Read from the grade history: a grade at least the target obtained since the start. */
  reachedTarget: boolean;
  reachedOn: string | null;
}

export interface ReviewRow {
  id: string;
  reviewedOn: string;
  hoursDone: number;
  rating: ReviewRating;
  ratingLabel: string;
  content: string;
  recordedByName: string;
}

export interface AllowancePaymentRow {
  id: string;
  agreementId: string;
  seq: number;
  amountFen: number;
  reversesId: string | null;
  state: MoneyEntryState;
  stateLabel: string;
  paidOn: string;
  note: string;
  makerName: string;
  checkerName: string | null;
  checkedAt: string | null;
  returnNote: string;
  /** For the confirmation list: whose allowance and which instalment. */
  mentorName: string;
  apprenticeName: string;
  instalmentLabel: string;
}

export interface AllowanceInstalmentView {
  seq: number;
  label: string;
  amountFen: number;
  status: InstalmentStatus;
  statusLabel: string;
  /** Why a payment cannot be entered now, or null when it can. */
  paymentRefusal: string | null;
  entries: AllowancePaymentRow[];
}

export interface AgreementDetail extends AgreementRow {
  mentor: MentorRow;
  signedOn: string;
  goals: string;
  plan: string;
  plannedHours: number;
  hoursDone: number;
  allowanceMode: AllowanceMode;
  allowanceModeLabel: string;
  allowanceFen: number;
  allowancePayer: string;
  assessedOn: string | null;
  assessmentNote: string;
  terminatedOn: string | null;
  terminationReason: TerminationReason | null;
  terminationReasonLabel: string | null;
  terminationNote: string;
  /** The last day either party may object (首月异议). */
  objectionUntil: string;
  renewsId: string | null;
  renewedById: string | null;
  apprenticeGrades: { grade: number; gradeLabel: string; obtainedOn: string }[];
  reviews: ReviewRow[];
  schedule: AllowanceInstalmentView[];
  summary: MoneySummary;
  createdByName: string;
}

export interface MentorDetail extends MentorRow {
  agreements: AgreementRow[];
}

export interface MentoringFigures {
  mentors: number;
  goodMasters: number;
  activePairs: number;
  apprentices: number;
  completed: number;
  reachedTarget: number;
  allowancePaidFen: number;
}

const paymentIds = z.array(recordId).min(1, '请选择要复核的津贴发放').max(500, '一次最多复核 500 笔');

export const mentoringContract = {
  'mentoring.mentors': query({
    input: z
      .object({
        search: words(40, '搜索内容').default(''),
        title: z.enum(mentorTitles).optional(),
        limit: z.number().int().min(1).max(500).default(200),
      })
      .strict(),
    role: 'viewer',
    title: '查看师傅名册',
  }).returns<{ rows: MentorRow[]; total: number }>(),
  'mentoring.mentor': query({
    input: z.object({ id: recordId }).strict(),
    role: 'viewer',
    title: '查看师傅',
  }).returns<MentorDetail>(),
  'mentoring.saveMentor': mutation({ input: mentorInput, role: 'clerk', title: '登记师傅' }).returns<MentorDetail>(),
  'mentoring.addTitle': mutation({ input: titleInput, role: 'clerk', title: '登记师傅称号' }).returns<MentorDetail>(),
  'mentoring.removeTitle': mutation({
    input: z.object({ id: recordId }).strict(),
    role: 'clerk',
    title: '删除师傅称号',
  }).returns<MentorDetail>(),
  /** Newest first, paged by keyset on the id (`before` = the last row's id). */
  'mentoring.agreements': query({
    input: z
      .object({
        filter: agreementFilter.default({}),
        before: recordId.nullable().default(null),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    role: 'viewer',
    title: '查看师徒协议',
  }).returns<{ rows: AgreementRow[]; total: number; next: string | null }>(),
  'mentoring.agreement': query({
    input: z.object({ id: recordId }).strict(),
    role: 'viewer',
    title: '查看师徒协议详情',
  }).returns<AgreementDetail>(),
  'mentoring.sign': mutation({ input: signInput, role: 'clerk', title: '签订师徒协议' }).returns<AgreementDetail>(),
  'mentoring.review': mutation({
    input: z
      .object({
        agreementId: recordId,
        reviewedOn: day('考核日期'),
        hoursDone: z.number('请填写已带课时').int('课时须为整数').min(0, '课时不能为负').max(5000, '课时最多 5000'),
        rating: z.enum(reviewRatings, '请选择阶段考核评价'),
        content: filled(500, '考核情况'),
      })
      .strict(),
    role: 'clerk',
    title: '登记阶段考核',
  }).returns<AgreementDetail>(),
  'mentoring.assess': mutation({
    input: z
      .object({
        agreementId: recordId,
        result: z.enum(assessmentResults, '请选择出师考核结果'),
        on: day('考核日期'),
        note: words(200, '说明').default(''),
      })
      .strict(),
    role: 'clerk',
    title: '登记出师考核',
  }).returns<AgreementDetail>(),
  'mentoring.terminate': mutation({
    input: z
      .object({
        agreementId: recordId,
        reason: z.enum(terminationReasons, '请选择解除原因'),
        on: day('解除日期'),
        note: words(200, '说明').default(''),
      })
      .strict(),
    role: 'clerk',
    title: '提前解除师徒协议',
  }).returns<AgreementDetail>(),
  /** 不及格: a new mentor and one more year, the goal carried over. */
  'mentoring.renew': mutation({
    input: z
      .object({
        agreementId: recordId,
        mentorId: recordId,
        signedOn: day('签订日期'),
        startDate: day('开始日期'),
      })
      .strict(),
    role: 'clerk',
    title: '更换师傅续签一年',
  }).returns<AgreementDetail>(),
  'mentoring.enterPayment': mutation({
    input: z
      .object({
        agreementId: recordId,
        seq: z.number().int().min(1, '请选择要发放的一笔').max(maximumPeriodMonths, '没有这一笔'),
        amountFen: fenField('发放金额', 1),
        paidOn: day('发放日期'),
        note: words(100, '凭证号或备注').default(''),
      })
      .strict(),
    role: 'clerk',
    title: '录入带徒津贴发放',
  }).returns<AgreementDetail>(),
  'mentoring.reversePayment': mutation({
    input: z.object({ paymentId: recordId, on: day('冲销日期'), reason: filled(200, '冲销原因') }).strict(),
    role: 'clerk',
    title: '冲销带徒津贴发放',
  }).returns<AgreementDetail>(),
  'mentoring.pendingPayments': query({
    input: z.object({ limit: z.number().int().min(1).max(500).default(200) }).strict(),
    role: 'viewer',
    title: '查看待复核的津贴发放',
  }).returns<{ rows: AllowancePaymentRow[]; total: number }>(),
  'mentoring.confirmPayments': mutation({
    input: z.object({ paymentIds }).strict(),
    role: 'clerk',
    duty: 'confirmPayments',
    title: '复核确认带徒津贴发放',
    makerChecker: { made: '录入其中的发放' },
  }).returns<{ confirmed: number; totalFen: number }>(),
  'mentoring.returnPayments': mutation({
    input: z.object({ paymentIds, note: filled(200, '退回理由') }).strict(),
    role: 'clerk',
    duty: 'confirmPayments',
    title: '退回带徒津贴发放',
    makerChecker: { made: '录入其中的发放' },
  }).returns<{ returned: number }>(),
  /** The trainee page: the person as a mentor, and the agreements they are in either way. */
  'mentoring.ofTrainee': query({
    input: z.object({ traineeId: recordId }).strict(),
    role: 'viewer',
    title: '查看学员的师徒结对',
  }).returns<{ mentor: MentorRow | null; asApprentice: AgreementRow[]; asMentor: AgreementRow[] }>(),
  'mentoring.figures': query({
    input: z.object({}).strict(),
    role: 'viewer',
    title: '查看师徒结对统计',
  }).returns<MentoringFigures>(),
};

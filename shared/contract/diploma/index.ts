import { z } from 'zod';
import { isRealDate } from '../../domain/dates';
import { diplomaStates, type DiplomaState } from '../../domain/diploma/lifecycle';
import {
  diplomaLevels,
  intakeTerms,
  studyModes,
  tuitionBases,
  type DiplomaLevel,
  type IntakeTerm,
  type StudyMode,
  type TuitionBasis,
} from '../../domain/diploma/programmes';
import {
  forfeitReasons,
  honours,
  type EligibilityLine,
  type ForfeitReason,
  type TrancheCondition,
} from '../../domain/diploma/schemes';
import { maxFen } from '../../domain/money/fen';
import type { InstalmentStatus, MoneyEntryState, MoneySummary } from '../../domain/money/instalments';
import { mutation, query } from '../infra/define';

const recordId = z.string().min(1, '缺少记录编号').max(64, '记录编号过长');
const text = (max: number, label: string) => z.string().trim().max(max, `${label}最多 ${max} 字`);
const required = (max: number, label: string) => text(max, label).min(1, `请填写${label}`);
const calendarDate = (label: string) =>
  z.string().trim().max(10).refine(isRealDate, `${label}应为 YYYY-MM-DD 格式的真实日期`);
/** A sum of money in whole fen (the screen turns yuan into fen before it sends). */
export const fenField = (label: string, min = 0) =>
  z
    .number(`${label}须为金额`)
    .int(`${label}须精确到分`)
    .min(min, min > 0 ? `${label}须大于 0` : `${label}不能为负`)
    .max(maxFen, `${label}超过上限`);

export const programmeInput = z
  .object({
    id: recordId.nullable().default(null),
    school: required(60, '院校'),
    major: required(60, '专业'),
    level: z.enum(diplomaLevels, '请选择层次（专科、专升本或高起本）'),
    mode: z.enum(studyModes, '请选择学习形式'),
    intakeYear: z.number().int('年份须为整数').min(2000, '入学年份须在 2000 年以后').max(2100, '入学年份过大'),
    intakeTerm: z.enum(intakeTerms, '请选择春季或秋季'),
    applicationDeadline: calendarDate('报名截止日期'),
    tuitionBasis: z.enum(tuitionBases, '请选择学费按学分还是按专业计'),
    priceFen: fenField('学费'),
    credits: z.number().int('学分须为整数').min(0, '学分不能为负').max(400, '学分最多 400'),
  })
  .strict();

export const subsidyFactsInput = z
  .object({
    ruralHousehold: z.boolean(),
    socialInsuranceMonths: z.number().int('社保月数须为整数').min(0, '社保月数不能为负').max(600, '社保月数过大'),
    privateEmployer: z.boolean(),
    employerHasUnion: z.boolean(),
    honours: z.array(z.enum(honours, '荣誉不在可选范围内')).max(honours.length),
  })
  .strict();

export const skillTargetInput = z
  .object({
    jobTypeId: recordId,
    grade: z.number().int().min(1, '目标等级为一级到五级').max(5, '目标等级为一级到五级'),
    deadline: calendarDate('目标期限'),
  })
  .strict();

export const enrollInput = z
  .object({
    programmeId: recordId,
    traineeId: recordId,
    appliedOn: calendarDate('报名日期'),
    facts: subsidyFactsInput,
    target: skillTargetInput.nullable().default(null),
  })
  .strict();

export const enrollmentFilter = z
  .object({
    programmeId: recordId.optional(),
    school: text(60, '院校').optional(),
    level: z.enum(diplomaLevels).optional(),
    state: z.enum(diplomaStates).optional(),
    intakeYear: z.number().int().min(2000).max(2100).optional(),
    schemeCode: text(40, '补助项目').optional(),
    enterpriseId: recordId.optional(),
    district: text(40, '区县').optional(),
    /** The trainee's name (prefix) or student number. */
    search: text(40, '搜索内容').optional(),
  })
  .strict();
export type EnrollmentFilter = z.output<typeof enrollmentFilter>;

export interface ProgrammeRow {
  id: string;
  school: string;
  major: string;
  level: DiplomaLevel;
  levelLabel: string;
  mode: StudyMode;
  modeLabel: string;
  intakeYear: number;
  intakeTerm: IntakeTerm;
  intakeLabel: string;
  applicationDeadline: string;
  tuitionBasis: TuitionBasis;
  priceFen: number;
  credits: number;
  /** The whole programme's tuition in fen. */
  tuitionFen: number;
  enrolled: number;
}

export interface EnrollmentRow {
  id: string;
  traineeId: string;
  traineeName: string;
  idMasked: string;
  enterpriseName: string;
  programmeId: string;
  programmeLabel: string;
  school: string;
  level: DiplomaLevel;
  state: DiplomaState;
  stateLabel: string;
  studentNo: string;
  appliedOn: string;
  admittedOn: string | null;
  /** Subsidy schemes planned for it, by name. */
  schemes: string[];
}

export interface PaymentRow {
  id: string;
  trancheId: string;
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
  createdAt: string;
  /** For the confirmation list: whose money and which tranche. */
  traineeName: string;
  schemeName: string;
  trancheLabel: string;
  enrollmentId: string;
}

export interface TrancheView {
  id: string;
  seq: number;
  condition: TrancheCondition;
  conditionLabel: string;
  amountFen: number;
  status: InstalmentStatus;
  statusLabel: string;
  /** Why a payment cannot be entered now, or null when it can. */
  paymentRefusal: string | null;
  entries: PaymentRow[];
}

export interface PlanView {
  id: string;
  schemeCode: string;
  schemeName: string;
  funder: string;
  plannedFen: number;
  forfeitedOn: string | null;
  forfeitReason: ForfeitReason | null;
  forfeitReasonLabel: string | null;
  forfeitNote: string;
  tranches: TrancheView[];
  summary: MoneySummary;
}

export interface SchemeOption {
  code: string;
  name: string;
  funder: string;
  description: string;
  eligible: boolean;
  lines: EligibilityLine[];
  planned: boolean;
}

export interface EnrollmentDetail extends EnrollmentRow {
  endedOn: string | null;
  stateNote: string;
  yearsPassed: number;
  facts: z.output<typeof subsidyFactsInput>;
  programme: ProgrammeRow;
  /** The moves the clerk may make next, with the button's words. */
  moves: { to: DiplomaState; label: string }[];
  earliestGraduation: string | null;
  expiresOn: string | null;
  target: {
    jobTypeId: string;
    jobTypeName: string;
    grade: number;
    deadline: string;
    /** Read from the grade history: reached (and when), or not yet, or missed (deadline passed). */
    status: 'reached' | 'open' | 'missed';
    reachedOn: string | null;
  } | null;
  schemes: string[];
  schemeOptions: SchemeOption[];
  plans: PlanView[];
}

export interface LedgerRow extends MoneySummary {
  schemeCode: string;
  schemeName: string;
  intakeYear: number;
  plans: number;
}

const paymentIds = z.array(recordId).min(1, '请选择要复核的发放记录').max(500, '一次最多复核 500 笔');

export const diplomaContract = {
  'diploma.programmes': query({
    input: z.object({}).strict(),
    role: 'viewer',
    title: '查看学历专业',
  }).returns<ProgrammeRow[]>(),
  'diploma.saveProgramme': mutation({
    input: programmeInput,
    role: 'clerk',
    title: '保存学历专业',
  }).returns<ProgrammeRow>(),
  /** Newest first, paged by keyset on the id (`before` = the last row's id). */
  'diploma.enrollments': query({
    input: z
      .object({
        filter: enrollmentFilter.default({}),
        before: recordId.nullable().default(null),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    role: 'viewer',
    title: '查看学历报名',
  }).returns<{ rows: EnrollmentRow[]; total: number; next: string | null }>(),
  'diploma.enrollment': query({
    input: z.object({ id: recordId }).strict(),
    role: 'viewer',
    title: '查看学历报名详情',
  }).returns<EnrollmentDetail>(),
  'diploma.enroll': mutation({ input: enrollInput, role: 'clerk', title: '学历报名' }).returns<EnrollmentDetail>(),
  /** One step of the lifecycle: 审核, 录取注册, 在读, 毕业, 退学, 中断, 学籍过期. */
  'diploma.move': mutation({
    input: z
      .object({
        enrollmentId: recordId,
        to: z.enum(diplomaStates, '请选择要办理的事项'),
        on: calendarDate('日期'),
        note: text(200, '说明').default(''),
        studentNo: text(30, '学号').default(''),
      })
      .strict(),
    role: 'clerk',
    title: '办理学籍变动',
  }).returns<EnrollmentDetail>(),
  /** An academic year's overall assessment passed: the year1/year2 tranches may become due. */
  'diploma.passYear': mutation({
    input: z.object({ enrollmentId: recordId }).strict(),
    role: 'clerk',
    title: '登记学年考核合格',
  }).returns<EnrollmentDetail>(),
  'diploma.planSubsidy': mutation({
    input: z.object({ enrollmentId: recordId, schemeCode: required(40, '补助项目') }).strict(),
    role: 'clerk',
    title: '申请工会补助',
  }).returns<EnrollmentDetail>(),
  /** Stops the tranches not paid yet, for a reason other than leaving study (that one follows the move). */
  'diploma.forfeit': mutation({
    input: z
      .object({
        planId: recordId,
        reason: z.enum(forfeitReasons, '请选择取消补助的原因'),
        on: calendarDate('日期'),
        note: text(200, '说明').default(''),
      })
      .strict(),
    role: 'clerk',
    title: '取消剩余补助',
  }).returns<EnrollmentDetail>(),
  'diploma.enterPayment': mutation({
    input: z
      .object({
        trancheId: recordId,
        amountFen: fenField('发放金额', 1),
        paidOn: calendarDate('发放日期'),
        note: text(100, '凭证号或备注').default(''),
      })
      .strict(),
    role: 'clerk',
    title: '录入补助发放',
  }).returns<PaymentRow>(),
  'diploma.reversePayment': mutation({
    input: z.object({ paymentId: recordId, on: calendarDate('冲销日期'), reason: required(200, '冲销原因') }).strict(),
    role: 'clerk',
    title: '冲销补助发放',
  }).returns<PaymentRow>(),
  'diploma.pendingPayments': query({
    input: z.object({ limit: z.number().int().min(1).max(500).default(200) }).strict(),
    role: 'viewer',
    title: '查看待复核的补助发放',
  }).returns<{ rows: PaymentRow[]; total: number }>(),
  'diploma.confirmPayments': mutation({
    input: z.object({ paymentIds }).strict(),
    role: 'clerk',
    duty: 'confirmPayments',
    title: '复核确认补助发放',
    makerChecker: { made: '录入其中的发放' },
  }).returns<{ confirmed: number; totalFen: number }>(),
  'diploma.returnPayments': mutation({
    input: z.object({ paymentIds, note: required(200, '退回理由') }).strict(),
    role: 'clerk',
    duty: 'confirmPayments',
    title: '退回补助发放',
    makerChecker: { made: '录入其中的发放' },
  }).returns<{ returned: number }>(),
  /** Per scheme and intake year: paid + due + upcoming + forfeited = planned. */
  'diploma.ledger': query({
    input: z.object({ intakeYear: z.number().int().min(2000).max(2100).optional() }).strict(),
    role: 'viewer',
    title: '查看补助台账',
  }).returns<LedgerRow[]>(),
};

import { z } from 'zod';
import type { FieldIssue } from '../../errors';
import { mutation, query } from '../infra/define';
import { importRowsInput } from '../trainees/import';
import { isRealDate } from '../../domain/dates';
import { allWeekdays, scheduleLimit, type Weekday } from '../../domain/cohorts/schedule';
import type { ExportedFile } from './rosters';

const id = z.string().min(1);
const reason = z.string().trim().min(2, '请填写理由（至少 2 个字）').max(200);
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(isRealDate, '不是有效的日期');
const weekday = z
  .number()
  .int()
  .refine(
    (n): n is Weekday => (allWeekdays as readonly number[]).includes(n),
    '星期应为 1（周一）到 7（周日）',
  ) as unknown as z.ZodType<Weekday, Weekday>;
const sessionFields = {
  date,
  hours: z.number().min(0.5, '课时至少 0.5').max(12, '一次课不超过 12 课时'),
  topic: z.string().trim().max(100).default(''),
};

export interface EnrollmentRow {
  id: string;
  seq: number;
  traineeId: string;
  name: string;
  /** Masked: first 6 and last 4. */
  idNumberMasked: string;
  sex: 'male' | 'female';
  enterpriseName: string;
  eligibility: 'eligible' | 'overridden';
  eligibilityReason: string;
  overrideReason: string | null;
  overrideByName: string | null;
  appraisalKind: 'initial' | 'promotion';
  hoursAttended: number;
  requiredHours: number;
  /** Short of hours and without a waiver: may not sit the appraisal. */
  barredForHours: boolean;
  hoursWaiverReason: string | null;
}

/** What enrolling one trainee would do, before it is done. */
export interface EnrollmentCheck {
  traineeId: string;
  name: string;
  idNumberMasked: string;
  eligible: boolean;
  reason: string;
  /** A blocking problem no override can lift (already in this or another open cohort of the same job type and grade). */
  conflict: string | null;
}

export interface EnrollOutcome {
  enrolled: number;
  /** Ineligible without an override, or in conflict: listed with the reason. */
  refused: EnrollmentCheck[];
}

export interface SignUpImportPreview {
  rows: number;
  newTrainees: number;
  /** Rows the trainee import would refuse, with the row number and the reason. */
  issues: FieldIssue[];
  /** Trainees already registered; new ones are checked when they are created. */
  checks: EnrollmentCheck[];
}

export interface AttendanceSession {
  id: string;
  date: string;
  hours: number;
  topic: string;
  /** Only the exceptions; everyone else was present. */
  exceptions: { enrollmentId: string; status: 'absent' | 'leave' }[];
}

const overrides = z.array(z.object({ traineeId: id, reason })).default([]);

/** How many trainees one enrollment call takes (a cohort's capacity is at most this). */
export const enrollBatchLimit = 5000;

export const enrollmentContract = {
  'cohorts.enrollments': query({
    input: z.object({ cohortId: id }).strict(),
    role: 'viewer',
    title: '查看报名学员',
  }).returns<EnrollmentRow[]>(),
  'cohorts.findCandidates': query({
    input: z.object({ cohortId: id, q: z.string().trim().min(1).max(40) }).strict(),
    role: 'viewer',
    title: '查找可报名学员',
  }).returns<EnrollmentCheck[]>(),
  'cohorts.checkEnrollment': query({
    input: z.object({ cohortId: id, traineeIds: z.array(id).min(1).max(enrollBatchLimit) }).strict(),
    role: 'viewer',
    title: '报名资格审核',
  }).returns<EnrollmentCheck[]>(),
  /** Overrides are honoured only for an administrator; a clerk's ineligible trainees are refused. */
  'cohorts.enroll': mutation({
    input: z.object({ cohortId: id, traineeIds: z.array(id).min(1).max(enrollBatchLimit), overrides }).strict(),
    role: 'clerk',
    title: '学员报名',
  }).returns<EnrollOutcome>(),
  /** Rows as `trainees.readImportFile` read them (the same forgiving reader and column mapping as the trainee import). */
  'cohorts.previewSignUpSheet': query({
    input: importRowsInput.extend({ cohortId: id }).strict(),
    role: 'clerk',
    title: '预览报名表',
  }).returns<SignUpImportPreview>(),
  /** Creates or updates the trainees as the trainee import does, then enrolls them. */
  'cohorts.importSignUpSheet': mutation({
    input: importRowsInput.extend({ cohortId: id, overrides }).strict(),
    role: 'clerk',
    title: '导入报名表',
  }).returns<EnrollOutcome & { newTrainees: number }>(),
  'cohorts.withdraw': mutation({
    input: z.object({ enrollmentId: id, reason }).strict(),
    role: 'clerk',
    title: '退出培训班',
  }).returns<null>(),
  'cohorts.waiveHours': mutation({
    input: z.object({ enrollmentId: id, reason: reason.nullable() }).strict(),
    role: 'admin',
    title: '课时不足准予参加鉴定',
  }).returns<null>(),
  'cohorts.sessions': query({ input: z.object({ cohortId: id }).strict(), role: 'viewer', title: '查看考勤' }).returns<
    AttendanceSession[]
  >(),
  'cohorts.addSession': mutation({
    input: z.object({ cohortId: id, ...sessionFields }).strict(),
    role: 'clerk',
    title: '新增课次（默认全员出勤）',
  }).returns<AttendanceSession>(),
  /** A whole timetable at once (one transaction); the weekdays it was laid out on become the cohort's. */
  'cohorts.addSessions': mutation({
    input: z
      .object({
        cohortId: id,
        sessions: z
          .array(z.object(sessionFields).strict())
          .min(1, '请至少安排 1 次课')
          .max(scheduleLimit, `一次最多安排 ${scheduleLimit} 次课`),
        trainingWeekdays: z.array(weekday).min(1, '请至少选择一个上课日').max(7).optional(),
      })
      .strict(),
    role: 'clerk',
    title: '批量安排课次',
  }).returns<AttendanceSession[]>(),
  /** The paper sheet trainees sign at each session, for one session or a range of days (a week). */
  'cohorts.signInSheet': query({
    input: z.object({ cohortId: id, from: date, to: date }).strict(),
    role: 'clerk',
    title: '打印签到表',
  }).returns<ExportedFile & { sessions: number }>(),
  'cohorts.setExceptions': mutation({
    input: z
      .object({
        sessionId: id,
        exceptions: z.array(z.object({ enrollmentId: id, status: z.enum(['absent', 'leave']) })),
      })
      .strict(),
    role: 'clerk',
    title: '登记缺勤',
  }).returns<AttendanceSession>(),
  'cohorts.removeSession': mutation({
    input: z.object({ sessionId: id }).strict(),
    role: 'clerk',
    title: '删除课次',
  }).returns<null>(),
};

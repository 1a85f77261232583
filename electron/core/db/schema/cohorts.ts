import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './columns';
import { enterprises } from './enterprises';
import { jobTypes } from './job-types';
import { trainees } from './trainees';
import { cohortStages } from '@shared/domain/cohorts/lifecycle';
import { enrollmentResults, scoreCodes, scoreParts } from '@shared/domain/cohorts/marks';

/** One run of training for one job type and target grade (培训班 / 期次). */
export const cohorts = sqliteTable(
  'cohorts',
  {
    ...recordColumns,
    name: text('name').notNull(),
    /** e.g. 2026年第3期 */
    term: text('term').notNull().default(''),
    jobTypeId: text('job_type_id')
      .notNull()
      .references(() => jobTypes.id),
    grade: integer('grade').notNull(),
    stage: text('stage', { enum: cohortStages }).notNull(),
    startDate: text('start_date'),
    endDate: text('end_date'),
    requiredHours: integer('required_hours').notNull(),
    venue: text('venue').notNull().default(''),
    capacity: integer('capacity').notNull(),
    note: text('note').notNull().default(''),
    /** ISO weekdays the cohort trains on (1 = Monday), comma-separated: the next session date skips the others. */
    trainingWeekdays: text('training_weekdays').notNull().default('1,2,3,4,5,6'),
    /**
     * Active enrollments and passes, recounted from the enrollments by every change to them, so the
     * base overview reads 50,000 cohorts instead of 2,000,000 enrollments (see README, bench).
     */
    enrolledCount: integer('enrolled_count').notNull().default(0),
    passedCount: integer('passed_count').notNull().default(0),
  },
  (table) => [
    index('cohorts_stage').on(table.stage, table.jobTypeId, table.startDate),
    index('cohorts_job_type').on(table.jobTypeId, table.grade, table.stage),
    index('cohorts_start').on(table.startDate),
    // Covers the base overview's three GROUP BYs, so none of them reads the table rows.
    index('cohorts_overview').on(
      table.stage,
      table.jobTypeId,
      table.startDate,
      table.enrolledCount,
      table.passedCount,
      table.deletedAt,
    ),
  ],
);

/** Every stage move, with who made it and why; the audit log says the same in prose. */
export const cohortStageMoves = sqliteTable(
  'cohort_stage_moves',
  {
    ...recordColumns,
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id),
    fromStage: text('from_stage', { enum: cohortStages }).notNull(),
    toStage: text('to_stage', { enum: cohortStages }).notNull(),
    actorId: text('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    note: text('note').notNull().default(''),
  },
  (table) => [index('cohort_stage_moves_cohort').on(table.cohortId, table.createdAt)],
);

/** Instructors and mentors (劳模 / 工匠 / 技术能手): people records of their own, reused across cohorts. */
export const staffPeople = sqliteTable(
  'staff_people',
  {
    ...recordColumns,
    name: text('name').notNull(),
    title: text('title').notNull().default(''),
    phone: text('phone').notNull().default(''),
    note: text('note').notNull().default(''),
  },
  (table) => [index('staff_people_name').on(table.name)],
);

export const cohortStaff = sqliteTable(
  'cohort_staff',
  {
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id),
    personId: text('person_id')
      .notNull()
      .references(() => staffPeople.id),
    role: text('role', { enum: ['instructor', 'mentor'] }).notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.cohortId, table.personId, table.role] })],
);

export const cohortEnterprises = sqliteTable(
  'cohort_enterprises',
  {
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id),
    enterpriseId: text('enterprise_id')
      .notNull()
      .references(() => enterprises.id),
    createdAt: text('created_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.cohortId, table.enterpriseId] })],
);

/**
 * A trainee in a cohort (报名). Job type and grade are copied from the cohort so that the
 * "one open cohort per job type and grade" check and the overviews are served by indexes alone.
 * Withdrawn enrollments are soft-deleted.
 */
export const enrollments = sqliteTable(
  'enrollments',
  {
    ...recordColumns,
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id),
    traineeId: text('trainee_id')
      .notNull()
      .references(() => trainees.id),
    jobTypeId: text('job_type_id')
      .notNull()
      .references(() => jobTypes.id),
    grade: integer('grade').notNull(),
    /** Order of enrollment within the cohort (1, 2, …): the roster's "by enrollment" order. */
    seq: integer('seq').notNull(),
    /** eligible · overridden (admitted by an administrator despite the engine's refusal). */
    eligibility: text('eligibility', { enum: ['eligible', 'overridden'] }).notNull(),
    /** The engine's explanation (the rule that admitted, or the reason it refused). */
    eligibilityReason: text('eligibility_reason').notNull().default(''),
    overrideReason: text('override_reason'),
    overrideById: text('override_by_id'),
    overrideByName: text('override_by_name'),
    /** initial 初次认定 · promotion 晋级认定, from the grade history at enrollment. */
    appraisalKind: text('appraisal_kind', { enum: ['initial', 'promotion'] }).notNull(),
    /** Lets a trainee short of hours sit the appraisal anyway; the reason is required. */
    hoursWaiverReason: text('hours_waiver_reason'),
    /** Derived from the current sittings; null until every required part has a mark. */
    result: text('result', { enum: enrollmentResults }),
    /** Set when the cohort moves to 已鉴定: the result is then official (certificates read it). */
    resultPublishedAt: text('result_published_at'),
  },
  (table) => [
    index('enrollments_cohort').on(table.cohortId, table.deletedAt, table.seq),
    uniqueIndex('enrollments_cohort_trainee')
      .on(table.cohortId, table.traineeId)
      .where(sql`deleted_at IS NULL`),
    index('enrollments_trainee').on(table.traineeId, table.jobTypeId, table.grade),
    index('enrollments_overview').on(table.cohortId, table.deletedAt, table.result),
    // The dashboard's appraised/passed this year: one covering range count per result over one year's
    // publications, not 2,000,000 rows. Measured with every result published this year: partial index
    // (rechecks each row) 454 ms; date before result + GROUP BY 452 ms, + FILTER sums 245 ms; this ~70 ms.
    index('enrollments_published').on(table.result, table.resultPublishedAt, table.deletedAt),
  ],
);

/**
 * One mark for one exam part of one enrollment. A resit (补考) is a new attempt that supersedes
 * the earlier one; a correction after publication soft-deletes the row it replaces and carries
 * the reason, so the full history stays readable.
 */
export const scoreSittings = sqliteTable(
  'score_sittings',
  {
    ...recordColumns,
    enrollmentId: text('enrollment_id')
      .notNull()
      .references(() => enrollments.id),
    part: text('part', { enum: scoreParts }).notNull(),
    /** 1 = first sitting, 2 = first resit, … */
    attempt: integer('attempt').notNull(),
    /** 0–100, one decimal; null when a code is given. */
    score: real('score'),
    code: text('code', { enum: scoreCodes }),
    source: text('source', { enum: ['grid', 'import'] }).notNull(),
    enteredById: text('entered_by_id').notNull(),
    enteredByName: text('entered_by_name').notNull(),
    confirmedById: text('confirmed_by_id'),
    confirmedByName: text('confirmed_by_name'),
    confirmedAt: text('confirmed_at'),
    /** Required when a published mark is changed. */
    changeReason: text('change_reason'),
  },
  (table) => [index('score_sittings_enrollment').on(table.enrollmentId, table.part, table.attempt)],
);

export const attendanceSessions = sqliteTable(
  'attendance_sessions',
  {
    ...recordColumns,
    cohortId: text('cohort_id')
      .notNull()
      .references(() => cohorts.id),
    date: text('date').notNull(),
    /** Half hours occur, hence a real. */
    hours: real('hours').notNull(),
    topic: text('topic').notNull().default(''),
  },
  (table) => [index('attendance_sessions_cohort').on(table.cohortId, table.date)],
);

/** Only exceptions are stored: a trainee without a mark for a marked session was present. */
export const attendanceMarks = sqliteTable(
  'attendance_marks',
  {
    sessionId: text('session_id')
      .notNull()
      .references(() => attendanceSessions.id),
    enrollmentId: text('enrollment_id')
      .notNull()
      .references(() => enrollments.id),
    status: text('status', { enum: ['absent', 'leave'] }).notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.sessionId, table.enrollmentId] }),
    index('attendance_marks_enrollment').on(table.enrollmentId),
  ],
);

/** A saved column set and order of the roster, per appraisal agency. */
export const rosterTemplates = sqliteTable(
  'roster_templates',
  {
    ...recordColumns,
    agency: text('agency').notNull(),
    kind: text('kind', { enum: ['signup', 'results'] }).notNull(),
    /** JSON array of column keys in order. */
    columns: text('columns').notNull(),
    orderBy: text('order_by', { enum: ['idNumber', 'enrollment'] }).notNull(),
  },
  (table) => [uniqueIndex('roster_templates_agency').on(table.agency, table.kind)],
);

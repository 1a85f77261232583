import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { diplomaStates } from '@shared/domain/diploma/lifecycle';
import { diplomaLevels, intakeTerms, studyModes, tuitionBases } from '@shared/domain/diploma/programmes';
import { forfeitReasons, trancheConditions } from '@shared/domain/diploma/schemes';
import { moneyEntryStates } from '@shared/domain/money/instalments';
import { recordColumns } from './columns';
import { jobTypes } from './job-types';
import { trainees } from './trainees';

/** 学历+技能: a school's programme in one intake (e.g. 国家开放大学 机电一体化技术 专科 2026 春季). */
export const diplomaProgrammes = sqliteTable(
  'diploma_programmes',
  {
    ...recordColumns,
    school: text('school').notNull(),
    major: text('major').notNull(),
    level: text('level', { enum: diplomaLevels }).notNull(),
    mode: text('mode', { enum: studyModes }).notNull(),
    intakeYear: integer('intake_year').notNull(),
    intakeTerm: text('intake_term', { enum: intakeTerms }).notNull(),
    /** YYYY-MM-DD the stamped 报名汇总表 is due at the union. */
    applicationDeadline: text('application_deadline').notNull(),
    tuitionBasis: text('tuition_basis', { enum: tuitionBases }).notNull(),
    /** Fen per credit or for the whole programme (tuition_basis). */
    priceFen: integer('price_fen').notNull(),
    credits: integer('credits').notNull(),
  },
  (table) => [index('diploma_programmes_intake').on(table.intakeYear, table.intakeTerm, table.school)],
);

/** One worker in one programme, with the facts the union reviewed and the 双提升 skill target. */
export const diplomaEnrollments = sqliteTable(
  'diploma_enrollments',
  {
    ...recordColumns,
    programmeId: text('programme_id')
      .notNull()
      .references(() => diplomaProgrammes.id),
    traineeId: text('trainee_id')
      .notNull()
      .references(() => trainees.id),
    state: text('state', { enum: diplomaStates }).notNull(),
    appliedOn: text('applied_on').notNull(),
    /** The day of 录取注册; the minimum study length and the 8-year validity count from it. */
    admittedOn: text('admitted_on'),
    /** Graduation, withdrawal, interruption, expiry or rejection. */
    endedOn: text('ended_on'),
    studentNo: text('student_no').notNull().default(''),
    /** Why it was rejected, withdrawn or interrupted. */
    stateNote: text('state_note').notNull().default(''),
    /** Academic years whose overall assessment was passed (the year1/year2 tranches). */
    yearsPassed: integer('years_passed').notNull().default(0),
    /** SubsidyFacts as JSON, as the 报名汇总表 stated them. */
    facts: text('facts').notNull(),
    targetJobTypeId: text('target_job_type_id').references(() => jobTypes.id),
    targetGrade: integer('target_grade'),
    targetDeadline: text('target_deadline'),
  },
  (table) => [
    // One live enrollment per worker and programme.
    uniqueIndex('diploma_enrollments_trainee_programme')
      .on(table.traineeId, table.programmeId)
      .where(sql`deleted_at IS NULL`),
    // The list pages newest first by id, narrowed by programme or state.
    index('diploma_enrollments_programme').on(table.programmeId, table.state, table.id),
    index('diploma_enrollments_state').on(table.state, table.id),
  ],
);

/** An enrollment's subsidy under one scheme, with the scheme's name and tranches as they were when planned. */
export const subsidyPlans = sqliteTable(
  'subsidy_plans',
  {
    ...recordColumns,
    enrollmentId: text('enrollment_id')
      .notNull()
      .references(() => diplomaEnrollments.id),
    schemeCode: text('scheme_code').notNull(),
    schemeName: text('scheme_name').notNull(),
    funder: text('funder').notNull(),
    /** Codes this scheme cannot be combined with (the not-both rule), as JSON. */
    excludes: text('excludes').notNull().default('[]'),
    plannedFen: integer('planned_fen').notNull(),
    /** Set once: the remaining tranches stop. */
    forfeitedOn: text('forfeited_on'),
    forfeitReason: text('forfeit_reason', { enum: forfeitReasons }),
    forfeitNote: text('forfeit_note').notNull().default(''),
    createdById: text('created_by_id').notNull(),
    createdByName: text('created_by_name').notNull(),
  },
  (table) => [
    uniqueIndex('subsidy_plans_enrollment_scheme')
      .on(table.enrollmentId, table.schemeCode)
      .where(sql`deleted_at IS NULL`),
    index('subsidy_plans_scheme').on(table.schemeCode, table.enrollmentId),
  ],
);

export const subsidyTranches = sqliteTable(
  'subsidy_tranches',
  {
    ...recordColumns,
    planId: text('plan_id')
      .notNull()
      .references(() => subsidyPlans.id),
    seq: integer('seq').notNull(),
    condition: text('condition', { enum: trancheConditions }).notNull(),
    amountFen: integer('amount_fen').notNull(),
  },
  (table) => [uniqueIndex('subsidy_tranches_plan_seq').on(table.planId, table.seq)],
);

/**
 * The money: a payment (amount > 0) or the reversal of one (amount < 0), entered by one person and
 * confirmed or returned by another. Rows are never edited except for that one decision.
 */
export const subsidyPayments = sqliteTable(
  'subsidy_payments',
  {
    ...recordColumns,
    trancheId: text('tranche_id')
      .notNull()
      .references(() => subsidyTranches.id),
    amountFen: integer('amount_fen').notNull(),
    reversesId: text('reverses_id'),
    state: text('state', { enum: moneyEntryStates }).notNull(),
    /** YYYY-MM-DD the money left the union's account (or was taken back). */
    paidOn: text('paid_on').notNull(),
    /** 凭证号 or the reason of a reversal. */
    note: text('note').notNull().default(''),
    makerId: text('maker_id').notNull(),
    makerName: text('maker_name').notNull(),
    checkerId: text('checker_id'),
    checkerName: text('checker_name'),
    checkedAt: text('checked_at'),
    returnNote: text('return_note').notNull().default(''),
  },
  (table) => [
    index('subsidy_payments_tranche').on(table.trancheId, table.state, table.amountFen),
    index('subsidy_payments_state').on(table.state, table.createdAt),
  ],
);

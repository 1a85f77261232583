import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  agreementStates,
  allowanceModes,
  assessmentResults,
  mentorTitles,
  reviewRatings,
  terminationReasons,
} from '@shared/domain/mentoring/agreements';
import { moneyEntryStates } from '@shared/domain/money/instalments';
import { recordColumns } from './columns';
import { enterprises } from './enterprises';
import { jobTypes } from './job-types';
import { trainees } from './trainees';

/** 师傅: a worker on record (the trainees table holds every person) who mentors in one job type. */
export const mentors = sqliteTable(
  'mentors',
  {
    ...recordColumns,
    traineeId: text('trainee_id')
      .notNull()
      .references(() => trainees.id),
    jobTypeId: text('job_type_id')
      .notNull()
      .references(() => jobTypes.id),
    /** The grade the mentor holds in that job type, as their certificate says. */
    grade: integer('grade').notNull(),
    /** 职称 or post, e.g. 高级工程师、班组长. */
    post: text('post').notNull().default(''),
    note: text('note').notNull().default(''),
  },
  (table) => [
    uniqueIndex('mentors_trainee')
      .on(table.traineeId)
      .where(sql`deleted_at IS NULL`),
  ],
);

/** A title that named the mentor (劳模, 工匠, 技术能手, 好师傅), with the round or year that named them. */
export const mentorTitleAwards = sqliteTable(
  'mentor_titles',
  {
    ...recordColumns,
    mentorId: text('mentor_id')
      .notNull()
      .references(() => mentors.id),
    title: text('title', { enum: mentorTitles }).notNull(),
    /** 2020—2021 年度“名师带高徒” — as the notice writes it. */
    round: text('round').notNull(),
    year: integer('year').notNull(),
    awardedBy: text('awarded_by').notNull().default(''),
  },
  (table) => [
    uniqueIndex('mentor_titles_round')
      .on(table.mentorId, table.title, table.round)
      .where(sql`deleted_at IS NULL`),
    index('mentor_titles_title').on(table.title, table.year),
  ],
);

/** 师徒结对协议: one mentor, one apprentice, one job type, a period, a goal and an allowance. */
export const mentorAgreements = sqliteTable(
  'mentor_agreements',
  {
    ...recordColumns,
    mentorId: text('mentor_id')
      .notNull()
      .references(() => mentors.id),
    apprenticeId: text('apprentice_id')
      .notNull()
      .references(() => trainees.id),
    enterpriseId: text('enterprise_id').references(() => enterprises.id),
    jobTypeId: text('job_type_id')
      .notNull()
      .references(() => jobTypes.id),
    signedOn: text('signed_on').notNull(),
    startDate: text('start_date').notNull(),
    months: integer('months').notNull(),
    /** start + months, kept for the lists and the assessment rule. */
    endDate: text('end_date').notNull(),
    targetGrade: integer('target_grade').notNull(),
    /** 帮学内容与目标: the skills to learn. */
    goals: text('goals').notNull(),
    /** 带徒计划: what is taught when. */
    plan: text('plan').notNull().default(''),
    plannedHours: integer('planned_hours').notNull(),
    allowanceMode: text('allowance_mode', { enum: allowanceModes }).notNull(),
    /** Per month (monthly) or the whole sum (byAssessment), in fen; never changed after signing. */
    allowanceFen: integer('allowance_fen').notNull(),
    allowancePayer: text('allowance_payer').notNull(),
    state: text('state', { enum: agreementStates }).notNull(),
    assessment: text('assessment', { enum: assessmentResults }),
    assessedOn: text('assessed_on'),
    assessmentNote: text('assessment_note').notNull().default(''),
    terminatedOn: text('terminated_on'),
    terminationReason: text('termination_reason', { enum: terminationReasons }),
    terminationNote: text('termination_note').notNull().default(''),
    /** The failed agreement this one renews with a new mentor. */
    renewsId: text('renews_id'),
    createdByName: text('created_by_name').notNull(),
  },
  (table) => [
    // An apprentice has one running agreement per job type.
    uniqueIndex('mentor_agreements_running')
      .on(table.apprenticeId, table.jobTypeId)
      .where(sql`state = 'active' AND deleted_at IS NULL`),
    index('mentor_agreements_mentor').on(table.mentorId, table.state),
    index('mentor_agreements_apprentice').on(table.apprenticeId),
    index('mentor_agreements_state').on(table.state, table.id),
    uniqueIndex('mentor_agreements_renews')
      .on(table.renewsId)
      .where(sql`renews_id IS NOT NULL AND deleted_at IS NULL`),
  ],
);

/** 阶段考核: a periodic check of how the apprentice is doing. */
export const mentorReviews = sqliteTable(
  'mentor_reviews',
  {
    ...recordColumns,
    agreementId: text('agreement_id')
      .notNull()
      .references(() => mentorAgreements.id),
    reviewedOn: text('reviewed_on').notNull(),
    /** Hours of teaching done so far, as the mentor's log says. */
    hoursDone: integer('hours_done').notNull(),
    rating: text('rating', { enum: reviewRatings }).notNull(),
    content: text('content').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
  },
  (table) => [index('mentor_reviews_agreement').on(table.agreementId, table.reviewedOn)],
);

/**
 * The allowance paid on one instalment of an agreement's schedule (seq from 1): a payment (> 0) or
 * its reversal (< 0), entered by one person and confirmed or returned by another, never edited.
 */
export const allowancePayments = sqliteTable(
  'allowance_payments',
  {
    ...recordColumns,
    agreementId: text('agreement_id')
      .notNull()
      .references(() => mentorAgreements.id),
    seq: integer('seq').notNull(),
    amountFen: integer('amount_fen').notNull(),
    reversesId: text('reverses_id'),
    state: text('state', { enum: moneyEntryStates }).notNull(),
    paidOn: text('paid_on').notNull(),
    note: text('note').notNull().default(''),
    makerId: text('maker_id').notNull(),
    makerName: text('maker_name').notNull(),
    checkerId: text('checker_id'),
    checkerName: text('checker_name'),
    checkedAt: text('checked_at'),
    returnNote: text('return_note').notNull().default(''),
  },
  (table) => [
    index('allowance_payments_agreement').on(table.agreementId, table.seq),
    index('allowance_payments_state').on(table.state, table.createdAt),
  ],
);

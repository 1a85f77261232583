import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { enrollments } from './cohorts';
import { recordColumns } from './columns';
import { jobTypes } from './job-types';
import { trainees } from './trainees';

/**
 * The grade history: every grade a trainee obtained in a job type, however it was obtained.
 * Rows are never overwritten, so the history of every job type stays complete.
 */
export const traineeGrades = sqliteTable(
  'trainee_grades',
  {
    ...recordColumns,
    traineeId: text('trainee_id')
      .notNull()
      .references(() => trainees.id),
    jobTypeId: text('job_type_id')
      .notNull()
      .references(() => jobTypes.id),
    grade: integer('grade').notNull(),
    /** YYYY-MM-DD the certificate was issued. */
    obtainedOn: text('obtained_on').notNull(),
    certificateNo: text('certificate_no').notNull().default(''),
    /** appraisal 考核 · competition 竞赛 · recognition 破格/直接认定 · record 既有证书登记. */
    source: text('source', { enum: ['appraisal', 'competition', 'recognition', 'record'] }).notNull(),
    note: text('note').notNull().default(''),
    /** The published pass a grade of source appraisal comes from; null for the other sources. */
    enrollmentId: text('enrollment_id').references(() => enrollments.id),
  },
  (table) => [
    index('trainee_grades_trainee').on(table.traineeId, table.jobTypeId, table.grade),
    index('trainee_grades_job_type').on(table.jobTypeId, table.grade, table.traineeId),
    // Covers the eligibility search's candidates and the catalog's holder counts without a table
    // lookup per row: 10k rows of one job type in ~10 ms instead of ~60 ms at 500k trainees.
    // The dashboard's promotions this year by source.
    index('trainee_grades_obtained').on(table.obtainedOn, table.deletedAt, table.source),
    // One live grade per published pass: publishing twice, or a correction and back, never duplicates it.
    uniqueIndex('trainee_grades_enrollment')
      .on(table.enrollmentId)
      .where(sql`enrollment_id IS NOT NULL AND deleted_at IS NULL`),
    index('trainee_grades_current')
      .on(table.jobTypeId, table.traineeId, table.grade, table.obtainedOn)
      .where(sql`deleted_at IS NULL`),
  ],
);

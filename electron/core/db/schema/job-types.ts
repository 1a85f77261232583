import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { recordColumns } from './columns';

/** An occupation of the national classification that the base is approved to train and appraise. */
export const jobTypes = sqliteTable(
  'job_types',
  {
    ...recordColumns,
    /** National code, N-NN-NN-NN. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    industry: text('industry').notNull().default(''),
    /** A retired job type keeps its history but is hidden from new cohorts. */
    retiredAt: text('retired_at'),
    /** Which rule set of the application conditions applies (see the eligibility engine). */
    ruleSet: text('rule_set').notNull().default('A'),
    /** JSON of the base's adjustments per route id, e.g. {"A4-1":{"years":2}} (RouteOverride). */
    ruleOverrides: text('rule_overrides').notNull().default('{}'),
  },
  (table) => [uniqueIndex('job_types_code').on(table.code), index('job_types_name').on(table.name)],
);

/** One grade a job type offers, with its training hours and exam parts. */
export const jobTypeGrades = sqliteTable(
  'job_type_grades',
  {
    jobTypeId: text('job_type_id')
      .notNull()
      .references(() => jobTypes.id),
    /** 5 = 五级/初级工 … 1 = 一级/高级技师; a lower number is a higher grade. */
    grade: integer('grade').notNull(),
    trainingHours: integer('training_hours').notNull(),
    theoryPassMark: integer('theory_pass_mark').notNull().default(60),
    practicalPassMark: integer('practical_pass_mark').notNull().default(60),
    /** Null when the grade has no comprehensive review (grades 5 to 3). */
    reviewPassMark: integer('review_pass_mark'),
    /** Percent weights of a combined score, when one is reported; null when not. */
    theoryWeight: integer('theory_weight'),
    practicalWeight: integer('practical_weight'),
    reviewWeight: integer('review_weight'),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.jobTypeId, table.grade] })],
);

/** Occupations whose grades count for eligibility in another (本职业或相关职业). */
export const jobTypeRelations = sqliteTable(
  'job_type_relations',
  {
    jobTypeId: text('job_type_id')
      .notNull()
      .references(() => jobTypes.id),
    relatedJobTypeId: text('related_job_type_id')
      .notNull()
      .references(() => jobTypes.id),
  },
  (table) => [primaryKey({ columns: [table.jobTypeId, table.relatedJobTypeId] })],
);

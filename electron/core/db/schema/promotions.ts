import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { competitionLevels, contestantGroups } from '../../../../shared/domain/competitions/levels';
import { honourKinds } from '../../../../shared/domain/promotions/honours';
import { promotionPaths, promotionStates } from '../../../../shared/domain/promotions/ledger';
import { enrollments } from './cohorts';
import { recordColumns } from './columns';
import { enterprises } from './enterprises';
import { jobTypes } from './job-types';
import { traineeGrades } from './trainee-grades';
import { trainees } from './trainees';

/** A skill competition (技能竞赛) as its notice describes it. */
export const competitions = sqliteTable(
  'competitions',
  {
    ...recordColumns,
    name: text('name').notNull(),
    /** 第二届 — as the notice writes it. */
    edition: text('edition').notNull().default(''),
    year: integer('year').notNull(),
    level: text('level', { enum: competitionLevels }).notNull(),
    /** 纳入年度竞赛计划, with the plan's document number: only then may it promote. */
    inPlan: integer('in_plan', { mode: 'boolean' }).notNull(),
    planDocumentNo: text('plan_document_no').notNull().default(''),
    host: text('host').notNull().default(''),
    organiser: text('organiser').notNull().default(''),
    coOrganiser: text('co_organiser').notNull().default(''),
    /** The appraisal job type results promote in; null for an event with no job type. */
    jobTypeId: text('job_type_id').references(() => jobTypes.id),
    eventName: text('event_name').notNull().default(''),
    /** 按 X 级标准命题/评判. */
    judgingGrade: integer('judging_grade'),
    startDate: text('start_date'),
    endDate: text('end_date'),
    venue: text('venue').notNull().default(''),
    certifyingAgency: text('certifying_agency').notNull().default(''),
    /** JSON array of the score parts' names, e.g. ["理论","实操"]. */
    scoreParts: text('score_parts').notNull(),
    publishedAt: text('published_at'),
    publishedByName: text('published_by_name'),
  },
  (table) => [index('competitions_year').on(table.year, table.deletedAt, table.level)],
);

/** One row of a competition's own promotion rule, pre-filled from its level's default. */
export const competitionRules = sqliteTable(
  'competition_rules',
  {
    ...recordColumns,
    competitionId: text('competition_id')
      .notNull()
      .references(() => competitions.id),
    seq: integer('seq').notNull(),
    contestantGroup: text('contestant_group', { enum: contestantGroups }).notNull(),
    matchKind: text('match_kind', { enum: ['ranks', 'awards', 'topPercent'] }).notNull(),
    rankFrom: integer('rank_from'),
    rankTo: integer('rank_to'),
    /** JSON array of awards for matchKind awards. */
    awards: text('awards'),
    percent: integer('percent'),
    targetGrade: integer('target_grade').notNull(),
    stepUpIfHeld: integer('step_up_if_held', { mode: 'boolean' }).notNull(),
  },
  (table) => [index('competition_rules_competition').on(table.competitionId, table.deletedAt, table.seq)],
);

/** A contestant in a competition, with scores per part, rank and award. */
export const competitionEntries = sqliteTable(
  'competition_entries',
  {
    ...recordColumns,
    competitionId: text('competition_id')
      .notNull()
      .references(() => competitions.id),
    traineeId: text('trainee_id')
      .notNull()
      .references(() => trainees.id),
    contestantGroup: text('contestant_group', { enum: contestantGroups }).notNull(),
    /** The unit the contestant entered for (as on the sign-up list), and a team name for team events. */
    unitName: text('unit_name').notNull().default(''),
    teamName: text('team_name').notNull().default(''),
    /** JSON array, one per score part: a number or null. */
    scores: text('scores').notNull().default('[]'),
    total: real('total'),
    rank: integer('rank'),
    award: text('award', { enum: ['gold', 'silver', 'bronze', 'merit'] }),
    absent: integer('absent', { mode: 'boolean' }).notNull().default(false),
    prizeFen: integer('prize_fen').notNull().default(0),
    /**
     * The grade an administrator recorded as held instead of the one in the competition's job type
     * (a related job type's certificate, say), with why; null counts the same job type only.
     */
    heldGradeOverride: integer('held_grade_override'),
    heldGradeNote: text('held_grade_note').notNull().default(''),
    /** What publication gave this entry, in words: the promotion's reason or why there is none. */
    outcome: text('outcome').notNull().default(''),
  },
  (table) => [
    uniqueIndex('competition_entries_trainee')
      .on(table.competitionId, table.traineeId)
      .where(sql`deleted_at IS NULL`),
    index('competition_entries_of_trainee').on(table.traineeId),
  ],
);

/**
 * The promotion ledger: every grade a worker gains, by appraisal, competition or recognition, with
 * its evidence and its state. Approval writes the grade into trainee_grades (grade_id); a revoked
 * promotion is soft-deleted with its reason, and its grade with it.
 */
export const promotions = sqliteTable(
  'promotions',
  {
    ...recordColumns,
    traineeId: text('trainee_id')
      .notNull()
      .references(() => trainees.id),
    /** The worker's unit when proposed: the ledger's enterprise and district filters count it there. */
    enterpriseId: text('enterprise_id').references(() => enterprises.id),
    jobTypeId: text('job_type_id')
      .notNull()
      .references(() => jobTypes.id),
    fromGrade: integer('from_grade'),
    toGrade: integer('to_grade').notNull(),
    path: text('path', { enum: promotionPaths }).notNull(),
    state: text('state', { enum: promotionStates }).notNull(),
    /** Why, in words: "市级一类竞赛第 4 名 → 二级/技师" or "2026 年第一期电工（中级）鉴定合格". */
    reason: text('reason').notNull(),
    /** The year whose once-a-year competition slot it takes (competition path only). */
    slotYear: integer('slot_year'),
    enrollmentId: text('enrollment_id').references(() => enrollments.id),
    competitionEntryId: text('competition_entry_id').references(() => competitionEntries.id),
    competitionRuleId: text('competition_rule_id').references(() => competitionRules.id),
    documentNo: text('document_no').notNull().default(''),
    issuingBody: text('issuing_body').notNull().default(''),
    /** The date the evidence carries (publication, the competition's end, the document's date). */
    evidenceDate: text('evidence_date').notNull(),
    proposedById: text('proposed_by_id').notNull(),
    proposedByName: text('proposed_by_name').notNull(),
    decidedById: text('decided_by_id'),
    decidedByName: text('decided_by_name'),
    decidedAt: text('decided_at'),
    /** The reason of a rejection, or a note on the approval (the built-in administrator's own proposal). */
    decisionNote: text('decision_note').notNull().default(''),
    gradeId: text('grade_id').references(() => traineeGrades.id),
    certificateNo: text('certificate_no').notNull().default(''),
    certifiedOn: text('certified_on'),
    revokedReason: text('revoked_reason'),
  },
  (table) => [
    // The ledger's first page newest first, per state and path, keyset-paged by (created_at, id).
    // Partial, not led by deleted_at: SQLite keeps no statistics and would take deleted_at IS NULL for a selective equality (migration 0014).
    index('promotions_ledger')
      .on(table.createdAt, table.id)
      .where(sql`deleted_at IS NULL`),
    index('promotions_state').on(table.state, table.deletedAt, table.createdAt, table.id),
    index('promotions_trainee').on(table.traineeId, table.jobTypeId),
    index('promotions_slot')
      .on(table.traineeId, table.slotYear)
      .where(sql`slot_year IS NOT NULL AND deleted_at IS NULL`),
    index('promotions_year').on(table.evidenceDate, table.deletedAt, table.path, table.state),
    uniqueIndex('promotions_entry')
      .on(table.competitionEntryId)
      .where(sql`competition_entry_id IS NOT NULL AND deleted_at IS NULL`),
    uniqueIndex('promotions_enrollment')
      .on(table.enrollmentId)
      .where(sql`enrollment_id IS NOT NULL AND deleted_at IS NULL`),
  ],
);

/** An honour (技术能手, 五一劳动奖章, 金牌工人 …) with the body that awarded it. */
export const honours = sqliteTable(
  'honours',
  {
    ...recordColumns,
    traineeId: text('trainee_id')
      .notNull()
      .references(() => trainees.id),
    kind: text('kind', { enum: honourKinds }).notNull(),
    /** The honour's own name for kind other, or a fuller name ("2026 年度泉州市技术能手"). */
    title: text('title').notNull().default(''),
    awardingBody: text('awarding_body').notNull(),
    awardedOn: text('awarded_on').notNull(),
    documentNo: text('document_no').notNull().default(''),
    competitionEntryId: text('competition_entry_id').references(() => competitionEntries.id),
    recordedByName: text('recorded_by_name').notNull(),
  },
  (table) => [
    index('honours_trainee').on(table.traineeId, table.deletedAt),
    index('honours_awarded').on(table.awardedOn, table.deletedAt),
  ],
);

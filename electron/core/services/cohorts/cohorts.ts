import { AppError } from '@shared/errors';
import {
  cohortListLimit,
  type CohortDetail,
  type CohortSummary,
  type StaffMember,
} from '@shared/contract/cohorts/cohorts';
import { satResults } from '@shared/domain/cohorts/marks';
import {
  checkStageMove,
  nextStage,
  previousStage,
  stageLabels,
  stagePermissions,
  type CohortFacts,
} from '@shared/domain/cohorts/lifecycle';
import { containsPattern, prefixPattern } from '@shared/domain/like-pattern';
import type { HandlerContext } from '../../context';
import type { AreaHandlers } from '../../router';
import { recordAppraisalGrades } from './appraisal-grades';
import { requireCohort, scoreState, type CohortRow } from './facts';
import { baseOverview } from './overview';
import { saveCohort } from './save-cohort';

type Handlers = Pick<
  AreaHandlers<'cohorts'>,
  | 'cohorts.list'
  | 'cohorts.get'
  | 'cohorts.create'
  | 'cohorts.update'
  | 'cohorts.moveStage'
  | 'cohorts.people'
  | 'cohorts.overview'
>;

const summarySelect = `SELECT c.id, c.name, c.term, c.job_type_id AS jobTypeId, j.code AS jobTypeCode, j.name AS jobTypeName, c.grade, c.stage,
       c.start_date AS startDate, c.end_date AS endDate, c.capacity, c.enrolled_count AS enrolled, c.passed_count AS passed
  FROM cohorts c JOIN job_types j ON j.id = c.job_type_id`;

export function cohortDetail(ctx: HandlerContext, id: string): CohortDetail {
  const cohort = requireCohort(ctx, id);
  const facts = cohortFacts(ctx, cohort);
  const summary = ctx.sqlite.prepare(`${summarySelect} WHERE c.id = ?`).get(id) as CohortSummary;
  const outcome = ctx.sqlite
    .prepare(
      `SELECT count(*) FILTER (WHERE result IN (${satResults.map((r) => `'${r}'`).join(', ')})) AS sat, count(*) FILTER (WHERE result = 'pass') AS passed
         FROM enrollments WHERE cohort_id = ? AND deleted_at IS NULL`,
    )
    .get(id) as { sat: number; passed: number };
  const staff = ctx.sqlite
    .prepare(
      `SELECT p.id AS personId, p.name, p.title, p.phone, s.role FROM cohort_staff s JOIN staff_people p ON p.id = s.person_id
        WHERE s.cohort_id = ? ORDER BY s.role, s.created_at`,
    )
    .all(id) as StaffMember[];
  const enterprises = ctx.sqlite
    .prepare(
      'SELECT e.id, e.name FROM cohort_enterprises c JOIN enterprises e ON e.id = c.enterprise_id WHERE c.cohort_id = ? ORDER BY e.name',
    )
    .all(id) as { id: string; name: string }[];
  const moves = ctx.sqlite
    .prepare(
      `SELECT from_stage AS "from", to_stage AS "to", actor_name AS actorName, created_at AS at, note
         FROM cohort_stage_moves WHERE cohort_id = ? ORDER BY created_at, id`,
    )
    .all(id) as CohortDetail['moves'];
  const next = nextStage(cohort.stage);
  const previous = previousStage(cohort.stage);
  return {
    ...summary,
    requiredHours: cohort.requiredHours,
    trainingWeekdays: cohort.trainingWeekdays,
    venue: cohort.venue,
    note: cohort.note,
    staff,
    enterprises,
    moves,
    sessions: facts.sessions,
    counts: {
      enrolled: facts.enrolled,
      hoursCompleted: facts.hoursCompleted,
      shortOfHours: facts.shortOfHours,
      sat: outcome.sat,
      passed: outcome.passed,
      passRate: outcome.sat === 0 ? null : Math.round((outcome.passed / outcome.sat) * 1000) / 10,
      missingScores: facts.missingScores,
      unconfirmedMarks: facts.unconfirmedMarks,
      certificatesIssued: certificatesIssued(ctx, id),
    },
    nextMove: next ? { to: next, problems: checkStageMove(facts, next).problems } : null,
    previousMove: previous ? { to: previous, problems: checkStageMove(facts, previous).problems } : null,
    can: stagePermissions[cohort.stage],
  };
}

function cohortFacts(ctx: HandlerContext, cohort: CohortRow): CohortFacts & { hoursCompleted: number } {
  const { n } = ctx.sqlite
    .prepare('SELECT count(*) AS n FROM enrollments WHERE cohort_id = ? AND deleted_at IS NULL')
    .get(cohort.id) as { n: number };
  return { stage: cohort.stage, enrolled: n, capacity: cohort.capacity, ...scoreState(ctx, cohort) };
}

function certificatesIssued(ctx: HandlerContext, cohortId: string): number {
  const row = ctx.sqlite
    .prepare("SELECT count(*) AS n FROM certificates WHERE cohort_id = ? AND status = 'issued' AND deleted_at IS NULL")
    .get(cohortId) as { n: number };
  return row.n;
}

export const cohortHandlers: Handlers = {
  'cohorts.list': (input, ctx) => {
    // Walks cohorts_start in date order and stops after the limit: 2 ms at 50,000 cohorts.
    const where = ['c.deleted_at IS NULL'];
    const params: (string | number)[] = [];
    if (input.stages.length > 0) {
      where.push(`c.stage IN (${input.stages.map(() => '?').join(', ')})`);
      params.push(...input.stages);
    }
    if (input.q) {
      where.push("(c.name LIKE ? ESCAPE '\\' OR j.name LIKE ? ESCAPE '\\' OR c.term LIKE ? ESCAPE '\\')");
      const like = containsPattern(input.q);
      params.push(like, like, like);
    }
    return ctx.sqlite
      .prepare(`${summarySelect} WHERE ${where.join(' AND ')} ORDER BY c.start_date DESC, c.id DESC LIMIT ?`)
      .all(...params, cohortListLimit) as CohortSummary[];
  },

  'cohorts.get': (input, ctx) => cohortDetail(ctx, input.id),

  'cohorts.create': (input, ctx) => {
    const id = saveCohort(ctx, null, input);
    ctx.audit({ recordIds: [id], summary: `新建培训班：${input.name}` });
    return cohortDetail(ctx, id);
  },

  'cohorts.update': (input, ctx) => {
    const cohort = requireCohort(ctx, input.id);
    if (cohort.stage === 'closed') throw new AppError('CONFLICT', '培训班已结业，不能再修改');
    saveCohort(ctx, cohort, input);
    ctx.audit({ recordIds: [input.id], summary: `修改培训班：${input.name}` });
    return cohortDetail(ctx, input.id);
  },

  'cohorts.moveStage': (input, ctx) => {
    const cohort = requireCohort(ctx, input.id);
    const move = checkStageMove(cohortFacts(ctx, cohort), input.to);
    if (move.problems.length > 0) {
      throw new AppError('CONFLICT', `不能转到“${stageLabels[input.to]}”：${move.problems.join('；')}`, {
        issues: move.problems.map((message) => ({ field: 'stage', message })),
      });
    }
    ctx.sqlite.prepare('UPDATE cohorts SET stage = ?, updated_at = ? WHERE id = ?').run(input.to, ctx.now, cohort.id);
    ctx.sqlite
      .prepare(
        `INSERT INTO cohort_stage_moves (id, created_at, updated_at, cohort_id, from_stage, to_stage, actor_id, actor_name, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(ctx.newId(), ctx.now, ctx.now, cohort.id, cohort.stage, input.to, ctx.actor.id, ctx.actor.name, input.note);
    if (input.to === 'appraised') {
      // Publication: the results become official and later changes need a reason.
      ctx.sqlite
        .prepare(
          'UPDATE enrollments SET result_published_at = ?, updated_at = ? WHERE cohort_id = ? AND deleted_at IS NULL',
        )
        .run(ctx.now, ctx.now, cohort.id);
      recordAppraisalGrades(ctx, cohort.id);
    }
    ctx.audit({
      recordIds: [cohort.id],
      summary: `培训班“${cohort.name}”由“${stageLabels[cohort.stage]}”转到“${stageLabels[input.to]}”${input.note ? `：${input.note}` : ''}`,
    });
    return cohortDetail(ctx, cohort.id);
  },

  'cohorts.people': (input, ctx) => {
    const like = prefixPattern(input.q);
    return ctx.sqlite
      .prepare(
        "SELECT id, name, title, phone FROM staff_people WHERE deleted_at IS NULL AND name LIKE ? ESCAPE '\\' ORDER BY name LIMIT 50",
      )
      .all(like) as { id: string; name: string; title: string; phone: string }[];
  },

  'cohorts.overview': (_input, ctx) => baseOverview(ctx),
};

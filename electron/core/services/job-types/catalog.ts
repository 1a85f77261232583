import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { ActiveJobType, JobTypeDetail, JobTypeGrade, JobTypeSummary } from '@shared/contract/job-types';
import {
  effectiveRoutes,
  describeRoute,
  ruleSets,
  ruleVersion,
  type JobTypeRules,
  type RouteOverride,
  type RuleSetId,
} from '@shared/domain/eligibility';
import type { Grade } from '@shared/domain/grades';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { jobTypeGrades, jobTypeRelations, jobTypes } from '../../db/schema';

type JobTypeRow = typeof jobTypes.$inferSelect;

export function findJobType(ctx: HandlerContext, id: string): JobTypeRow {
  const row = ctx.db
    .select()
    .from(jobTypes)
    .where(and(eq(jobTypes.id, id), isNull(jobTypes.deletedAt)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', '工种不存在或已删除');
  return row;
}

function gradesOf(ctx: HandlerContext, ids: string[]): Map<string, JobTypeGrade[]> {
  const byJobType = new Map<string, JobTypeGrade[]>();
  if (ids.length === 0) return byJobType;
  const rows = ctx.db
    .select()
    .from(jobTypeGrades)
    .where(inArray(jobTypeGrades.jobTypeId, ids))
    .orderBy(asc(jobTypeGrades.jobTypeId), asc(jobTypeGrades.grade))
    .all();
  for (const { jobTypeId, updatedAt: _updatedAt, ...grade } of rows) {
    const list = byJobType.get(jobTypeId) ?? [];
    // Highest number first: 五级 before 一级, as the ladder reads.
    list.unshift({ ...grade, grade: grade.grade as Grade });
    byJobType.set(jobTypeId, list);
  }
  return byJobType;
}

function relatedIdsOf(ctx: HandlerContext, id: string): string[] {
  return ctx.db
    .select({ id: jobTypeRelations.relatedJobTypeId })
    .from(jobTypeRelations)
    .where(eq(jobTypeRelations.jobTypeId, id))
    .all()
    .map((r) => r.id);
}

export function parseOverrides(text: string): Record<string, RouteOverride> {
  return JSON.parse(text) as Record<string, RouteOverride>;
}

/** What the eligibility engine needs to know about one job type. */
export function rulesOf(ctx: HandlerContext, id: string): JobTypeRules {
  const row = findJobType(ctx, id);
  return {
    jobTypeId: row.id,
    ruleSet: row.ruleSet as RuleSetId,
    offeredGrades: (gradesOf(ctx, [id]).get(id) ?? []).map((g) => g.grade),
    relatedJobTypeIds: relatedIdsOf(ctx, id),
    overrides: parseOverrides(row.ruleOverrides),
  };
}

export function jobTypeDetail(ctx: HandlerContext, id: string): JobTypeDetail {
  const row = findJobType(ctx, id);
  const rules = rulesOf(ctx, id);
  const relatedIds = rules.relatedJobTypeIds;
  const related =
    relatedIds.length === 0
      ? []
      : ctx.db
          .select({ id: jobTypes.id, code: jobTypes.code, name: jobTypes.name })
          .from(jobTypes)
          .where(inArray(jobTypes.id, relatedIds))
          .orderBy(asc(jobTypes.code))
          .all();
  const set = ruleSets[rules.ruleSet];
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    industry: row.industry,
    ruleSet: rules.ruleSet,
    retiredAt: row.retiredAt,
    updatedAt: row.updatedAt,
    grades: gradesOf(ctx, [id]).get(id) ?? [],
    related,
    ruleOverrides: rules.overrides,
    ruleVersion: ruleVersion(rules),
    routes: rules.offeredGrades.map((grade) => {
      const inForce = new Map(effectiveRoutes(rules, grade).map((r) => [r.id, r]));
      return {
        grade,
        routes: set.routes
          .filter((r) => r.grade === grade)
          .map((declared) => {
            const route = inForce.get(declared.id) ?? declared;
            return {
              id: route.id,
              description: describeRoute(route),
              off: !inForce.has(route.id),
              unverified: route.unverified ?? false,
              adjusted: declared.id in rules.overrides,
            };
          }),
      };
    }),
  };
}

export function listJobTypes(ctx: HandlerContext, includeRetired: boolean): JobTypeSummary[] {
  const rows = ctx.db
    .select()
    .from(jobTypes)
    .where(isNull(jobTypes.deletedAt))
    .orderBy(asc(jobTypes.code))
    .all()
    .filter((r) => includeRetired || r.retiredAt === null);
  const grades = gradesOf(
    ctx,
    rows.map((r) => r.id),
  );
  const holders = holderCounts(ctx);
  const cohorts = cohortCounts(ctx);
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    industry: row.industry,
    ruleSet: row.ruleSet as RuleSetId,
    retiredAt: row.retiredAt,
    grades: (grades.get(row.id) ?? []).map((g) => g.grade),
    holders: holders.get(row.id) ?? [],
    cohortCount: cohorts.get(row.id) ?? 0,
  }));
}

/** Trainees by their highest grade in each job type, from the grade history. */
function holderCounts(ctx: HandlerContext): Map<string, { grade: Grade; count: number }[]> {
  const rows = ctx.sqlite
    .prepare(
      `SELECT job_type_id AS jobTypeId, grade, count(*) AS count FROM (
         SELECT job_type_id, trainee_id, min(grade) AS grade FROM trainee_grades WHERE deleted_at IS NULL GROUP BY job_type_id, trainee_id
       ) GROUP BY job_type_id, grade ORDER BY grade DESC`,
    )
    .all() as { jobTypeId: string; grade: Grade; count: number }[];
  const map = new Map<string, { grade: Grade; count: number }[]>();
  for (const { jobTypeId, grade, count } of rows) map.set(jobTypeId, [...(map.get(jobTypeId) ?? []), { grade, count }]);
  return map;
}

function cohortCounts(ctx: HandlerContext): Map<string, number> {
  const rows = ctx.sqlite
    .prepare(
      'SELECT job_type_id AS jobTypeId, count(*) AS count FROM cohorts WHERE deleted_at IS NULL GROUP BY job_type_id',
    )
    .all() as { jobTypeId: string; count: number }[];
  return new Map(rows.map((r) => [r.jobTypeId, r.count]));
}

export function listActiveJobTypes(ctx: HandlerContext): ActiveJobType[] {
  const rows = ctx.db
    .select({ id: jobTypes.id, code: jobTypes.code, name: jobTypes.name })
    .from(jobTypes)
    .where(and(isNull(jobTypes.deletedAt), isNull(jobTypes.retiredAt)))
    .orderBy(asc(jobTypes.code))
    .all();
  const grades = gradesOf(
    ctx,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    ...row,
    grades: (grades.get(row.id) ?? []).map(({ grade, trainingHours }) => ({ grade, trainingHours })),
  }));
}

import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { JobTypeGrade } from '@shared/contract/job-types';
import type { Parsed } from '@shared/contract';
import { ruleSets } from '@shared/domain/eligibility';
import { gradeShortLabel } from '@shared/domain/grades';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { jobTypeGrades, jobTypeRelations, jobTypes } from '../../db/schema';
import { jobTypeDetail } from './catalog';

export type JobTypeFields = Parsed<'jobTypes.save'>;

/** Adds or updates one job type with its grades and related occupations; returns the id and what changed. */
export function writeJobType(ctx: HandlerContext, input: JobTypeFields): { id: string; summary: string } {
  const clash = ctx.db
    .select({ id: jobTypes.id, name: jobTypes.name })
    .from(jobTypes)
    .where(and(eq(jobTypes.code, input.code), input.id ? ne(jobTypes.id, input.id) : undefined))
    .get();
  if (clash)
    throw new AppError('CONFLICT', `职业编码 ${input.code} 已被工种“${clash.name}”使用`, {
      issues: [{ field: 'code', message: '职业编码重复' }],
    });
  checkOverrides(input);
  const relatedIds = [...new Set(input.relatedIds)].filter((id) => id !== input.id);
  if (relatedIds.length > 0) {
    const found = ctx.db
      .select({ id: jobTypes.id })
      .from(jobTypes)
      .where(and(inArray(jobTypes.id, relatedIds), isNull(jobTypes.deletedAt)))
      .all();
    if (found.length !== relatedIds.length)
      throw new AppError('VALIDATION', '相关职业中有不存在的工种', {
        issues: [{ field: 'relatedIds', message: '相关职业不存在' }],
      });
  }
  const fields = {
    code: input.code,
    name: input.name,
    industry: input.industry,
    ruleSet: input.ruleSet,
    ruleOverrides: JSON.stringify(input.ruleOverrides),
    updatedAt: ctx.now,
  };
  let id = input.id;
  let summary: string;
  if (id) {
    const before = jobTypeDetail(ctx, id);
    ctx.db.update(jobTypes).set(fields).where(eq(jobTypes.id, id)).run();
    summary = `修改工种 ${input.code} ${input.name}${describeChanges(before.grades, input.grades)}`;
  } else {
    id = ctx.newId();
    ctx.db
      .insert(jobTypes)
      .values({ id, createdAt: ctx.now, ...fields })
      .run();
    summary = `新增工种 ${input.code} ${input.name}`;
  }
  ctx.db.delete(jobTypeGrades).where(eq(jobTypeGrades.jobTypeId, id)).run();
  ctx.db
    .insert(jobTypeGrades)
    .values(input.grades.map((g) => ({ ...g, jobTypeId: id, updatedAt: ctx.now })))
    .run();
  ctx.db.delete(jobTypeRelations).where(eq(jobTypeRelations.jobTypeId, id)).run();
  if (relatedIds.length > 0)
    ctx.db
      .insert(jobTypeRelations)
      .values(relatedIds.map((relatedJobTypeId) => ({ jobTypeId: id, relatedJobTypeId })))
      .run();
  return { id, summary };
}

function checkOverrides(input: JobTypeFields) {
  const known = new Set(ruleSets[input.ruleSet].routes.map((r) => r.id));
  const unknown = Object.keys(input.ruleOverrides).filter((routeId) => !known.has(routeId));
  if (unknown.length > 0) {
    throw new AppError('VALIDATION', `申报条件规则 ${input.ruleSet} 中没有路径 ${unknown.join('、')}`, {
      issues: [{ field: 'ruleOverrides', message: '未知的申报路径' }],
    });
  }
}

/** "：四级学时 180→200" — the audit log says what an edit changed in the hours. */
function describeChanges(before: JobTypeGrade[], after: JobTypeFields['grades']): string {
  const old = new Map(before.map((g) => [g.grade, g.trainingHours]));
  const changes = after
    .filter((g) => old.get(g.grade) !== g.trainingHours)
    .map((g) => `${gradeShortLabel(g.grade)}学时 ${old.get(g.grade) ?? '无'}→${g.trainingHours}`);
  return changes.length === 0 ? '' : `：${changes.join('，')}`;
}

export function setRetired(ctx: HandlerContext, id: string, retired: boolean): string {
  ctx.db
    .update(jobTypes)
    .set({ retiredAt: retired ? ctx.now : null, updatedAt: ctx.now })
    .where(eq(jobTypes.id, id))
    .run();
  return id;
}

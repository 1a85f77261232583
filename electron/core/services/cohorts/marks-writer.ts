import {
  deriveResult,
  formatMark,
  isPassingMark,
  partLabels,
  requiredParts,
  type Mark,
  type ScorePart,
} from '@shared/domain/cohorts/marks';
import { stagePermissions } from '@shared/domain/cohorts/lifecycle';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { recordAppraisalGrades } from './appraisal-grades';
import { attendedHours, currentSittings, refreshCohortTotals, toMark, type CohortRow, type SittingRow } from './facts';

export interface MarkEntry {
  enrollmentId: string;
  part: ScorePart;
  mark: Mark | null;
}

function published(ctx: HandlerContext, cohortId: string): boolean {
  return (
    ctx.sqlite
      .prepare('SELECT 1 FROM enrollments WHERE cohort_id = ? AND result_published_at IS NOT NULL LIMIT 1')
      .get(cohortId) !== undefined
  );
}

/**
 * Writes marks for one cohort. An unconfirmed mark is corrected in place; a confirmed one is
 * replaced by a new row (the old one stays in the history); after publication a reason is
 * required and every change is logged. Results of the touched enrollments are derived again.
 */
export function writeMarks(
  ctx: HandlerContext,
  cohort: CohortRow,
  entries: MarkEntry[],
  options: { reason: string; source: 'grid' | 'import'; resit?: boolean },
): number {
  if (!stagePermissions[cohort.stage].marks) throw new AppError('CONFLICT', '培训班进入“待鉴定”后才能录入成绩');
  const isPublished = published(ctx, cohort.id);
  if (isPublished && !options.resit && options.reason.length < 2) {
    throw new AppError('VALIDATION', '成绩已发布，修改成绩须填写理由', {
      issues: [{ field: 'reason', message: '请填写修改理由' }],
    });
  }
  const parts = requiredParts(cohort.pass);
  const hours = attendedHours(ctx, cohort.id);
  const enrolled = new Map(
    (
      ctx.sqlite
        .prepare(
          'SELECT e.id, e.seq, t.name, e.hours_waiver_reason AS waiver FROM enrollments e JOIN trainees t ON t.id = e.trainee_id WHERE e.cohort_id = ? AND e.deleted_at IS NULL',
        )
        .all(cohort.id) as {
        id: string;
        seq: number;
        name: string;
        waiver: string | null;
      }[]
    ).map((e) => [e.id, e]),
  );
  const current = currentSittings(ctx, cohort.id);
  const insert = ctx.sqlite.prepare(
    `INSERT INTO score_sittings (id, created_at, updated_at, enrollment_id, part, attempt, score, code, source, entered_by_id, entered_by_name, change_reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const replace = ctx.sqlite.prepare('UPDATE score_sittings SET deleted_at = ?, updated_at = ? WHERE id = ?');
  const correct = ctx.sqlite.prepare(
    'UPDATE score_sittings SET score = ?, code = ?, source = ?, entered_by_id = ?, entered_by_name = ?, updated_at = ? WHERE id = ?',
  );
  const touched = new Set<string>();
  let changed = 0;
  for (const entry of entries) {
    const who = enrolled.get(entry.enrollmentId);
    if (!who) throw new AppError('VALIDATION', '成绩中有不属于本班的学员');
    const where = `第 ${who.seq} 号 ${who.name}，${partLabels[entry.part]}`;
    if (!parts.includes(entry.part)) throw new AppError('VALIDATION', `${where}：本等级不考${partLabels[entry.part]}`);
    if ((hours.byEnrollment.get(who.id) ?? 0) < cohort.requiredHours && who.waiver === null && entry.mark !== null) {
      throw new AppError('CONFLICT', `${where}：课时不足，未准予参加鉴定（管理员可在学员页准予）`);
    }
    const existing: SittingRow | undefined = current.get(who.id)?.[entry.part];
    if (options.resit) {
      if (!existing) throw new AppError('CONFLICT', `${where}：还没有首次成绩，不能录补考`);
      const mark = toMark(existing);
      if (isPassingMark(mark, cohort.pass, entry.part))
        throw new AppError('CONFLICT', `${where}：该科已合格，无需补考`);
      if (mark.code === 'misconduct') throw new AppError('CONFLICT', `${where}：违纪不能补考`);
      if (!entry.mark) throw new AppError('VALIDATION', `${where}：请填写补考成绩`);
    }
    if (!options.resit && sameMark(existing, entry.mark)) continue;
    const summary = `${cohort.name} ${where}：${existing ? formatMark(toMark(existing)) : '（空）'} → ${formatMark(entry.mark) || '（清空）'}`;
    if (existing && !options.resit) {
      if (existing.confirmedById === null && !isPublished) {
        if (entry.mark)
          correct.run(
            entry.mark.score,
            entry.mark.code,
            options.source,
            ctx.actor.id,
            ctx.actor.name,
            ctx.now,
            existing.id,
          );
        else replace.run(ctx.now, ctx.now, existing.id);
      } else {
        replace.run(ctx.now, ctx.now, existing.id);
        if (entry.mark)
          insert.run(
            ctx.newId(),
            ctx.now,
            ctx.now,
            who.id,
            entry.part,
            existing.attempt,
            entry.mark.score,
            entry.mark.code,
            options.source,
            ctx.actor.id,
            ctx.actor.name,
            options.reason || null,
          );
      }
    } else if (entry.mark) {
      const attempt = existing ? existing.attempt + 1 : 1;
      insert.run(
        ctx.newId(),
        ctx.now,
        ctx.now,
        who.id,
        entry.part,
        attempt,
        entry.mark.score,
        entry.mark.code,
        options.source,
        ctx.actor.id,
        ctx.actor.name,
        options.reason || null,
      );
    }
    if (isPublished || options.resit)
      ctx.audit({
        recordIds: [who.id],
        summary: `${options.resit ? '补考' : '修改已发布成绩'}：${summary}${options.reason ? `；理由：${options.reason}` : ''}`,
      });
    touched.add(who.id);
    changed += 1;
  }
  deriveResults(ctx, cohort, [...touched]);
  return changed;
}

function sameMark(existing: SittingRow | undefined, mark: Mark | null): boolean {
  if (!existing) return mark === null;
  return mark !== null && existing.code === mark.code && (mark.code !== null || existing.score === mark.score);
}

function deriveResults(ctx: HandlerContext, cohort: CohortRow, enrollmentIds: string[]) {
  if (enrollmentIds.length === 0) return;
  const current = currentSittings(ctx, cohort.id);
  const update = ctx.sqlite.prepare('UPDATE enrollments SET result = ?, updated_at = ? WHERE id = ?');
  for (const id of enrollmentIds) {
    const sittings = current.get(id) ?? {};
    const marks = Object.fromEntries(Object.entries(sittings).map(([part, row]) => [part, toMark(row)]));
    update.run(deriveResult(marks, cohort.pass), ctx.now, id);
  }
  refreshCohortTotals(ctx, cohort.id);
  recordAppraisalGrades(ctx, cohort.id, enrollmentIds);
}

import { maskIdNumber } from '@shared/domain/masking';
import type { MarkHistoryEntry, ScoreGrid, ScoreGridRow } from '@shared/contract/cohorts/scores';
import {
  formatMark,
  parseMark,
  partLabels,
  passMarkOf,
  requiredParts,
  type ScorePart,
} from '@shared/domain/cohorts/marks';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import type { AreaHandlers } from '../../router';
import { attendedHours, currentSittings, requireCohort, toMark, type CohortRow } from './facts';
import { writeMarks, type MarkEntry } from './marks-writer';
import { previewScoreImport } from './score-import';

type Handlers = Pick<
  AreaHandlers<'cohorts'>,
  | 'cohorts.scoreGrid'
  | 'cohorts.saveMarks'
  | 'cohorts.recordResit'
  | 'cohorts.confirmMarks'
  | 'cohorts.markHistory'
  | 'cohorts.previewScoreImport'
  | 'cohorts.importScores'
>;

export function scoreGrid(ctx: HandlerContext, cohort: CohortRow): ScoreGrid {
  const parts = requiredParts(cohort.pass);
  const hours = attendedHours(ctx, cohort.id);
  const sittings = currentSittings(ctx, cohort.id);
  const rows = ctx.sqlite
    .prepare(
      `SELECT e.id AS enrollmentId, e.seq, t.name, t.id_number AS idNumber, e.hours_waiver_reason AS waiver, e.result, e.result_published_at AS publishedAt
         FROM enrollments e JOIN trainees t ON t.id = e.trainee_id WHERE e.cohort_id = ? AND e.deleted_at IS NULL ORDER BY e.seq`,
    )
    .all(cohort.id) as {
    enrollmentId: string;
    seq: number;
    name: string;
    idNumber: string;
    waiver: string | null;
    result: ScoreGridRow['result'];
    publishedAt: string | null;
  }[];
  return {
    parts,
    passMarks: Object.fromEntries(parts.map((p) => [p, passMarkOf(cohort.pass, p)])),
    published: rows.some((r) => r.publishedAt !== null),
    rows: rows.map((row) => {
      const marks = sittings.get(row.enrollmentId) ?? {};
      return {
        enrollmentId: row.enrollmentId,
        seq: row.seq,
        name: row.name,
        idNumberMasked: maskIdNumber(row.idNumber),
        barredForHours: (hours.byEnrollment.get(row.enrollmentId) ?? 0) < cohort.requiredHours && row.waiver === null,
        result: row.result,
        marks: Object.fromEntries(
          Object.entries(marks).map(([part, s]) => [
            part,
            {
              text: formatMark(toMark(s)),
              attempt: s.attempt,
              confirmed: s.confirmedById !== null,
              enteredByName: s.enteredByName,
            },
          ]),
        ),
      };
    }),
  };
}

/** Parses typed texts; a bad one is refused with where it is, and nothing of the batch is saved. */
function parseEntries(
  ctx: HandlerContext,
  entries: { enrollmentId: string; part: ScorePart; text: string }[],
): MarkEntry[] {
  const seqOf = ctx.sqlite.prepare(
    'SELECT e.seq, t.name FROM enrollments e JOIN trainees t ON t.id = e.trainee_id WHERE e.id = ?',
  );
  return entries.map((entry) => {
    const parsed = parseMark(entry.text);
    if (!parsed.ok) {
      const who = seqOf.get(entry.enrollmentId) as { seq: number; name: string } | undefined;
      const where = who ? `第 ${who.seq} 号 ${who.name}，${partLabels[entry.part]}` : partLabels[entry.part];
      throw new AppError('VALIDATION', `${where}：${parsed.reason}`, {
        issues: [{ field: entry.part, row: who?.seq, column: partLabels[entry.part], message: parsed.reason }],
      });
    }
    return { enrollmentId: entry.enrollmentId, part: entry.part, mark: parsed.mark };
  });
}

export const scoreHandlers: Handlers = {
  'cohorts.scoreGrid': (input, ctx) => scoreGrid(ctx, requireCohort(ctx, input.cohortId)),

  'cohorts.saveMarks': (input, ctx) => {
    const cohort = requireCohort(ctx, input.cohortId);
    const changed = writeMarks(ctx, cohort, parseEntries(ctx, input.entries), { reason: input.reason, source: 'grid' });
    ctx.audit({ recordIds: [cohort.id], summary: `“${cohort.name}”录入成绩 ${changed} 项` });
    return scoreGrid(ctx, cohort);
  },

  'cohorts.importScores': (input, ctx) => {
    const cohort = requireCohort(ctx, input.cohortId);
    const changed = writeMarks(ctx, cohort, parseEntries(ctx, input.entries), {
      reason: input.reason,
      source: 'import',
    });
    ctx.audit({ recordIds: [cohort.id], summary: `“${cohort.name}”从鉴定机构成绩表导入成绩 ${changed} 项` });
    return scoreGrid(ctx, cohort);
  },

  'cohorts.recordResit': (input, ctx) => {
    const cohortId = (
      ctx.sqlite
        .prepare('SELECT cohort_id AS id FROM enrollments WHERE id = ? AND deleted_at IS NULL')
        .get(input.enrollmentId) as { id: string } | undefined
    )?.id;
    if (!cohortId) throw new AppError('NOT_FOUND', '报名记录不存在或已退出');
    const cohort = requireCohort(ctx, cohortId);
    writeMarks(ctx, cohort, parseEntries(ctx, [input]), { reason: input.reason, source: 'grid', resit: true });
    return scoreGrid(ctx, cohort);
  },

  /** The second person's check: the router's maker-checker rule refuses whoever entered any of the pending marks. */
  'cohorts.confirmMarks': {
    makers: (input, ctx) => [
      ...new Set(pendingMarks(ctx, requireCohort(ctx, input.cohortId).id).map((s) => s.enteredById)),
    ],
    run: (input, ctx) => {
      const cohort = requireCohort(ctx, input.cohortId);
      const pending = pendingMarks(ctx, cohort.id);
      if (pending.length === 0) throw new AppError('CONFLICT', '没有待确认的成绩');
      const own = pending.filter((s) => s.enteredById === ctx.actor.id);
      const confirm = ctx.sqlite.prepare(
        'UPDATE score_sittings SET confirmed_by_id = ?, confirmed_by_name = ?, confirmed_at = ?, updated_at = ? WHERE id = ?',
      );
      for (const s of pending) confirm.run(ctx.actor.id, ctx.actor.name, ctx.now, ctx.now, s.id);
      ctx.audit({
        recordIds: [cohort.id],
        summary: `复核确认“${cohort.name}”成绩 ${pending.length} 项${own.length ? `（其中 ${own.length} 项为本人录入）` : ''}`,
      });
      return { confirmed: pending.length };
    },
  },

  'cohorts.markHistory': (input, ctx) => {
    const rows = ctx.sqlite
      .prepare(
        `SELECT part, attempt, score, code, source, entered_by_name AS enteredByName, created_at AS enteredAt, confirmed_by_name AS confirmedByName,
                change_reason AS changeReason, deleted_at AS deletedAt
           FROM score_sittings WHERE enrollment_id = ? ORDER BY part, attempt, created_at`,
      )
      .all(input.enrollmentId) as (Omit<MarkHistoryEntry, 'text' | 'replaced'> & {
      score: number | null;
      code: 'absent' | 'misconduct' | null;
      deletedAt: string | null;
    })[];
    return rows.map(({ score, code, deletedAt, ...row }) => ({
      ...row,
      text: formatMark(toMark({ score, code })),
      replaced: deletedAt !== null,
    }));
  },

  'cohorts.previewScoreImport': (input, ctx) =>
    previewScoreImport(
      ctx,
      requireCohort(ctx, input.cohortId),
      input.fileName,
      Buffer.from(input.fileBase64, 'base64'),
    ),
};

function pendingMarks(ctx: HandlerContext, cohortId: string) {
  return [...currentSittings(ctx, cohortId).values()]
    .flatMap((marks) => Object.values(marks))
    .filter((s) => s.confirmedById === null);
}

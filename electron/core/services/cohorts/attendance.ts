import type { AttendanceSession } from '@shared/contract/cohorts/enrollments';
import { AppError } from '@shared/errors';
import { stagesAllowing } from '@shared/domain/cohorts/lifecycle';
import type { HandlerContext } from '../../context';
import type { AreaHandlers } from '../../router';
import { addDays } from '@shared/domain/cohorts/schedule';
import { safeFileName } from '@shared/domain/file-names';
import { writeSignInSheetPdf } from '../../files/sign-in-sheet-pdf';
import { requireCohort, requireStage, type CohortRow } from './facts';
import { signInSheetData } from './sign-in-sheet';

type Handlers = Pick<
  AreaHandlers<'cohorts'>,
  | 'cohorts.sessions'
  | 'cohorts.addSession'
  | 'cohorts.addSessions'
  | 'cohorts.setExceptions'
  | 'cohorts.removeSession'
  | 'cohorts.signInSheet'
>;

const attendanceStages = stagesAllowing('attendance');

function sessions(ctx: HandlerContext, cohortId: string, sessionId?: string): AttendanceSession[] {
  const list = ctx.sqlite
    .prepare(
      `SELECT id, date, hours, topic FROM attendance_sessions WHERE cohort_id = ? AND deleted_at IS NULL ${sessionId ? 'AND id = ?' : ''}
        ORDER BY date, created_at`,
    )
    .all(...(sessionId ? [cohortId, sessionId] : [cohortId])) as Omit<AttendanceSession, 'exceptions'>[];
  const marks = ctx.sqlite
    .prepare(
      `SELECT m.session_id AS sessionId, m.enrollment_id AS enrollmentId, m.status FROM attendance_marks m
         JOIN attendance_sessions s ON s.id = m.session_id JOIN enrollments e ON e.id = m.enrollment_id
        WHERE s.cohort_id = ? AND e.deleted_at IS NULL`,
    )
    .all(cohortId) as { sessionId: string; enrollmentId: string; status: 'absent' | 'leave' }[];
  return list.map((s) => ({
    ...s,
    exceptions: marks.filter((m) => m.sessionId === s.id).map(({ enrollmentId, status }) => ({ enrollmentId, status })),
  }));
}

function requireSession(ctx: HandlerContext, id: string) {
  const row = ctx.sqlite
    .prepare('SELECT id, cohort_id AS cohortId, date FROM attendance_sessions WHERE id = ? AND deleted_at IS NULL')
    .get(id) as { id: string; cohortId: string; date: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', '课次不存在或已删除');
  const cohort = requireCohort(ctx, row.cohortId);
  requireStage(cohort, attendanceStages, '修改考勤');
  return { ...row, cohort };
}

/** Writes sessions everyone attended (exceptions are ticked afterwards); returns their ids. */
function insertSessions(
  ctx: HandlerContext,
  cohort: CohortRow,
  list: { date: string; hours: number; topic: string }[],
): string[] {
  requireStage(cohort, attendanceStages, '登记考勤');
  const insert = ctx.sqlite.prepare(
    'INSERT INTO attendance_sessions (id, created_at, updated_at, cohort_id, date, hours, topic) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  return list.map((session) => {
    const id = ctx.newId();
    insert.run(id, ctx.now, ctx.now, cohort.id, session.date, session.hours, session.topic);
    return id;
  });
}

export const attendanceHandlers: Handlers = {
  'cohorts.sessions': (input, ctx) => sessions(ctx, requireCohort(ctx, input.cohortId).id),

  'cohorts.addSession': (input, ctx) => {
    const cohort = requireCohort(ctx, input.cohortId);
    const [id] = insertSessions(ctx, cohort, [input]);
    ctx.audit({ recordIds: [id!], summary: `“${cohort.name}”新增课次 ${input.date} ${input.hours} 课时（全员出勤）` });
    return sessions(ctx, cohort.id, id)[0]!;
  },

  'cohorts.addSessions': (input, ctx) => {
    const cohort = requireCohort(ctx, input.cohortId);
    const ids = insertSessions(ctx, cohort, input.sessions);
    if (input.trainingWeekdays) {
      const weekdays = [...new Set(input.trainingWeekdays)].sort().join(',');
      ctx.sqlite
        .prepare('UPDATE cohorts SET training_weekdays = ?, updated_at = ? WHERE id = ?')
        .run(weekdays, ctx.now, cohort.id);
    }
    const dates = input.sessions.map((s) => s.date).sort();
    const hours = input.sessions.reduce((sum, s) => sum + s.hours, 0);
    ctx.audit({
      recordIds: [cohort.id, ...ids],
      summary: `“${cohort.name}”安排课次 ${ids.length} 次：${dates[0]} 至 ${dates.at(-1)}，共 ${hours} 课时（全员出勤）`,
    });
    const added = new Set(ids);
    return sessions(ctx, cohort.id).filter((s) => added.has(s.id));
  },

  'cohorts.signInSheet': async (input, ctx) => {
    const cohort = requireCohort(ctx, input.cohortId);
    if (input.to < input.from)
      throw new AppError('VALIDATION', '结束日期早于开始日期', {
        issues: [{ field: 'to', message: '结束日期早于开始日期' }],
      });
    // A sheet is printed for a day or a week; a month is the most anyone signs ahead.
    if (input.to > addDays(input.from, 61))
      throw new AppError('VALIDATION', '签到表一次最多打印两个月的课次', {
        issues: [{ field: 'to', message: '日期范围超过两个月' }],
      });
    const sheet = signInSheetData(ctx, cohort, input.from, input.to);
    const bytes = await writeSignInSheetPdf(sheet, ctx.resourcesFolder);
    ctx.audit({
      recordIds: [cohort.id],
      summary: `打印签到表：${cohort.name}，${input.from} 至 ${input.to}，${sheet.sessions.length} 次课，${sheet.trainees.length} 人`,
    });
    return {
      fileName: safeFileName(
        `${cohort.name}-签到表-${input.from}${input.to === input.from ? '' : `至${input.to}`}.pdf`,
      ),
      mimeType: 'application/pdf',
      base64: bytes.toString('base64'),
      sessions: sheet.sessions.length,
    };
  },

  'cohorts.setExceptions': (input, ctx) => {
    const session = requireSession(ctx, input.sessionId);
    const belongs = ctx.sqlite.prepare(
      'SELECT 1 FROM enrollments WHERE id = ? AND cohort_id = ? AND deleted_at IS NULL',
    );
    for (const e of input.exceptions) {
      if (!belongs.get(e.enrollmentId, session.cohortId))
        throw new AppError('VALIDATION', '缺勤名单中有不属于本班的学员');
    }
    ctx.sqlite.prepare('DELETE FROM attendance_marks WHERE session_id = ?').run(session.id);
    const insert = ctx.sqlite.prepare(
      'INSERT INTO attendance_marks (session_id, enrollment_id, status, updated_at) VALUES (?, ?, ?, ?)',
    );
    for (const e of input.exceptions) insert.run(session.id, e.enrollmentId, e.status, ctx.now);
    ctx.audit({
      recordIds: [session.id],
      summary: `“${session.cohort.name}”${session.date} 考勤：缺勤或请假 ${input.exceptions.length} 人`,
    });
    return sessions(ctx, session.cohortId, session.id)[0]!;
  },

  'cohorts.removeSession': (input, ctx) => {
    const session = requireSession(ctx, input.sessionId);
    ctx.sqlite
      .prepare('UPDATE attendance_sessions SET deleted_at = ?, updated_at = ? WHERE id = ?')
      .run(ctx.now, ctx.now, session.id);
    ctx.audit({ recordIds: [session.id], summary: `“${session.cohort.name}”删除课次 ${session.date}` });
    return null;
  },
};

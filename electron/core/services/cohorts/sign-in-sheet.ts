import { gradeLabel, type Grade } from '@shared/domain/grades';
import type { HandlerContext } from '../../context';
import type { CohortRow } from './facts';

export interface SignInSheet {
  title: string;
  subtitle: string;
  sessions: { date: string; hours: number; topic: string }[];
  trainees: { seq: number; name: string; enterprise: string }[];
}

/** What the paper sign-in sheet lists: the sessions of the days asked for and every trainee, in enrollment order. */
export function signInSheetData(ctx: HandlerContext, cohort: CohortRow, from: string, to: string): SignInSheet {
  const base =
    (
      ctx.sqlite.prepare('SELECT name FROM base_profile WHERE deleted_at IS NULL LIMIT 1').get() as
        { name: string } | undefined
    )?.name ?? '';
  const sessions = ctx.sqlite
    .prepare(
      'SELECT date, hours, topic FROM attendance_sessions WHERE cohort_id = ? AND deleted_at IS NULL AND date BETWEEN ? AND ? ORDER BY date, created_at',
    )
    .all(cohort.id, from, to) as SignInSheet['sessions'];
  const trainees = ctx.sqlite
    .prepare(
      `SELECT e.seq, t.name, coalesce(p.name, '') AS enterprise FROM enrollments e JOIN trainees t ON t.id = e.trainee_id
         LEFT JOIN enterprises p ON p.id = t.enterprise_id WHERE e.cohort_id = ? AND e.deleted_at IS NULL ORDER BY e.seq`,
    )
    .all(cohort.id) as SignInSheet['trainees'];
  return {
    title: `${base ? `${base}\u3000` : ''}培训签到表`,
    subtitle: [
      cohort.name,
      `${cohort.jobTypeName} ${gradeLabel(cohort.grade as Grade)}`,
      cohort.venue ? `地点：${cohort.venue}` : '',
      from === to ? from : `${from} 至 ${to}`,
    ]
      .filter(Boolean)
      .join('\u3000'),
    sessions,
    trainees,
  };
}

import type { DashboardSummary } from '@shared/contract/dashboard';
import { cohortStages, stageLabels } from '@shared/domain/cohorts/lifecycle';
import { enrollmentResults, satResults } from '@shared/domain/cohorts/marks';
import type { HandlerContext } from '../../context';
import type { AreaHandlers } from '../../router';
import { cohortsByStage } from '../cohorts/overview';

type Counts = Record<string, number>;

/**
 * Every figure is one indexed count (see the dashboard indexes of migrations 0011–0014 and the README
 * section 工作台): at 500,000 trainees and 2,000,000 enrollments none reads the table rows.
 */
function summary(ctx: HandlerContext): DashboardSummary {
  const year = Number(ctx.today.slice(0, 4));
  const yearStartDate = `${year}-01-01`;
  // created_at and result_published_at are UTC instants; the year starts at local midnight.
  const yearStartInstant = new Date(year, 0, 1).toISOString();
  const count = (sql: string, ...params: string[]) => ctx.sqlite.prepare(sql).pluck().get(...params) as number;
  const countsBy = (sql: string, ...params: string[]): Counts =>
    Object.fromEntries((ctx.sqlite.prepare(sql).raw().all(...params) as [string, number][]).map(([key, n]) => [key, n]));

  const stages = new Map(cohortsByStage(ctx).map((row) => [row.key, row.cohorts]));
  // One range count per result: a GROUP BY over the same range sorts every row (see enrollments_published).
  const publishedThisYear = ctx.sqlite.prepare(
    'SELECT count(*) FROM enrollments WHERE deleted_at IS NULL AND result = ? AND result_published_at >= ?',
  );
  const results: Counts = Object.fromEntries(
    enrollmentResults.map((result) => [result, publishedThisYear.pluck().get(result, yearStartInstant) as number]),
  );
  const sources = countsBy('SELECT source, count(*) FROM trainee_grades WHERE deleted_at IS NULL AND obtained_on >= ? GROUP BY source', yearStartDate);
  const sat = satResults.reduce((sum, result) => sum + results[result]!, 0);
  return {
    year,
    trainees: {
      total: count('SELECT count(*) FROM trainees WHERE deleted_at IS NULL'),
      registeredThisYear: count('SELECT count(*) FROM trainees WHERE deleted_at IS NULL AND created_at >= ?', yearStartInstant),
    },
    enterprises: count('SELECT count(*) FROM enterprises WHERE deleted_at IS NULL'),
    activeJobTypes: count('SELECT count(*) FROM job_types WHERE deleted_at IS NULL AND retired_at IS NULL'),
    cohortsByStage: cohortStages.map((stage) => ({ stage, label: stageLabels[stage], cohorts: stages.get(stage) ?? 0 })),
    appraisals: { sat, passed: results.pass!, absent: results.absent!, passRate: sat ? results.pass! / sat : null },
    promotions: { appraisal: sources.appraisal ?? 0, competition: sources.competition ?? 0, recognition: sources.recognition ?? 0 },
    certificatesIssued: count(
      "SELECT count(*) FROM certificates WHERE status = 'issued' AND deleted_at IS NULL AND issued_on >= ?",
      yearStartDate,
    ),
  };
}

export const dashboardHandlers: AreaHandlers<'dashboard'> = {
  'dashboard.summary': (_input, ctx) => summary(ctx),
};

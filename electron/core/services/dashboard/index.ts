import type { DashboardSummary } from '@shared/contract/dashboard';
import { cohortStages, stageLabels } from '@shared/domain/cohorts/lifecycle';
import { enrollmentResults, satResults } from '@shared/domain/cohorts/marks';
import type { HandlerContext } from '../../context';
import type { AreaHandlers } from '../../router';
import { countersOf } from './store';

/**
 * Every figure is a kept counter (dashboard_counters, maintained by triggers in each change's own
 * transaction): one read of a few dozen rows, the same at 500 trainees as at 500,000.
 */
function summary(ctx: HandlerContext): DashboardSummary {
  const year = Number(ctx.today.slice(0, 4));
  const counters = new Map(countersOf(ctx.sqlite, year).map((c) => [`${c.figure}:${c.part}`, c.value]));
  const counter = (figure: string, part = '') => counters.get(`${figure}:${part}`) ?? 0;
  const results = Object.fromEntries(enrollmentResults.map((result) => [result, counter('results', result)]));
  const sat = satResults.reduce((sum, result) => sum + results[result]!, 0);
  return {
    year,
    trainees: { total: counter('trainees'), registeredThisYear: counter('trainees.registered') },
    enterprises: counter('enterprises'),
    activeJobTypes: counter('jobTypes.active'),
    cohortsByStage: cohortStages.map((stage) => ({
      stage,
      label: stageLabels[stage],
      cohorts: counter('cohorts', stage),
    })),
    appraisals: { sat, passed: results.pass!, absent: results.absent!, passRate: sat ? results.pass! / sat : null },
    promotions: {
      appraisal: counter('grades', 'appraisal'),
      competition: counter('grades', 'competition'),
      recognition: counter('grades', 'recognition'),
    },
    certificatesIssued: counter('certificates'),
  };
}

export const dashboardHandlers: AreaHandlers<'dashboard'> = {
  'dashboard.summary': (_input, ctx) => summary(ctx),
};

import type { AreaHandlers } from '../../router';
import { exportReportTable, exportTrainingAppraisal } from './export';
import { recordsOf } from './store';
import { runReport, trainingAppraisal, trend } from './tables';

export const reportsHandlers: AreaHandlers<'reports'> = {
  'reports.run': (input, ctx) => runReport(ctx, input),
  'reports.trainingAppraisal': (input, ctx) => trainingAppraisal(ctx, input.period),
  // The pass rate opens to the sittings it divides.
  'reports.records': (input, ctx) =>
    recordsOf(
      ctx,
      input.measure === 'passRate' ? 'appraised' : input.measure,
      input.period,
      input.filters,
      input.limit,
    ),
  'reports.trend': (input, ctx) => trend(ctx, input.period),
  'reports.export': (input, ctx) =>
    input.report === 'trainingAppraisal'
      ? exportTrainingAppraisal(ctx, trainingAppraisal(ctx, input.period))
      : exportReportTable(ctx, runReport(ctx, input.choices)),
};

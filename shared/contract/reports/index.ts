import { z } from 'zod';
import {
  reportDimensions,
  reportMeasures,
  type ReportDimension,
  type ReportMeasure,
} from '../../domain/reports/measures';
import { periodProblem } from '../../domain/reports/period';
import { query } from '../infra/define';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
export const reportPeriod = z
  .object({ from: date, to: date })
  .strict()
  .superRefine((period, ctx) => {
    const problem = periodProblem(period);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['to'] });
  });
const dimension = z.enum(reportDimensions, '请选择分组方式');
const measure = z.enum(reportMeasures, '请选择统计指标');

export const reportChoices = z
  .object({ measure, period: reportPeriod, rows: dimension, columns: dimension.optional() })
  .strict()
  .refine((c) => c.rows !== c.columns, { message: '行和列不能按同一项分组', path: ['columns'] });
export type ReportChoices = z.input<typeof reportChoices>;

export interface ReportHeading {
  key: string;
  label: string;
}

/** A measure broken down by one or two dimensions: values[row][column]; a one-way report has one column, 合计. */
export interface ReportTable {
  measure: ReportMeasure;
  measureLabel: string;
  unit: string;
  periodLabel: string;
  note: string;
  rowDimension: ReportDimension;
  columnDimension: ReportDimension | null;
  rows: ReportHeading[];
  columns: ReportHeading[];
  values: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}

/** One line of 培训鉴定情况统计表: a job type at a grade. */
export interface TrainingAppraisalLine {
  jobTypeId: string;
  jobTypeName: string;
  grade: number;
  gradeLabel: string;
  cohorts: number;
  trainedTimes: number;
  appraised: number;
  passed: number;
  passRate: number | null;
  certified: number;
}

export interface TrainingAppraisalReport {
  periodLabel: string;
  lines: TrainingAppraisalLine[];
  totals: Omit<TrainingAppraisalLine, 'jobTypeId' | 'jobTypeName' | 'grade' | 'gradeLabel'>;
}

/** A record behind a figure: a trainee's enrollment, certificate or grade, or a cohort. */
export interface ReportRecord {
  id: string;
  /** The trainee's name, or the cohort's for 培训班数. */
  name: string;
  maskedIdNumber: string;
  jobTypeName: string;
  gradeLabel: string;
  cohortName: string;
  enterpriseName: string;
  date: string;
}

export interface TrendMonth {
  month: string;
  trainedTimes: number;
  passed: number;
  promoted: number;
}

const filter = z.object({ dimension, key: z.string().max(100) }).strict();
const xlsx = { extension: '.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

export const reportsContract = {
  'reports.run': query({ input: reportChoices, role: 'viewer', title: '生成统计报表' }).returns<ReportTable>(),
  'reports.trainingAppraisal': query({
    input: z.object({ period: reportPeriod }).strict(),
    role: 'viewer',
    title: '生成培训鉴定情况统计表',
  }).returns<TrainingAppraisalReport>(),
  'reports.records': query({
    input: z
      .object({
        measure,
        period: reportPeriod,
        filters: z.array(filter).max(2),
        limit: z.number().int().min(1).max(2000).default(500),
      })
      .strict(),
    role: 'viewer',
    title: '查看报表明细',
  }).returns<{ rows: ReportRecord[]; total: number }>(),
  'reports.trend': query({
    input: z.object({ period: reportPeriod }).strict(),
    role: 'viewer',
    title: '查看月度趋势',
  }).returns<TrendMonth[]>(),
  'reports.export': query({
    input: z.discriminatedUnion('report', [
      z.object({ report: z.literal('trainingAppraisal'), period: reportPeriod }).strict(),
      z.object({ report: z.literal('custom'), choices: reportChoices }).strict(),
    ]),
    role: 'viewer',
    title: '导出统计报表',
    job: { download: xlsx },
  }).returns<{ fileName: string; rows: number }>(),
};

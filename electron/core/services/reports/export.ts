import type { ReportTable, TrainingAppraisalLine, TrainingAppraisalReport } from '../../../../shared/contract/reports';
import { dimensionLabels } from '../../../../shared/domain/reports/measures';
import type { HandlerContext } from '../../context';
import { writeXlsxFile, type XlsxColumn } from '../../files/xlsx-writer';
import { readBaseProfile } from '../settings';

/** Every report ends as the union's forms do: who reports, who filled it in, and when. */
function footer(ctx: HandlerContext): string[] {
  return [
    `填报单位：${readBaseProfile(ctx).name || '（请在设置中填写基地名称）'}`,
    `填报人：${ctx.actor.name}`,
    `填报日期：${ctx.today}`,
  ];
}

const rate = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)}%`);

async function write<Row>(
  ctx: HandlerContext,
  sheet: { sheetName: string; title: string; subtitle: string; columns: XlsxColumn<Row>[]; rows: Row[] },
) {
  await writeXlsxFile(
    ctx.files.output!.path,
    { ...sheet, footer: footer(ctx), print: { orientation: 'landscape' } },
    () => ctx.job.checkCancelled(),
  );
  return { fileName: ctx.files.output!.name, rows: sheet.rows.length };
}

export function exportTrainingAppraisal(ctx: HandlerContext, report: TrainingAppraisalReport) {
  type Line = Omit<TrainingAppraisalLine, 'jobTypeId' | 'grade'>;
  const columns: XlsxColumn<Line>[] = [
    { header: '职业（工种）', width: 24, value: (r) => r.jobTypeName },
    { header: '等级', width: 14, value: (r) => r.gradeLabel },
    { header: '培训班数', width: 10, value: (r) => r.cohorts },
    { header: '培训人次', width: 10, value: (r) => r.trainedTimes },
    { header: '实考人次', width: 10, value: (r) => r.appraised },
    { header: '合格人次', width: 10, value: (r) => r.passed },
    { header: '合格率', width: 10, value: (r) => rate(r.passRate) },
    { header: '发证数', width: 10, value: (r) => r.certified },
  ];
  const rows: Line[] = [...report.lines, { jobTypeName: '合计', gradeLabel: '', ...report.totals }];
  return write(ctx, {
    sheetName: '培训鉴定情况统计表',
    title: '培训鉴定情况统计表',
    subtitle: `统计期间：${report.periodLabel}`,
    columns,
    rows,
  });
}

export function exportReportTable(ctx: HandlerContext, table: ReportTable) {
  type Line = { label: string; values: (number | null)[]; total: number | null };
  const format = (value: number | null) => (table.measure === 'passRate' ? rate(value) : value);
  const columns: XlsxColumn<Line>[] = [
    { header: dimensionLabels[table.rowDimension], width: 26, value: (r) => r.label },
    ...(table.columnDimension
      ? table.columns.map((c, i): XlsxColumn<Line> => ({
          header: c.label,
          width: 12,
          value: (r) => format(r.values[i] ?? null),
        }))
      : []),
    { header: '合计', width: 12, value: (r) => format(r.total) },
  ];
  const rows: Line[] = [
    ...table.rows.map((r, i) => ({ label: r.label, values: table.values[i]!, total: table.rowTotals[i]! })),
    { label: '合计', values: table.columnTotals, total: table.total },
  ];
  const by = table.columnDimension
    ? `${dimensionLabels[table.rowDimension]} × ${dimensionLabels[table.columnDimension]}`
    : dimensionLabels[table.rowDimension];
  return write(ctx, {
    sheetName: table.measureLabel,
    title: `${table.measureLabel}统计表（按${by}）`,
    subtitle: `统计期间：${table.periodLabel}，单位：${table.unit}，${table.note}`,
    columns,
    rows,
  });
}

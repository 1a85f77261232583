import type {
  ReportChoices,
  ReportHeading,
  ReportTable,
  TrainingAppraisalReport,
  TrendMonth,
} from '../../../../shared/contract/reports';
import { gradeLabel, isGrade } from '../../../../shared/domain/grades';
import {
  dimensionLabels,
  isAdditive,
  measureDimensions,
  measureInfo,
  passRate,
  promotionPathLabels,
  type ReportDimension,
  type ReportMeasure,
} from '../../../../shared/domain/reports/measures';
import { describePeriod, monthsOf, type Period } from '../../../../shared/domain/reports/period';
import { AppError } from '../../../../shared/errors';
import type { HandlerContext } from '../../context';
import { countBy, enterpriseNames, jobTypeNames, type Counted } from './store';

type Choices = Required<Pick<ReportChoices, 'measure' | 'period' | 'rows'>> & { columns?: ReportDimension };

/** Counts of a measure, or for the pass rate the passes and sittings it divides. */
function counts(
  ctx: HandlerContext,
  measure: ReportMeasure,
  period: Period,
  dimensions: ReportDimension[],
): { value: Counted[]; base?: Counted[] } {
  if (measure === 'passRate')
    return { value: countBy(ctx, 'passed', period, dimensions), base: countBy(ctx, 'appraised', period, dimensions) };
  return { value: countBy(ctx, measure, period, dimensions) };
}

function headings(ctx: HandlerContext, dimension: ReportDimension, keys: Set<string>, period: Period): ReportHeading[] {
  const list = dimension === 'month' ? [...new Set([...monthsOf(period), ...keys])] : [...keys];
  const jobTypes = dimension === 'jobType' ? jobTypeNames(ctx) : null;
  const enterprises = dimension === 'enterprise' ? enterpriseNames(ctx, list.filter(Boolean)) : null;
  const label = (key: string): string => {
    if (dimension === 'jobType') return jobTypes!.get(key) ?? '（已删除的工种）';
    if (dimension === 'grade') return isGrade(Number(key)) ? gradeLabel(Number(key) as never) : key;
    if (dimension === 'enterprise') return key ? (enterprises!.get(key) ?? '（已删除的企业）') : '未填工作单位';
    if (dimension === 'district') return key || '未填区县';
    if (dimension === 'path') return promotionPathLabels[key] ?? key;
    return key.replace('-', '年') + '月';
  };
  const sorted = list.map((key) => ({ key, label: label(key) }));
  // Grades from 五级 up, months in order, everything else by its name in pinyin order.
  if (dimension === 'grade') return sorted.sort((a, b) => Number(b.key) - Number(a.key));
  if (dimension === 'month') return sorted.sort((a, b) => a.key.localeCompare(b.key));
  return sorted.sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}

/** A measure over a period by one or two dimensions, with totals counted from the records (people are never summed). */
export function runReport(ctx: HandlerContext, choices: Choices): ReportTable {
  const { measure, period, rows: rowDimension, columns: columnDimension } = choices;
  const info = measureInfo[measure];
  for (const dimension of [rowDimension, columnDimension]) {
    if (dimension && !measureDimensions[measure].includes(dimension)) {
      throw new AppError('VALIDATION', `“${info.label}”不能按${dimensionLabels[dimension]}分组`, {
        issues: [{ field: dimension === rowDimension ? 'rows' : 'columns', message: '请换一种分组' }],
      });
    }
  }
  const dimensions = columnDimension ? [rowDimension, columnDimension] : [rowDimension];
  const cells = counts(ctx, measure, period, dimensions);
  const byRow = counts(ctx, measure, period, [rowDimension]);
  const byColumn = columnDimension ? counts(ctx, measure, period, [columnDimension]) : null;
  const overall = counts(ctx, measure, period, []);

  const rows = headings(
    ctx,
    rowDimension,
    new Set(cells.value.map((c) => c.keys[0]!).concat(cells.base?.map((c) => c.keys[0]!) ?? [])),
    period,
  );
  const columns = columnDimension
    ? headings(
        ctx,
        columnDimension,
        new Set(cells.value.map((c) => c.keys[1]!).concat(cells.base?.map((c) => c.keys[1]!) ?? [])),
        period,
      )
    : [{ key: '', label: '合计' }];
  const lookup = (set: { value: Counted[]; base?: Counted[] }) => {
    const value = new Map(set.value.map((c) => [c.keys.join('\t'), c.value]));
    const base = set.base && new Map(set.base.map((c) => [c.keys.join('\t'), c.value]));
    return (...keys: string[]): number | null => {
      const k = keys.join('\t');
      return base ? passRate(value.get(k) ?? 0, base.get(k) ?? 0) : (value.get(k) ?? 0);
    };
  };
  const cell = lookup(cells);
  const rowTotal = lookup(byRow);
  const columnTotal = byColumn ? lookup(byColumn) : null;
  const total = lookup(overall)();
  return {
    measure,
    measureLabel: info.label,
    unit: info.unit,
    periodLabel: describePeriod(period),
    note: `${info.label}：${info.counts}${isAdditive(measure) ? '' : '；合计按记录重新计算，不是各行相加'}`,
    rowDimension,
    columnDimension: columnDimension ?? null,
    rows,
    columns,
    values: rows.map((r) => columns.map((c) => (columnDimension ? cell(r.key, c.key) : cell(r.key)))),
    rowTotals: rows.map((r) => rowTotal(r.key)),
    columnTotals: columnTotal ? columns.map((c) => columnTotal(c.key)) : [total],
    total,
  };
}

/** 培训鉴定情况统计表: job type × grade, each figure counted from its own records. */
export function trainingAppraisal(ctx: HandlerContext, period: Period): TrainingAppraisalReport {
  const dims: ReportDimension[] = ['jobType', 'grade'];
  const figures = (['cohorts', 'trainedTimes', 'appraised', 'passed', 'certified'] as const).map(
    (m) => [m, new Map(countBy(ctx, m, period, dims).map((c) => [c.keys.join('\t'), c.value]))] as const,
  );
  const keys = new Set(figures.flatMap(([, map]) => [...map.keys()]));
  const names = jobTypeNames(ctx);
  const get = (m: (typeof figures)[number][0], key: string) => figures.find(([name]) => name === m)![1].get(key) ?? 0;
  const lines = [...keys]
    .map((key) => {
      const [jobTypeId, grade] = key.split('\t') as [string, string];
      const g = Number(grade);
      const appraised = get('appraised', key);
      const passed = get('passed', key);
      return {
        jobTypeId,
        jobTypeName: names.get(jobTypeId) ?? '（已删除的工种）',
        grade: g,
        gradeLabel: isGrade(g) ? gradeLabel(g) : grade,
        cohorts: get('cohorts', key),
        trainedTimes: get('trainedTimes', key),
        appraised,
        passed,
        passRate: passRate(passed, appraised),
        certified: get('certified', key),
      };
    })
    .sort((a, b) => a.jobTypeName.localeCompare(b.jobTypeName, 'zh-CN') || b.grade - a.grade);
  const sum = (field: 'cohorts' | 'trainedTimes' | 'appraised' | 'passed' | 'certified') =>
    lines.reduce((n, line) => n + line[field], 0);
  const totals = {
    cohorts: sum('cohorts'),
    trainedTimes: sum('trainedTimes'),
    appraised: sum('appraised'),
    passed: sum('passed'),
    certified: sum('certified'),
  };
  return {
    periodLabel: describePeriod(period),
    lines,
    totals: { ...totals, passRate: passRate(totals.passed, totals.appraised) },
  };
}

/** Trained, passed and promoted by month, every month of the period present (zero when nothing happened). */
export function trend(ctx: HandlerContext, period: Period): TrendMonth[] {
  const by = (m: 'trainedTimes' | 'passed' | 'promoted') =>
    new Map(countBy(ctx, m, period, ['month']).map((c) => [c.keys[0]!, c.value]));
  const [trained, passed, promoted] = [by('trainedTimes'), by('passed'), by('promoted')];
  return monthsOf(period).map((month) => ({
    month,
    trainedTimes: trained.get(month) ?? 0,
    passed: passed.get(month) ?? 0,
    promoted: promoted.get(month) ?? 0,
  }));
}

import { yearPeriod } from '../../shared/domain/reports/period';
import { openDatabase } from '../../electron/core/db/open-database';
import { call } from '../../electron/core/testing';
import { generateHistory } from './cohorts.bench';
import { benchCore, demoCopy, p50p95, percentile, sample, type BenchSection, type Figure } from './harness';

/**
 * Each ready-made report for a year at the demo scale with 2,000,000 enrollments, beside its bare
 * floor: the one GROUP BY the heaviest figure needs, on a bare connection, with nothing mapped.
 */
export const reportsBench: BenchSection = {
  name: '报表：一年的统计，2,000,000 条报名',
  async run(context) {
    const databasePath = demoCopy(context, 'reports.db');
    benchCore(databasePath).close();
    generateHistory(databasePath);
    const { sqlite } = openDatabase(databasePath);
    // The busiest year of the generated history.
    const year = Number(
      sqlite
        .prepare(
          'SELECT substr(result_published_at, 1, 4) FROM enrollments WHERE result_published_at IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1',
        )
        .pluck()
        .get() ?? new Date().getFullYear(),
    );
    const period = yearPeriod(year);
    const from = new Date(year, 0, 1).toISOString();
    const to = new Date(year + 1, 0, 1).toISOString();
    const bare = await sample(
      () =>
        sqlite
          .prepare(
            "SELECT job_type_id, grade, count(*) FROM enrollments WHERE result IN ('pass', 'fail', 'misconduct') AND result_published_at >= ? AND result_published_at < ? AND deleted_at IS NULL GROUP BY 1, 2",
          )
          .raw()
          .all(from, to),
      10,
      2,
    );
    sqlite.close();
    const core = benchCore(databasePath);
    const figures: Figure[] = [];
    const floor = percentile(bare, 50);
    const measure = async (figure: string, run: () => Promise<unknown>) => {
      const samples = await sample(run, 10, 2);
      figures.push({
        figure,
        value: p50p95(samples),
        note: `裸 SQL（实考按工种×等级）${p50p95(bare)} · 比值 ${(percentile(samples, 50) / floor).toFixed(1)}`,
      });
    };
    const appraisal = await call(core, 'reports.trainingAppraisal', { period });
    await measure(
      `培训鉴定情况统计表 ${year} 年（${appraisal.lines.length} 行，实考 ${appraisal.totals.appraised.toLocaleString('en-US')} 人次）`,
      () => call(core, 'reports.trainingAppraisal', { period }),
    );
    await measure(`实考人次 按区县 × 月份 ${year} 年（经学员、企业关联）`, () =>
      call(core, 'reports.run', { measure: 'appraised', period, rows: 'district', columns: 'month' }),
    );
    await measure(`培训人数 按工种 ${year} 年（去重）`, () =>
      call(core, 'reports.run', { measure: 'trainedPeople', period, rows: 'jobType' }),
    );
    await measure(`工作台月度趋势 ${year} 年`, () => call(core, 'reports.trend', { period }));
    core.close();
    return figures;
  },
};

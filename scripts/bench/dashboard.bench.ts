import { openDatabase } from '../../electron/core/db/open-database';
import { call } from '../../electron/core/testing';
import { generateHistory } from './cohorts.bench';
import { counterDifferences, countersOf } from '../../electron/core/services/dashboard/store';
import { benchCore, demoCopy, ms, p50p95, percentile, sample, timed, type BenchSection, type Figure } from './harness';

const certificateRows = 336_000;

/**
 * Spreads the history over seven years as a city's would sit: results published when each cohort
 * ended (start date + 2 months, so the newest cohorts fall in this year) and 336,000 certificates
 * (the city's figure) issued over the same years.
 */
function spreadOverYears(databasePath: string): void {
  const { sqlite } = openDatabase(databasePath);
  const thisYear = new Date().getFullYear();
  sqlite.transaction(() => {
    sqlite.exec(`UPDATE enrollments SET result_published_at =
        (SELECT date(start_date, '+2 months', '+${thisYear - 2025} years') FROM cohorts WHERE cohorts.id = cohort_id) || 'T08:00:00.000Z'
      WHERE result_published_at IS NOT NULL`);
    const traineeIds = sqlite.prepare('SELECT id FROM trainees LIMIT ?').pluck().all(certificateRows) as string[];
    const insert = sqlite.prepare(
      `INSERT INTO certificates (id, created_at, updated_at, number, kind, trainee_id, layout, printed_values, verify_code, issued_on, number_source, status)
       VALUES (?, ?, ?, ?, 'completion', ?, '{}', '{}', '', ?, 'allocated', ?)`,
    );
    const now = new Date().toISOString();
    traineeIds.forEach((traineeId, i) => {
      const issuedOn = `${thisYear - (i % 7)}-${String((i % 12) + 1).padStart(2, '0')}-15`;
      insert.run(
        `019b0002-0000-7000-8000-${String(i).padStart(12, '0')}`,
        now,
        now,
        `BENCH-${i}`,
        traineeId,
        issuedOn,
        i % 50 === 0 ? 'voided' : 'issued',
      );
    });
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
}

export const dashboardBench: BenchSection = {
  name: '工作台：演示学员与 2,000,000 条报名上的统计',
  async run(context) {
    const databasePath = demoCopy(context, 'dashboard.db');
    // Opened once first so that the catalog is seeded and the migrations are applied.
    benchCore(databasePath).close();
    generateHistory(databasePath);
    const figures: Figure[] = [];
    const measure = async (figure: string) => {
      const core = benchCore(databasePath);
      const summary = await call(core, 'dashboard.summary', {});
      const samples = await sample(() => call(core, 'dashboard.summary', {}), 30, 3);
      core.close();
      // The floor: the same read of the kept counters on a bare connection.
      const { sqlite } = openDatabase(databasePath);
      const bare = await sample(() => countersOf(sqlite, summary.year), 30, 3);
      const [differences, recountMs] = await timed(async () => counterDifferences(sqlite));
      sqlite.close();
      const note = `裸读计数 ${p50p95(bare)} · 比值 ${(percentile(samples, 50) / percentile(bare, 50)).toFixed(1)} · 本年：鉴定 ${summary.appraisals.sat.toLocaleString('en-US')} 人次，证书 ${summary.certificatesIssued.toLocaleString('en-US')} 张`;
      figures.push(
        { figure, value: p50p95(samples), note },
        {
          figure: '计数核对：从各表重新计数并比较（检查，不在工作台路径上）',
          value: ms(recountMs),
          note: `不一致 ${differences.length} 项`,
        },
      );
    };
    await measure('dashboard.summary，最坏情况：全部 1,976,000 条成绩都在本年公布');
    spreadOverYears(databasePath);
    await measure('dashboard.summary，成绩与 336,000 张证书分布在 7 年');
    return figures;
  },
};

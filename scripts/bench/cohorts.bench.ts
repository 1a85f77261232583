import { statSync } from 'node:fs';
import type { Actor } from '@shared/contract/infra/roles';
import { cohortStages } from '@shared/domain/cohorts/lifecycle';
import { openDatabase } from '../../electron/core/db/open-database';
import { benchCore, demoCopy, ms, p50p95, perSecond, sample, timed, type BenchSection, type Figure } from './harness';
import { call } from '../../electron/core/testing';

const enrollmentRows = 2_000_000;
const perCohort = 40;
const reviewer: Actor = { id: 'bench-reviewer', name: '复核员', role: 'clerk' };

/**
 * 2,000,000 enrollments in 50,000 cohorts over the demo trainees, written with raw statements in
 * one transaction, the way a city's worth of history would sit in one base's database.
 */
export function generateHistory(databasePath: string): { seconds: number; cohorts: number } {
  const { sqlite } = openDatabase(databasePath);
  const started = performance.now();
  const jobTypes = sqlite.prepare('SELECT job_type_id AS id, grade FROM job_type_grades').all() as {
    id: string;
    grade: number;
  }[];
  const traineeIds = sqlite.prepare('SELECT id FROM trainees').pluck().all() as string[];
  const cohortCount = enrollmentRows / perCohort;
  const now = new Date().toISOString();
  const insertCohort = sqlite.prepare(
    `INSERT INTO cohorts (id, created_at, updated_at, name, term, job_type_id, grade, stage, start_date, required_hours, capacity, enrolled_count, passed_count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 80, 60, ?, ?)`,
  );
  const insertEnrollment = sqlite.prepare(
    `INSERT INTO enrollments (id, created_at, updated_at, cohort_id, trainee_id, job_type_id, grade, seq, eligibility, eligibility_reason, appraisal_kind, result, result_published_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'eligible', '', 'initial', ?, ?)`,
  );
  const results = ['pass', 'pass', 'pass', 'fail', 'absent'];
  sqlite.transaction(() => {
    let t = 0;
    for (let c = 0; c < cohortCount; c++) {
      const cohortId = `019b0000-0000-7000-8000-${String(c).padStart(12, '0')}`;
      const { id: jobTypeId, grade } = jobTypes[c % jobTypes.length]!;
      // Most history is closed; the last few hundred cohorts are still running.
      const stage = c < cohortCount - 600 ? (c % 7 === 0 ? 'appraised' : 'closed') : cohortStages[c % 4]!;
      const year = 2019 + Math.floor((c / cohortCount) * 7);
      const month = String((c % 12) + 1).padStart(2, '0');
      const published = stage === 'appraised' || stage === 'closed';
      let passed = 0;
      for (let s = 0; s < perCohort; s++) if (published && results[(c + s) % results.length] === 'pass') passed++;
      insertCohort.run(
        cohortId,
        now,
        now,
        `${year}年第${(c % 12) + 1}期`,
        `${year}年第${(c % 12) + 1}期`,
        jobTypeId,
        grade,
        stage,
        `${year}-${month}-10`,
        perCohort,
        passed,
      );
      for (let s = 0; s < perCohort; s++) {
        const traineeId = traineeIds[t++ % traineeIds.length]!;
        insertEnrollment.run(
          `019b0001-0000-7000-8000-${String(c * perCohort + s).padStart(12, '0')}`,
          now,
          now,
          cohortId,
          traineeId,
          jobTypeId,
          grade,
          s + 1,
          published ? results[(c + s) % results.length]! : null,
          published ? now : null,
        );
      }
    }
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  return { seconds: (performance.now() - started) / 1000, cohorts: cohortCount };
}

export const cohortsBench: BenchSection = {
  name: '培训班：2,000 人的班（报名、成绩、花名册）与 2,000,000 条报名的总览',
  async run(context) {
    const databasePath = demoCopy(context, 'cohorts.db');
    // Opened once first so that the catalog is seeded and the migrations are applied.
    benchCore(databasePath).close();
    const history = generateHistory(databasePath);
    const bench = benchCore(databasePath);
    const figures: Figure[] = [
      {
        figure: `生成 ${enrollmentRows.toLocaleString('en-US')} 条报名（${history.cohorts.toLocaleString('en-US')} 个班）`,
        value: `${history.seconds.toFixed(1)} s`,
        note: perSecond(enrollmentRows, history.seconds * 1000),
      },
    ];

    const overview = await sample(() => call(bench, 'cohorts.overview', {}), 10, 2);
    figures.push({
      figure: '基地总览（按阶段、工种、月份），200 万条报名',
      value: p50p95(overview),
      note: '班级计数列 + 覆盖索引 cohorts_overview，三个 GROUP BY',
    });
    const list = await sample(() => call(bench, 'cohorts.list', { q: '' }), 20, 3);
    figures.push({ figure: '培训班列表（前 500 个，含报名/合格人数）', value: p50p95(list) });

    // The 2,000-trainee cohort, on top of that history.
    const { sqlite } = openDatabase(databasePath);
    const jobType = sqlite.prepare("SELECT id FROM job_types WHERE code = '6-31-01-03'").get() as { id: string };
    const traineeIds = sqlite.prepare('SELECT id FROM trainees ORDER BY id DESC LIMIT 2000').pluck().all() as string[];
    sqlite.close();
    const cohort = await call(bench, 'cohorts.create', {
      name: '基准 2000 人班',
      jobTypeId: jobType.id,
      grade: 5,
      capacity: 2000,
      requiredHours: 8,
      startDate: '2026-06-01',
    });
    await call(bench, 'cohorts.moveStage', { id: cohort.id, to: 'enrolling' });
    const [checks, checkMs] = await timed(() =>
      call(bench, 'cohorts.checkEnrollment', { cohortId: cohort.id, traineeIds }),
    );
    const ineligible = checks.filter((c) => !c.eligible);
    figures.push({
      figure: '报名资格审核 2,000 人（资格引擎 + 冲突检查）',
      value: ms(checkMs),
      note: `${ineligible.length} 人不符合，需破格`,
    });
    const overrides = ineligible.map((c) => ({ traineeId: c.traineeId, reason: '基准测试破格' }));
    const [enrolled, enrollMs] = await timed(() =>
      call(bench, 'cohorts.enroll', { cohortId: cohort.id, traineeIds, overrides }),
    );
    figures.push({
      figure: '报名 2,000 人（审核 + 写入 + 审计，一个事务）',
      value: ms(enrollMs),
      note: `已报名 ${enrolled.enrolled} 人`,
    });

    await call(bench, 'cohorts.moveStage', { id: cohort.id, to: 'training' });
    await call(bench, 'cohorts.addSession', { cohortId: cohort.id, date: '2026-06-02', hours: 8 });
    await call(bench, 'cohorts.moveStage', { id: cohort.id, to: 'awaiting' });
    const grid = await call(bench, 'cohorts.scoreGrid', { cohortId: cohort.id });
    const entries = grid.rows.flatMap((r, i) => [
      { enrollmentId: r.enrollmentId, part: 'theory' as const, text: i % 50 === 0 ? '缺考' : String(40 + (i % 60)) },
      { enrollmentId: r.enrollmentId, part: 'practical' as const, text: String(50 + (i % 50)) },
    ]);
    const [, saveMs] = await timed(() => call(bench, 'cohorts.saveMarks', { cohortId: cohort.id, entries }));
    figures.push({
      figure: '录入成绩 4,000 项（理论 + 实操，含结果推导）',
      value: ms(saveMs),
      note: perSecond(entries.length, saveMs),
    });
    const [, confirmMs] = await timed(() => call(bench, 'cohorts.confirmMarks', { cohortId: cohort.id }, reviewer));
    figures.push({ figure: '复核确认 4,000 项', value: ms(confirmMs) });
    const gridTimes = await sample(() => call(bench, 'cohorts.scoreGrid', { cohortId: cohort.id }), 10, 2);
    figures.push({ figure: '成绩表读取（2,000 行）', value: p50p95(gridTimes) });
    const getTimes = await sample(() => call(bench, 'cohorts.get', { id: cohort.id }), 10, 2);
    figures.push({ figure: '培训班概况（人数、课时、实考、合格率）', value: p50p95(getTimes) });
    const [, moveMs] = await timed(() => call(bench, 'cohorts.moveStage', { id: cohort.id, to: 'appraised' }));
    figures.push({ figure: '转到“已鉴定”（检查 + 发布 2,000 条结果）', value: ms(moveMs) });

    const [xlsx, xlsxMs] = await timed(() =>
      call(bench, 'cohorts.exportRoster', { cohortId: cohort.id, kind: 'results', orderBy: 'idNumber' }),
    );
    figures.push({
      figure: '导出成绩花名册 .xlsx（2,000 行）',
      value: ms(xlsxMs),
      note: `${Math.round((xlsx.base64.length * 3) / 4 / 1024)} KB`,
    });
    const [pdf, pdfMs] = await timed(() =>
      call(bench, 'cohorts.exportRosterPdf', { cohortId: cohort.id, kind: 'results', orderBy: 'idNumber' }),
    );
    figures.push({
      figure: '导出花名册 PDF（2,000 行）',
      value: ms(pdfMs),
      note: `${Math.round((pdf.base64.length * 3) / 4 / 1024)} KB`,
    });
    const overviewAfter = await sample(() => call(bench, 'cohorts.overview', {}), 10, 2);
    figures.push({ figure: '基地总览（加上这个班之后）', value: p50p95(overviewAfter) });
    const [backup, backupMs] = await timed(() => call(bench, 'system.backup', {}));
    figures.push({
      figure: '备份整个数据库（在线备份 + quick_check 校验）',
      value: ms(backupMs),
      note: `${Math.round(backup.bytes / 1024 / 1024)} MB`,
    });
    bench.close();
    figures.push({ figure: '数据库文件大小', value: `${Math.round(statSync(databasePath).size / 1024 / 1024)} MB` });
    return figures;
  },
};

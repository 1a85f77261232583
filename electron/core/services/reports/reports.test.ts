import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterPeriod } from '../../../../shared/domain/reports/period';
import { call, createTestCore, type TestCore } from '../../testing';

let core: TestCore;
const q2 = quarterPeriod(2026, 2);
const now = '2026-01-01T00:00:00.000Z';

/**
 * A hand-built base: two job types, three cohorts (two ending in the second quarter, one after),
 * trainees at two enterprises in two districts, results published in and out of the quarter.
 * Every expected figure below is counted from this description, not from the code.
 */
beforeAll(async () => {
  core = createTestCore();
  await call(core, 'system.info', {});
  const db = new Database(core.databasePath);
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  run(
    "INSERT INTO job_types (id, created_at, updated_at, code, name) VALUES ('jt-a', ?, ?, 'T-A', '电工'), ('jt-b', ?, ?, 'T-B', '焊工')",
    now,
    now,
    now,
    now,
  );
  run(
    "INSERT INTO enterprises (id, created_at, updated_at, name, district) VALUES ('e1', ?, ?, '恒兴机械', '晋江市'), ('e2', ?, ?, '闽南石材', '南安市')",
    now,
    now,
    now,
    now,
  );
  const cohort = (id: string, jobType: string, grade: number, end: string) =>
    run(
      `INSERT INTO cohorts (id, created_at, updated_at, name, job_type_id, grade, stage, start_date, end_date, required_hours, capacity) VALUES (?, ?, ?, ?, ?, ?, 'appraised', '2026-01-05', ?, 80, 100)`,
      id,
      now,
      now,
      `班${id}`,
      jobType,
      grade,
      end,
    );
  cohort('c1', 'jt-a', 4, '2026-04-30'); // in Q2
  cohort('c2', 'jt-b', 3, '2026-06-30'); // in Q2
  cohort('c3', 'jt-a', 4, '2026-07-15'); // after Q2
  const trainee = (id: string, enterprise: string) =>
    run(
      `INSERT INTO trainees (id, created_at, updated_at, name, name_pinyin, name_initials, id_number, sex, birth_date, enterprise_id) VALUES (?, ?, ?, ?, ?, '', ?, 'male', '1990-01-01', ?)`,
      id,
      now,
      now,
      `学员${id}`,
      id,
      `35058219900101${id.padStart(4, '0')}`,
      enterprise,
    );
  for (let i = 1; i <= 6; i++) trainee(String(i), i <= 4 ? 'e1' : 'e2');
  let seq = 0;
  const enroll = (
    id: string,
    cohortId: string,
    traineeId: string,
    jobType: string,
    grade: number,
    result: string | null,
    publishedAt: string | null,
  ) =>
    run(
      `INSERT INTO enrollments (id, created_at, updated_at, cohort_id, trainee_id, job_type_id, grade, seq, eligibility, appraisal_kind, result, result_published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'eligible', 'initial', ?, ?)`,
      id,
      now,
      now,
      cohortId,
      traineeId,
      jobType,
      grade,
      ++seq,
      result,
      publishedAt,
    );
  // c1 (电工 四级, Q2): trainees 1–4 of 恒兴 (晋江): 3 pass, 1 absent, published 2026-05-10.
  enroll('n1', 'c1', '1', 'jt-a', 4, 'pass', '2026-05-10T02:00:00.000Z');
  enroll('n2', 'c1', '2', 'jt-a', 4, 'pass', '2026-05-10T02:00:00.000Z');
  enroll('n3', 'c1', '3', 'jt-a', 4, 'pass', '2026-05-10T02:00:00.000Z');
  enroll('n4', 'c1', '4', 'jt-a', 4, 'absent', '2026-05-10T02:00:00.000Z');
  // c2 (焊工 三级, Q2): trainees 5, 6 of 闽南 (南安) and trainee 1 again: 1 pass, 1 fail, 1 misconduct, published 2026-06-20.
  enroll('n5', 'c2', '5', 'jt-b', 3, 'pass', '2026-06-20T02:00:00.000Z');
  enroll('n6', 'c2', '6', 'jt-b', 3, 'fail', '2026-06-20T02:00:00.000Z');
  enroll('n7', 'c2', '1', 'jt-b', 3, 'misconduct', '2026-06-20T02:00:00.000Z');
  // c3 (电工 四级, July): trainee 5 passes in July: outside Q2.
  enroll('n8', 'c3', '5', 'jt-a', 4, 'pass', '2026-07-20T02:00:00.000Z');
  const certificate = (
    id: string,
    enrollment: string,
    traineeId: string,
    cohortId: string,
    issuedOn: string,
    status: string,
    kind = 'skill',
  ) =>
    run(
      `INSERT INTO certificates (id, created_at, updated_at, number, kind, trainee_id, enrollment_id, cohort_id, layout, printed_values, verify_code, issued_on, number_source, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}', '{}', '', ?, 'allocated', ?)`,
      id,
      now,
      now,
      `N-${id}`,
      kind,
      traineeId,
      enrollment,
      cohortId,
      issuedOn,
      status,
    );
  certificate('z1', 'n1', '1', 'c1', '2026-05-15', 'issued');
  certificate('z2', 'n2', '2', 'c1', '2026-05-15', 'issued');
  certificate('z3', 'n3', '3', 'c1', '2026-05-15', 'voided'); // voided: not counted
  certificate('z4', 'n3', '3', 'c1', '2026-05-15', 'issued', 'completion'); // completion: not a skill certificate
  certificate('z5', 'n5', '5', 'c2', '2026-07-01', 'issued'); // July: outside Q2
  const grade = (id: string, traineeId: string, jobType: string, g: number, on: string, source: string) =>
    run(
      `INSERT INTO trainee_grades (id, created_at, updated_at, trainee_id, job_type_id, grade, obtained_on, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      id,
      now,
      now,
      traineeId,
      jobType,
      g,
      on,
      source,
    );
  grade('g1', '1', 'jt-a', 4, '2026-05-10', 'appraisal');
  grade('g2', '2', 'jt-a', 4, '2026-05-10', 'appraisal');
  grade('g3', '6', 'jt-b', 3, '2026-04-02', 'competition');
  grade('g4', '4', 'jt-a', 5, '2026-04-03', 'record'); // registration of an old certificate: not a promotion
  grade('g5', '5', 'jt-a', 4, '2026-07-20', 'appraisal'); // outside Q2
  db.close();
});
afterAll(() => core.dispose());

describe('培训鉴定情况统计表', () => {
  it('counts each figure of a quarter by job type and grade', async () => {
    const report = await call(core, 'reports.trainingAppraisal', { period: q2 });
    expect(report.periodLabel).toBe('2026年第二季度');
    expect(
      report.lines.map((l) => [
        l.jobTypeName,
        l.gradeLabel,
        l.cohorts,
        l.trainedTimes,
        l.appraised,
        l.passed,
        l.passRate,
        l.certified,
      ]),
    ).toEqual([
      ['电工', '四级/中级工', 1, 4, 3, 3, 100, 2],
      ['焊工', '三级/高级工', 1, 3, 3, 1, 33.3, 0],
    ]);
    expect(report.totals).toEqual({
      cohorts: 2,
      trainedTimes: 7,
      appraised: 6,
      passed: 4,
      passRate: 66.7,
      certified: 2,
    });
  });
});

describe('a chosen measure by one or two breakdowns', () => {
  it('counts people once across job types in the total, not summed', async () => {
    const table = await call(core, 'reports.run', { measure: 'trainedPeople', period: q2, rows: 'jobType' });
    expect(table.rows.map((r) => r.label)).toEqual(['电工', '焊工']);
    expect(table.values).toEqual([[4], [3]]);
    expect(table.total).toBe(6);
  });

  it('crosses district by month, with every month of the period', async () => {
    const table = await call(core, 'reports.run', {
      measure: 'appraised',
      period: q2,
      rows: 'district',
      columns: 'month',
    });
    expect(table.rows.map((r) => r.label)).toEqual(['晋江市', '南安市']);
    expect(table.columns.map((c) => c.label)).toEqual(['2026年04月', '2026年05月', '2026年06月']);
    // 晋江: 3 sat in May (trainee 1–3; 4 was absent) + trainee 1 in 焊工 in June; 南安: 5 and 6 in June.
    expect(table.values).toEqual([
      [0, 3, 1],
      [0, 0, 2],
    ]);
    expect(table.columnTotals).toEqual([0, 3, 3]);
    expect(table.total).toBe(6);
  });

  it('gives promotions by path, without registered old certificates', async () => {
    const table = await call(core, 'reports.run', { measure: 'promoted', period: q2, rows: 'path' });
    expect(table.rows.map((r, i) => [r.label, table.values[i]![0]])).toEqual([
      ['竞赛晋级', 1],
      ['考核晋级', 2],
    ]);
  });

  it('refuses a breakdown the measure does not have', async () => {
    const result = await core.dispatch('reports.run', { measure: 'cohorts', period: q2, rows: 'enterprise' });
    expect(!result.ok && result.error.message).toContain('“培训班数”不能按企业分组');
    const backwards = await core.dispatch('reports.run', {
      measure: 'passed',
      period: { from: '2026-06-30', to: '2026-04-01' },
      rows: 'jobType',
    });
    expect(!backwards.ok && backwards.error.message).toContain('晚于结束日期');
  });
});

describe('records behind a figure', () => {
  it('opens a cell to exactly the records it counts, masked', async () => {
    const records = await call(core, 'reports.records', {
      measure: 'passed',
      period: q2,
      filters: [
        { dimension: 'jobType', key: 'jt-a' },
        { dimension: 'grade', key: '4' },
      ],
    });
    expect(records.total).toBe(3);
    expect(records.rows.map((r) => r.name)).toEqual(['学员1', '学员2', '学员3']);
    expect(records.rows[0]).toMatchObject({
      jobTypeName: '电工',
      cohortName: '班c1',
      enterpriseName: '恒兴机械',
      maskedIdNumber: '350582********0001',
      date: '2026-05-10',
    });
    const cohorts = await call(core, 'reports.records', { measure: 'cohorts', period: q2, filters: [] });
    expect(cohorts.rows.map((r) => r.name)).toEqual(['班c1', '班c2']);
  });
});

describe('trend', () => {
  it('gives every month of the year, zero where nothing happened', async () => {
    const months = await call(core, 'reports.trend', { period: { from: '2026-01-01', to: '2026-12-31' } });
    expect(months).toHaveLength(12);
    expect(months.filter((m) => m.trainedTimes || m.passed || m.promoted)).toEqual([
      { month: '2026-04', trainedTimes: 4, passed: 0, promoted: 1 },
      { month: '2026-05', trainedTimes: 0, passed: 3, promoted: 2 },
      { month: '2026-06', trainedTimes: 3, passed: 1, promoted: 0 },
      { month: '2026-07', trainedTimes: 1, passed: 1, promoted: 1 },
    ]);
  });
});

describe('workbook', () => {
  it('ends with 填报单位, 填报人 and 日期 and prints on A4 fitted to width', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const { join } = await import('node:path');
    await call(core, 'settings.updateBaseProfile', {
      name: '泉州市机械行业产业工人技能实训基地',
      orgCode: '',
      address: '',
      certificateIssuer: '',
      contactPhone: '',
    });
    const outputPath = join(core.folder, '培训鉴定情况统计表.xlsx');
    await call(core, 'reports.export', { report: 'trainingAppraisal', period: q2 }, undefined, { outputPath });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(outputPath);
    const sheet = workbook.worksheets[0]!;
    const text = (row: number) =>
      Array.from(sheet.getRow(row).values as unknown[])
        .slice(1)
        .map((v) => (v == null ? '' : String(v)));
    expect(text(1)).toEqual(['培训鉴定情况统计表']);
    expect(text(2)).toEqual(['统计期间：2026年第二季度']);
    expect(text(3)).toEqual([
      '职业（工种）',
      '等级',
      '培训班数',
      '培训人次',
      '实考人次',
      '合格人次',
      '合格率',
      '发证数',
    ]);
    expect(text(6)).toEqual(['合计', '', '2', '7', '6', '4', '66.7%', '2']);
    expect(text(8)).toEqual(['填报单位：泉州市机械行业产业工人技能实训基地']);
    expect(text(9)[0]).toMatch(/^填报人：/);
    expect(text(10)[0]).toMatch(/^填报日期：\d{4}-\d{2}-\d{2}$/);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:3' });
  });
});

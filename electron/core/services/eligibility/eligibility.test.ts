import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '../../../../shared/domain/resident-id';
import { call, createTestCore, type TestCore } from '../../testing';

let core: TestCore;
afterEach(() => core.dispose());

// The clock is fixed so that "today" in every line below is 2026-06-15.
const clock = { now: () => new Date('2026-06-15T04:00:00Z') };

function idNumber(serial: number): string {
  const first17 = `35058219900101${String(serial).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

async function setup() {
  core = createTestCore({ clock });
  const jobTypes = await call(core, 'jobTypes.list', {});
  const byName = (name: string) => jobTypes.find((j) => j.name === name)!.id;
  const trainee = async (name: string, serial: number, workStartDate: string | null) =>
    (await call(core, 'trainees.create', { name, idNumber: idNumber(serial), phone: '', education: '', enterpriseId: null, jobTitle: '', workStartDate })).id;
  return { electrician: byName('电工'), welder: byName('焊工'), labour: byName('劳动关系协调师'), hr: byName('企业人力资源管理师'), trainee };
}

describe('eligibility on the trainee page', () => {
  it('shows the grade held and the next grade, eligible or with its date', async () => {
    const { electrician, welder, trainee } = await setup();
    const id = await trainee('王小明', 1, '2015-03-01');
    await call(core, 'eligibility.addHeldGrade', { traineeId: id, jobTypeId: electrician, grade: 4, obtainedOn: '2020-05-10', certificateNo: 'S000001', source: 'record' });
    await call(core, 'eligibility.addHeldGrade', { traineeId: id, jobTypeId: welder, grade: 5, obtainedOn: '2025-03-01', source: 'appraisal' });
    const view = await call(core, 'eligibility.forTrainee', { traineeId: id });
    expect(view.today).toBe('2026-06-15');
    const lines = Object.fromEntries(view.lines.map((l) => [l.jobTypeName, [l.currentGrade, l.next?.line]]));
    expect(lines).toEqual({
      电工: [4, '可申报 三级/高级工（取得四级证书后满5年）'],
      // 焊工 四级: A4-2 (6 years of work since 2015) is met already.
      焊工: [5, '可申报 四级/中级工（累计从事本职业或相关职业工作满6年）'],
    });
    expect(view.history.map((h) => [h.jobTypeName, h.grade, h.certificateNo])).toEqual([
      ['焊工', 5, ''],
      ['电工', 4, 'S000001'],
    ]);
  });

  it('gives the date and the wait when not yet eligible, and cannot decide without a work start', async () => {
    const { electrician, trainee } = await setup();
    const id = await trainee('李华', 2, '2024-02-01');
    await call(core, 'eligibility.addHeldGrade', { traineeId: id, jobTypeId: electrician, grade: 4, obtainedOn: '2022-02-15' });
    const [line] = (await call(core, 'eligibility.forTrainee', { traineeId: id })).lines;
    expect(line!.next!.line).toBe('2027-02-15 起可申报 三级/高级工（取得四级证书后满5年，还差 8 个月）');

    const undated = await trainee('赵敏', 3, null);
    const view = await call(core, 'eligibility.forTrainee', { traineeId: undated, extraJobTypeIds: [electrician] });
    expect(view.lines[0]).toMatchObject({ currentGrade: null, next: { line: '无法判断能否申报 五级/初级工：缺少参加工作时间' } });
  });

  it('counts a grade in a related occupation the job type names', async () => {
    const { labour, hr, trainee } = await setup();
    const id = await trainee('陈静', 4, '2025-01-01');
    await call(core, 'eligibility.addHeldGrade', { traineeId: id, jobTypeId: hr, grade: 4, obtainedOn: '2021-01-01' });
    const view = await call(core, 'eligibility.forTrainee', { traineeId: id, extraJobTypeIds: [labour] });
    // 劳动关系协调师 names 企业人力资源管理师: its 四级 of 2021 opens 三级 here, with no grade held here yet.
    expect(view.lines.find((l) => l.jobTypeId === labour)).toMatchObject({ currentGrade: null, next: { line: '可申报 三级/高级工（取得四级证书后满5年）' } });
  });

  it('refuses a certificate dated in the future, and removes a mistyped one', async () => {
    const { electrician, trainee } = await setup();
    const id = await trainee('周杰', 5, '2020-01-01');
    const future = await core.dispatch('eligibility.addHeldGrade', { traineeId: id, jobTypeId: electrician, grade: 5, obtainedOn: '2026-07-01' });
    expect(future).toMatchObject({ ok: false, error: { message: '取证日期不能晚于今天' } });
    const row = await call(core, 'eligibility.addHeldGrade', { traineeId: id, jobTypeId: electrician, grade: 5, obtainedOn: '2026-06-01' });
    await call(core, 'eligibility.removeHeldGrade', { id: row.id });
    expect((await call(core, 'eligibility.forTrainee', { traineeId: id })).history).toEqual([]);
  });
});

describe('who is eligible', () => {
  it('lists the trainees eligible now or within N months, sorted by pinyin, and exports them masked', async () => {
    const { electrician, hr, labour, trainee } = await setup();
    const now = await trainee('张三', 6, '2010-01-01');
    const soon = await trainee('艾米', 7, '2010-01-01');
    const related = await trainee('白云', 8, '2010-01-01');
    const done = await trainee('钱多', 9, '2010-01-01');
    await call(core, 'eligibility.addHeldGrade', { traineeId: now, jobTypeId: electrician, grade: 4, obtainedOn: '2021-06-15' });
    await call(core, 'eligibility.addHeldGrade', { traineeId: soon, jobTypeId: electrician, grade: 4, obtainedOn: '2021-09-01' });
    await call(core, 'eligibility.addHeldGrade', { traineeId: done, jobTypeId: electrician, grade: 3, obtainedOn: '2020-01-01' });
    await call(core, 'eligibility.addHeldGrade', { traineeId: related, jobTypeId: hr, grade: 4, obtainedOn: '2020-01-01' });

    const today = await call(core, 'eligibility.search', { jobTypeId: electrician, grade: 3 });
    expect(today.rows.map((r) => [r.name, r.since, r.routeId])).toEqual([['张三', '2026-06-15', 'A3-1']]);
    const within = await call(core, 'eligibility.search', { jobTypeId: electrician, grade: 3, withinMonths: 3 });
    expect(within.rows.map((r) => [r.name, r.since])).toEqual([
      ['艾米', '2026-09-01'],
      ['张三', '2026-06-15'],
    ]);
    expect(within.rows[0]!.line).toBe('2026-09-01 起可申报 三级/高级工（取得四级证书后满5年，还差 3 个月）');
    const relatedSearch = await call(core, 'eligibility.search', { jobTypeId: labour, grade: 3 });
    expect(relatedSearch.rows.map((r) => r.name)).toEqual(['白云']);

    const exported = await call(core, 'eligibility.exportSearch', { jobTypeId: electrician, grade: 3, withinMonths: 3 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const values = sheet.getRow(3).values as unknown[];
    expect([values[2], values[4], values[5], values[6], values[7], values[8]]).toEqual(['艾米', undefined, '四级/中级工', '2026-09-01', 'A3-1', '2026-09-01 起可申报 三级/高级工（取得四级证书后满5年，还差 3 个月）']);
    expect(String(sheet.getRow(3).getCell(3).value)).toMatch(/^350582\*{8}\d{3}[\dX]$/);
    const audit = await call(core, 'system.listAudit', {});
    expect(audit.entries[0]!.summary).toBe('导出可申报学员：电工 三级/高级工，截至 2026-09-15，共 2 人（身份证号已脱敏）');
  });

  it('considers years of work alone only when asked', async () => {
    const { electrician, trainee } = await setup();
    await trainee('孙悟', 10, '2019-01-01');
    expect((await call(core, 'eligibility.search', { jobTypeId: electrician, grade: 4 })).total).toBe(0);
    const workOnly = await call(core, 'eligibility.search', { jobTypeId: electrician, grade: 4, includeWorkOnly: true });
    expect(workOnly.rows.map((r) => [r.name, r.routeId])).toEqual([['孙悟', 'A4-2']]);
  });
});

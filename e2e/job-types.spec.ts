import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode } from './support/browser-mode';

let app: BrowserModeApp;
afterEach(async () => app?.close());

const pad = (n: number) => String(n).padStart(2, '0');
const today = new Date();
const yearsAgo = (years: number) =>
  `${today.getFullYear() - years}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;

it('edits hours and retires a job type in the catalog; a trainee page explains eligibility', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  const jobTypes = await app.invoke('jobTypes.list', {});
  const idOf = (name: string) => jobTypes.find((j) => j.name === name)!.id;
  const trainee = await app.invoke('trainees.create', {
    name: '陈建国',
    idNumber: '350582198503120011',
    phone: '',
    education: '高中',
    enterpriseId: null,
    jobTitle: '',
    workStartDate: '2012-03-01',
  });
  await app.invoke('eligibility.addHeldGrade', {
    traineeId: trainee.id,
    jobTypeId: idOf('电工'),
    grade: 4,
    obtainedOn: '2019-05-10',
    certificateNo: 'S2019000123',
  });
  await app.invoke('eligibility.addHeldGrade', {
    traineeId: trainee.id,
    jobTypeId: idOf('焊工'),
    grade: 5,
    obtainedOn: '2023-06-01',
  });

  await goTo(page, '工种目录');
  await page.getByText('共 86 个工种').waitFor();
  const catalog = page.getByRole('table', { name: '工种目录' });
  await catalog
    .getByRole('row', { name: /6-31-01-03 电工/ })
    .getByText('四级 1')
    .waitFor();
  await page.screenshot({ path: join(artifactsDir, 'job-types-catalog.png'), fullPage: false });

  // Edit the hours of 电工 四级: the new-cohort form offers them as the catalog default.
  await page.getByRole('button', { name: '编辑电工', exact: true }).click();
  const editor = page.getByRole('dialog', { name: '编辑工种：电工' });
  await editor.getByLabel('四级/中级工培训学时').fill('240');
  await page.screenshot({ path: join(artifactsDir, 'job-types-editor.png') });
  await editor.getByRole('button', { name: '保存' }).click();
  await page.getByText('已保存“电工”').waitFor();

  await goTo(page, '培训班');
  await page.getByRole('button', { name: '新建培训班' }).click();
  const cohortForm = page.getByRole('dialog', { name: '新建培训班' });
  await cohortForm.getByRole('textbox', { name: '工种', exact: true }).fill('电工');
  await page.getByRole('option', { name: '电工 6-31-01-03' }).click();
  await cohortForm.getByRole('textbox', { name: '申报等级', exact: true }).click();
  await page.getByRole('option', { name: '四级/中级工' }).click();
  await expect.poll(() => cohortForm.getByLabel('规定课时').getAttribute('placeholder')).toBe('目录默认 240');
  await page.keyboard.press('Escape');

  // Retire 焊工: it leaves the new-cohort picker, stays in the catalog, and its history stays.
  await goTo(page, '工种目录');
  await page.getByRole('button', { name: '停用焊工', exact: true }).click();
  await page.getByText('已停用“焊工”：历史记录保留，新开班不再可选').waitFor();
  await catalog
    .getByRole('row', { name: /6-18-02-04 焊工/ })
    .getByText('已停用')
    .waitFor();
  await goTo(page, '培训班');
  await page.getByRole('button', { name: '新建培训班' }).click();
  // "工" matches both: once 电工 is offered, the list is complete, and 焊工 is not in it.
  await page.getByRole('dialog', { name: '新建培训班' }).getByRole('textbox', { name: '工种', exact: true }).fill('工');
  await page.getByRole('option', { name: '电工 6-31-01-03' }).waitFor();
  expect(await page.getByRole('option', { name: /焊工/ }).count()).toBe(0);
  await page.keyboard.press('Escape');

  // The trainee page: one line per job type, and a certificate recorded through the panel's form.
  await page.goto(`${app.origin}/#/trainees?id=${trainee.id}`);
  const lines = page.getByRole('table', { name: '申报条件' });
  await lines.getByText('可申报 三级/高级工（取得四级证书后满5年）').waitFor();
  await lines.getByText('可申报 四级/中级工（累计从事本职业或相关职业工作满6年）').waitFor();
  await page.getByRole('table', { name: '等级证书记录' }).getByText('焊工').waitFor();
  await lines.getByText('6-18-02-04（已停用）').waitFor();

  await page.getByRole('button', { name: '登记已有证书' }).click();
  const form = page.getByRole('dialog', { name: '登记已有等级证书' });
  await form.getByRole('textbox', { name: '工种', exact: true }).fill('车工');
  await page.getByRole('option', { name: '车工 6-18-01-01' }).click();
  await form.getByRole('textbox', { name: '等级', exact: true }).click();
  await page.getByRole('option', { name: '四级/中级工' }).click();
  await form.getByLabel('取证日期').fill(yearsAgo(2));
  await form.getByLabel('证书编号').fill('S2024000777');
  await form.getByRole('button', { name: '登记' }).click();
  const waiting = `${yearsAgo(-3)} 起可申报 三级/高级工（取得四级证书后满5年，还差 3 年）`;
  await lines.getByText(waiting).waitFor();
  await page.getByRole('table', { name: '等级证书记录' }).getByText('S2024000777').waitFor();
  await page.screenshot({ path: join(artifactsDir, 'trainee-eligibility.png'), fullPage: true });

  // Who may apply for 电工 三级 now.
  await page.goto(`${app.origin}/#/job-types?tab=eligible`);
  await page.getByRole('textbox', { name: '工种', exact: true }).fill('电工');
  await page.getByRole('option', { name: '电工 6-31-01-03' }).click();
  await page.getByRole('textbox', { name: '申报等级', exact: true }).click();
  await page.getByRole('option', { name: '三级/高级工' }).click();
  await page.getByRole('button', { name: '查询' }).click();
  const results = page.getByRole('table', { name: '可申报学员' });
  await results.getByText('350582********0011').waitFor();
  await page.screenshot({ path: join(artifactsDir, 'job-types-eligible-search.png'), fullPage: false });

  // From the answer straight into a 三级 cohort.
  const cohort = await app.invoke('cohorts.create', {
    name: '2026年第8期 电工 三级',
    jobTypeId: idOf('电工'),
    grade: 3,
    capacity: 20,
  });
  await app.invoke('cohorts.moveStage', { id: cohort.id, to: 'enrolling' });
  await results.getByRole('checkbox', { name: '选择 陈建国' }).check();
  const bar = page.getByTestId('trainee-selection');
  await bar.getByRole('button', { name: '加入培训班（1）' }).click();
  await page.getByRole('textbox', { name: '培训班', exact: true }).click();
  await page.getByRole('option', { name: /2026年第8期 电工 三级/ }).click();
  await page.getByRole('dialog', { name: '加入培训班' }).getByRole('button', { name: '报名符合条件的 1 人' }).click();
  await bar.waitFor({ state: 'detached' });
  expect((await app.invoke('cohorts.enrollments', { cohortId: cohort.id })).map((e) => e.name)).toEqual(['陈建国']);
});

it('records a technical-school graduate’s schooling on the trainee page, and the line moves up to 四级', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  // Started work this year: by years of work alone not even 五级 yet.
  const trainee = await app.invoke('trainees.create', {
    name: '林技',
    idNumber: '350582200203150016',
    phone: '',
    education: '技工学校',
    enterpriseId: null,
    jobTitle: '',
    workStartDate: `${today.getFullYear()}-01-01`,
  });
  await page.goto(`${app.origin}/#/trainees?id=${trainee.id}`);
  await page.getByRole('textbox', { name: '查看其他工种' }).fill('车工');
  await page.getByRole('option', { name: '车工 6-18-01-01' }).click();
  const lines = page.getByRole('table', { name: '申报条件' });
  await lines.getByText(/起可申报 五级\/初级工（累计从事本职业或相关职业工作满1年/).waitFor();

  await page.getByRole('button', { name: '登记学历/职称/学徒' }).click();
  const form = page.getByRole('dialog', { name: '学历、职称与学徒经历' });
  await form.getByRole('button', { name: '添加学历' }).click();
  await form.getByLabel('专业').fill('数控技术');
  await form.getByRole('textbox', { name: '对口工种' }).fill('车工');
  await page.getByRole('option', { name: '车工 6-18-01-01' }).click();
  await form.getByLabel('专业').click();
  await page.screenshot({ path: join(artifactsDir, 'trainee-qualifications-form.png') });
  await form.getByRole('button', { name: '保存' }).click();
  await form.waitFor({ state: 'detached' });

  await lines.getByText('可申报 四级/中级工（技工学校或经评估论证的中等及以上职业学校本专业或相关专业毕业）').waitFor();
  await page.getByTestId('qualifications').getByText('技工学校 数控技术（已毕业）· 对口：车工').waitFor();
  await page.screenshot({ path: join(artifactsDir, 'trainee-qualifications.png'), fullPage: true });
});

it('exports the catalog, refuses a workbook with a bad cell, and imports the corrected one', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  await goTo(page, '工种目录');
  await page.getByText('共 86 个工种').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 Excel' }).click(),
  ]);
  const exported = join(app.folder, 'catalog.xlsx');
  await download.saveAs(exported);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(exported);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).values).toContain('职业编码');
  const lathe = sheet
    .getColumn(1)
    .values.findIndex((v, i) => v === '6-18-01-01' && sheet.getRow(i).getCell(5).value === '五级/初级工');
  sheet.getRow(lathe).getCell(6).value = 210;
  sheet.addRow(['6-99-01-01', '智能产线运维员', '机械装备', 'A', '七级', 100]);
  const bad = join(app.folder, 'catalog-bad.xlsx');
  await workbook.xlsx.writeFile(bad);

  await page.getByRole('button', { name: '导入 Excel' }).click();
  const dialog = page.getByRole('dialog', { name: '导入工种目录' });
  await dialog.locator('input[type=file]').setInputFiles(bad);
  await dialog.getByText(`第 ${sheet.rowCount} 行，等级：无法识别“七级”，应为 五级 … 一级`).waitFor();
  expect(await dialog.getByRole('button', { name: '导入' }).isDisabled()).toBe(true);

  sheet.getRow(sheet.rowCount).getCell(5).value = '四级';
  const good = join(app.folder, 'catalog-good.xlsx');
  await workbook.xlsx.writeFile(good);
  await dialog.locator('input[type=file]').setInputFiles(good);
  await dialog.getByText('将新增 1 个工种，更新 86 个工种。').waitFor();
  await dialog.getByRole('button', { name: '导入' }).click();
  await page.getByText('已导入：新增 1 个，更新 86 个').waitFor();
  await page.getByText('共 87 个工种').waitFor();

  await page.getByRole('button', { name: '编辑车工', exact: true }).click();
  await expect
    .poll(() => page.getByRole('dialog', { name: '编辑工种：车工' }).getByLabel('五级/初级工培训学时').inputValue())
    .toBe('210');
});

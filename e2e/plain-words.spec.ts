import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode } from './support/browser-mode';

let app: BrowserModeApp;
afterEach(async () => app?.close());

/** Screens speak the clerk's language: migration names, rule codes and {placeholders} only behind 详细. */
it('keeps technical names behind 详细: the schema version, rule versions and the numbering pattern, set with a form and a live example', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  const main = page.getByRole('main');

  await goTo(page, '设置');
  await page.getByRole('heading', { name: '系统信息' }).waitFor();
  const info = await main.innerText();
  expect(info).not.toMatch(/\d{4}_[a-z_]+/);
  expect(info).toMatch(/第 \d+ 版/);
  await page.getByRole('button', { name: '详细' }).click();
  await main.getByText(/^\d{4}_[a-z_]+$/).waitFor();

  await goTo(page, '证书');
  await page.getByRole('tab', { name: '编号与印章' }).click();
  await page.getByRole('textbox', { name: '基地代码' }).fill('qzjx');
  const year = new Date().getFullYear();
  const example = page.getByTestId('职业技能等级证书编号-example');
  await expect.poll(() => example.innerText()).toContain(`例：QZJX${year}4000001`);
  expect(await main.innerText()).not.toContain('{');
  await page.getByRole('checkbox', { name: '发证月份' }).nth(1).check();
  const month = String(new Date().getMonth() + 1).padStart(2, '0');
  await expect.poll(() => example.innerText()).toContain(`例：QZJX${year}${month}4000001`);
  expect(await example.innerText()).toContain('每年、每月、每个等级的流水号各自从 1 开始');
  await page.screenshot({ path: join(artifactsDir, 'certificate-numbering-form.png'), fullPage: true });
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText('证书设置已保存').waitFor();
  expect((await app.invoke('certificates.getSettings', {})).skillPattern).toBe('{base}{yyyy}{mm}{grade}{seq6}');

  const trainee = await app.invoke('trainees.create', {
    name: '陈建国',
    idNumber: '350582198503120011',
    phone: '',
    education: '高中',
    enterpriseId: null,
    jobTitle: '',
    workStartDate: '2012-03-01',
  });
  const electrician = (await app.invoke('jobTypes.list', {})).find((j) => j.name === '电工')!;
  await app.invoke('eligibility.addHeldGrade', {
    traineeId: trainee.id,
    jobTypeId: electrician.id,
    grade: 5,
    obtainedOn: '2015-06-01',
    certificateNo: '',
    source: 'record',
  });
  await page.goto(`${app.url}#/trainees?id=${trainee.id}`);
  await page.getByTestId('eligibility-line').first().waitFor();
  const panel = await main.innerText();
  expect(panel).not.toMatch(/规则 [A-D]\//);
  expect(panel).toContain('依据2018 年版技术规程');

  // Every row of the log says what was done, on the dashboard as on the settings page.
  for (const area of ['工作台', '设置']) {
    await goTo(page, area);
    const rows = page.getByRole('table', { name: '操作日志' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(2);
    for (const row of await rows.all()) {
      const content = (await row.locator('td').nth(3).innerText()).trim();
      expect(content, await row.innerText()).not.toBe('');
      expect(content).not.toContain('{');
    }
    await page.screenshot({ path: join(artifactsDir, `audit-log-${area}.png`), fullPage: true });
  }
});

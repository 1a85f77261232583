import { afterEach, expect, it } from 'vitest';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode } from './support/browser-mode';
import { join } from 'node:path';

let app: BrowserModeApp;
afterEach(async () => app?.close());

it('edits the base profile through the settings page, and the change survives a reload', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  await goTo(page, '设置');
  await page.getByRole('heading', { name: '基地信息' }).waitFor();

  await page.getByLabel('基地名称').fill('泉州市机械行业产业工人技能实训基地');
  // A typo in the check character is caught, with the reason, before anything is saved.
  await page.getByLabel('统一社会信用代码').fill('91350500MA2YQ5XK3A');
  await page.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => page.getByText('校验位不符').textContent()).toContain('第 18 位应为');
  await page.screenshot({ path: join(artifactsDir, 'settings-error.png'), fullPage: true });

  // Typed the way people paste it: full-width digits and lower-case letters.
  await page.getByLabel('统一社会信用代码').fill('９１３５０５００ma2yq5xk3j');
  await page.getByLabel('地址').fill('福建省泉州市丰泽区东海街道');
  await page.getByLabel('证书发证机构').fill('泉州市总工会');
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText('基地信息已更新').waitFor();
  await expect
    .poll(() => page.getByTestId('header-base-name').textContent())
    .toBe('泉州市机械行业产业工人技能实训基地');
  await expect.poll(() => page.getByLabel('统一社会信用代码').inputValue()).toBe('91350500MA2YQ5XK3J');
  await page
    .getByRole('table', { name: '操作日志' })
    .getByText('修改基地信息：基地名称、统一社会信用代码、地址、发证机构')
    .waitFor();
  await page.screenshot({ path: join(artifactsDir, 'settings-saved.png'), fullPage: true });

  await page.reload();
  await page.getByRole('heading', { name: '基地信息' }).waitFor();
  await expect.poll(() => page.getByLabel('地址').inputValue()).toBe('福建省泉州市丰泽区东海街道');
  await expect.poll(() => page.getByLabel('证书发证机构').inputValue()).toBe('泉州市总工会');
});

it('backs up the database from the settings page: the verified copy is listed and the backup is logged', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  await goTo(page, '设置');
  await page.getByText('还没有备份').waitFor();
  await page.getByRole('button', { name: '立即备份' }).click();
  const listed = page.getByRole('table', { name: '备份文件' }).getByText(/^jiangxun-\d{8}-\d{6}\.db$/);
  await listed.waitFor();
  const { files, folder } = await app.invoke('system.listBackups', {});
  expect(files.map((f) => f.fileName)).toEqual([await listed.textContent()]);
  expect(folder.startsWith(app.folder)).toBe(true);
  await page
    .getByRole('table', { name: '操作日志' })
    .getByText(/^备份数据库：jiangxun-.*含全部学员个人信息）$/)
    .waitFor();
  await page.screenshot({ path: join(artifactsDir, 'settings-backup.png'), fullPage: true });
});

import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, expect, it } from 'vitest';
import { createCore } from '../electron/core/create-core';
import { repoMigrationsFolder, repoResourcesFolder } from '../electron/core/db/repo-migrations';
import { seedAppraisedCohort } from '../electron/core/testing/certificate-fixtures';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode } from './support/browser-mode';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

let app: BrowserModeApp;
afterEach(async () => app?.close());

it('receives 100 blanks, prints a batch of 20 from stock with 1 spoiled, counts the stock, and shows the balances and the ledger', async () => {
  mkdirSync(artifactsDir, { recursive: true });
  const databasePath = join(mkdtempSync(join(tmpdir(), 'jiangxun-stock-e2e-')), 'stock.db');
  createCore({
    databasePath,
    migrationsFolder: repoMigrationsFolder,
    resourcesFolder: repoResourcesFolder,
    appVersion: 'e2e',
  }).close();
  const cohort = seedAppraisedCohort(databasePath, { passed: 20 });
  app = await launchBrowserMode({ databasePath });
  const { page } = app;
  await goTo(page, '证书库存');
  const blanks = page.getByLabel('空白证书库存');
  await blanks.getByText('未建账').waitFor();

  await blanks.getByRole('button', { name: '入库' }).click();
  await page.getByRole('textbox', { name: '张数' }).fill('100');
  await page.getByRole('textbox', { name: /来源/ }).fill('市总工会 2026 年第二批');
  await page.getByRole('dialog').getByRole('button', { name: '入库' }).click();
  await expect.poll(() => blanks.textContent()).toContain('可用100 张');

  // The print batch: issuing 20 skill-level certificates draws 20 blanks in the same transaction.
  const issued = await app.invoke('certificates.issue', {
    templateId: 'default-skill-preprinted',
    issueDate: '2026-05-20',
    enrollmentIds: cohort.enrollmentIds,
  });
  await app.invoke('certificates.recordPrint', {
    certificateIds: issued.map((c) => c.id),
    printerName: '',
    reason: '',
  });
  await page.reload();
  await expect.poll(() => blanks.textContent()).toContain('可用80 张');

  await blanks.getByRole('button', { name: '损坏作废' }).click();
  await page.getByRole('textbox', { name: '张数' }).fill('1');
  await page.getByRole('textbox', { name: /所属培训班/ }).click();
  await page.getByRole('option', { name: /电工/ }).first().click();
  await page.getByRole('textbox', { name: /作废原因/ }).fill('卡纸');
  await page.getByRole('dialog').getByRole('button', { name: '登记损坏作废' }).click();
  await expect.poll(() => blanks.textContent()).toMatch(/可用79 张.*待销毁1 张/);
  const batch = page.getByRole('table', { name: '领用结算' });
  // 合格, 可领上限, 领用, 退回, 损坏, 已打印.
  await expect
    .poll(() => batch.getByRole('row').nth(1).getByRole('cell').allTextContents())
    .toEqual([expect.stringContaining('电工'), '20', '22', '21', '0', '1', '20']);

  // Stocktake: one sheet missing becomes an adjustment that waits for a second person.
  await blanks.getByRole('button', { name: '盘点' }).click();
  await page.getByRole('textbox', { name: '实盘可用张数' }).fill('78');
  await page.getByText('与账面差 -1 张').waitFor();
  await page.getByRole('textbox', { name: /差异原因/ }).fill('少一张，原因待查');
  await page.getByRole('dialog').getByRole('button', { name: '提交' }).click();
  const reviews = page.getByRole('table', { name: '审核事项' });
  await reviews.getByText('待审核').waitFor();
  await reviews.getByRole('button', { name: '审核通过' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '审核通过' }).click();
  await page.getByText('提交人不能审核自己的盘点调整').first().waitFor();
  await page.keyboard.press('Escape');
  expect(await blanks.textContent()).toContain('可用79 张');

  await page.getByRole('table', { name: '库存台账' }).getByText('损坏作废').waitFor();
  await page.screenshot({ path: join(artifactsDir, 'stock.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出台账' }).click();
  const file = await download;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await file.path())!);
  const sheet = workbook.getWorksheet('库存台账')!;
  const header = sheet.getRow(2).values as string[];
  expect(header.slice(1, 8)).toEqual(['物品', '流水号', '时间', '类型', '数量', '可用结余', '待销毁']);
  const last = sheet.getRow(2 + 22).values as (string | number)[];
  expect([last[1], last[2], last[4], last[5], last[6], last[7]]).toEqual(['空白证书', 22, '损坏作废', 1, 79, 1]);
});

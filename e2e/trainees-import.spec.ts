import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { messyPeople, messyRosterXlsx } from '../electron/core/testing/messy-roster';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode } from './support/browser-mode';

let app: BrowserModeApp;
afterEach(async () => app?.close());

async function importFile(path: string) {
  const { page } = app;
  await page.getByRole('button', { name: '导入 Excel' }).click();
  await page.locator('input[type=file]').setInputFiles(path);
  await page.getByRole('button', { name: '检查每一行' }).click();
  await page.getByRole('table', { name: '导入预览' }).waitFor();
}

const count = (status: string) => app.page.getByTestId(`import-count-${status}`).textContent();

it('imports a messy roster: the valid rows land, the error workbook lists exactly the bad ones, the corrected rows complete the set', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  const messy = join(app.folder, '2026年第一期报名表.xlsx');
  const fixed = join(app.folder, '报名表-已改正.xlsx');
  writeFileSync(messy, await messyRosterXlsx());
  writeFileSync(fixed, await messyRosterXlsx({ fixed: true }));

  await goTo(page, '学员');
  await importFile(messy);
  await expect.poll(() => count('new')).toBe('新增 6');
  expect(await count('error')).toBe('错误 3');
  await page.getByText('将新建 2 家企业').waitFor();
  await page.getByText('与第 4 行的身份证号重复').waitFor();
  // Each error row shows the number that is wrong and its whole reason, wrapped, never cut.
  const errorRows = page.getByRole('table', { name: '导入预览' }).getByRole('row').filter({ hasText: '错误' });
  await expect.poll(() => errorRows.count()).toBe(3);
  for (const row of await errorRows.all()) {
    const [, , , id, detail] = await row.getByRole('cell').all();
    expect((await id!.textContent())!.trim()).not.toBe('');
    expect(
      await detail!.evaluate(
        (cell) => cell.scrollWidth <= cell.clientWidth && getComputedStyle(cell).textOverflow !== 'ellipsis',
      ),
    ).toBe(true);
  }
  await page.screenshot({ path: join(artifactsDir, 'trainees-import-preview.png') });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /下载错误行/ }).click();
  const errorsPath = join(app.folder, 'errors.xlsx');
  await (await download).saveAs(errorsPath);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(errorsPath);
  const sheet = workbook.worksheets[0]!;
  const names = [2, 3, 4].map((r) => String(sheet.getRow(r).getCell(3).value));
  expect(names).toEqual([messyPeople.numericId.name, messyPeople.extraForDuplicate.name, messyPeople.badCheck.name]);
  expect(sheet.rowCount).toBe(4);

  await page.getByRole('button', { name: '导入有效行（6）' }).click();
  await page.getByText('导入完成：新增 6 人，更新 0 人').waitFor();
  await page.getByRole('button', { name: '完成' }).click();
  await expect.poll(() => page.getByTestId('trainee-total').textContent()).toBe('共 6 人');

  await importFile(fixed);
  await expect.poll(() => count('new')).toBe('新增 3');
  expect(await count('same')).toBe('无变化 6');
  await page.getByRole('button', { name: '导入有效行（3）' }).click();
  await page.getByText('导入完成：新增 3 人').waitFor();
  await page.getByRole('button', { name: '完成' }).click();
  await expect.poll(() => page.getByTestId('trainee-total').textContent()).toBe('共 9 人');

  // Search by initials, open the detail page, reveal the whole ID (logged).
  await page.getByLabel('搜索学员').fill('zs');
  await page.getByRole('table', { name: '学员列表' }).getByText('张三').click();
  await page.getByRole('button', { name: '显示完整身份证号' }).click();
  await expect.poll(() => page.getByLabel('身份证号', { exact: true }).textContent()).toBe(messyPeople.good[0]!.id);
  await page.screenshot({ path: join(artifactsDir, 'trainee-detail-e2e.png') });

  // An enterprise with trainees is not deleted; the message gives the count.
  await goTo(page, '企业');
  const row = page.getByRole('row').filter({ hasText: '晋江恒安鞋业有限公司' });
  await row.getByRole('button', { name: '删除' }).click();
  await page.getByText(/下还有 \d 名学员，不能删除/).waitFor();
});

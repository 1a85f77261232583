import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode } from './support/browser-mode';
import { awaitingCohort } from './support/cohort-setup';

let app: BrowserModeApp;
afterEach(async () => app?.close());

it('imports the agency’s results workbook into the score grid after a preview that names every mismatch', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  const { cohort } = await awaitingCohort(app, '2026年第9期 电工 五级');

  // As the agency sends it: a title row, its own header names, an ID typed in lower case, a stranger.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('成绩');
  sheet.addRow(['泉州市职业技能鉴定中心 成绩单']);
  sheet.addRow(['姓名', '证件号码', '理论知识', '技能操作']);
  sheet.addRow(['黄志强', '350521198801010037', 58, 81]);
  sheet.addRow(['吴美玲', '350583199506200042', '缺考', '缺考']);
  sheet.addRow(['陈陌生', '350582199001010011', 90, 90]);
  const path = join(app.folder, '鉴定成绩.xlsx');
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));

  await goTo(page, '培训班');
  await page.getByRole('cell', { name: '2026年第9期 电工 五级', exact: true }).click();
  await page.getByRole('tab', { name: '成绩' }).click();
  await page.locator('input[type=file]').setInputFiles(path);
  const preview = page.getByRole('alert').filter({ hasText: '成绩表：' });
  await preview.getByText('成绩表：匹配 2 人，将更新 4 项，不符 1 行').waitFor();
  await preview.getByText('第 5 行 陈陌生 350582199001010011：本班没有这个身份证号的学员').waitFor();
  await preview.getByText('黄志强 理论：（空） → 58').waitFor();
  await page.screenshot({ path: join(artifactsDir, 'cohort-score-import-preview.png') });
  await preview.getByRole('button', { name: '导入 4 项' }).click();
  await page.getByText('成绩已导入').waitFor();

  const grid = page.getByTestId('score-grid');
  await expect
    .poll(() =>
      grid
        .getByRole('row', { name: /黄志强/ })
        .getByText('不合格')
        .count(),
    )
    .toBe(1);
  await expect
    .poll(() =>
      grid
        .getByRole('row', { name: /吴美玲/ })
        .getByText('缺考', { exact: true })
        .count(),
    )
    .toBeGreaterThan(0);
  const rows = (await app.invoke('cohorts.scoreGrid', { cohortId: cohort.id })).rows;
  expect(rows.map((r) => [r.name, r.marks.theory?.text, r.marks.practical?.text, r.result])).toEqual([
    ['黄志强', '58', '81', 'fail'],
    ['吴美玲', '缺考', '缺考', 'absent'],
  ]);
});

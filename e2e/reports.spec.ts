import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createCore } from '../electron/core/create-core';
import { repoMigrationsFolder, repoResourcesFolder } from '../electron/core/db/repo-migrations';
import { seedAppraisedCohort } from '../electron/core/testing/certificate-fixtures';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode } from './support/browser-mode';

let app: BrowserModeApp;
afterEach(async () => app?.close());

it('runs 培训鉴定情况统计表 for a quarter, opens a figure to its records, and exports a workbook LibreOffice reads back', async () => {
  mkdirSync(artifactsDir, { recursive: true });
  const folder = mkdtempSync(join(tmpdir(), 'jiangxun-reports-e2e-'));
  const databasePath = join(folder, 'reports.db');
  const core = createCore({
    databasePath,
    migrationsFolder: repoMigrationsFolder,
    resourcesFolder: repoResourcesFolder,
    appVersion: 'e2e',
  });
  await core.dispatch('settings.updateBaseProfile', {
    name: '泉州市机械行业产业工人技能实训基地',
    orgCode: '',
    address: '',
    certificateIssuer: '泉州市总工会',
    contactPhone: '',
  });
  core.close();
  // One 电工 四级 cohort that ended 2026-04-30 with results published 2026-05-01: 8 passed, 2 failed.
  const cohort = seedAppraisedCohort(databasePath, { passed: 8, failed: 2 });
  app = await launchBrowserMode({ databasePath });
  const { page } = app;
  await app.invoke('certificates.issue', {
    templateId: 'default-skill-preprinted',
    issueDate: '2026-05-20',
    enrollmentIds: cohort.enrollmentIds.slice(0, 8),
  });

  await goTo(page, '报表');
  await page.getByRole('textbox', { name: '年份' }).click();
  await page.getByRole('option', { name: '2026' }).click();
  await page.getByRole('textbox', { name: '季度' }).click();
  await page.getByRole('option', { name: '第二季度' }).click();
  const table = page.getByRole('table', { name: '培训鉴定情况统计表' });
  const line = table.getByRole('row').filter({ hasText: '电工' });
  // 培训班数, 培训人次, 实考人次, 合格人次, 合格率, 发证数.
  await expect
    .poll(() => line.getByRole('cell').allTextContents())
    .toEqual(['电工', '四级/中级工', '1', '10', '10', '8', '80.0%', '8']);

  await line.getByRole('cell').nth(5).getByRole('button').click();
  const records = page.getByRole('table', { name: '报表明细' });
  await expect.poll(() => records.getByRole('row').count()).toBe(9);
  expect(await records.textContent()).toContain(cohort.names[0]);
  expect(await records.textContent()).toContain('350582');
  expect(await records.textContent()).not.toContain(cohort.idNumbers[0]);
  await page.keyboard.press('Escape');
  await page.getByRole('table', { name: '报表明细' }).waitFor({ state: 'detached' });
  await page.getByLabel('各工种合格率').locator('svg.recharts-surface').first().waitFor();
  await page.screenshot({ path: join(artifactsDir, 'reports.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await download;
  const xlsx = join(folder, '培训鉴定情况统计表.xlsx');
  await file.saveAs(xlsx);
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${folder}/lo-profile`,
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76',
      '--outdir',
      folder,
      xlsx,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  const csv = readFileSync(
    join(
      folder,
      readdirSync(folder).find((name) => name.endsWith('.csv'))!,
    ),
    'utf8',
  );
  const lines = csv.trim().split('\n');
  expect(lines[0]).toContain('培训鉴定情况统计表');
  expect(lines[1]).toContain('2026年第二季度');
  expect(lines[2]).toBe('职业（工种）,等级,培训班数,培训人次,实考人次,合格人次,合格率,发证数');
  expect(lines[3]).toBe('电工,四级/中级工,1,10,10,8,80.0%,8');
  expect(lines[4]).toBe('合计,,1,10,10,8,80.0%,8');
  expect(lines.at(-3)).toContain('填报单位：泉州市机械行业产业工人技能实训基地');
  expect(lines.at(-1)).toMatch(/填报日期：\d{4}-\d{2}-\d{2}/);
});

import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '@shared/domain/resident-id';
import { createCore } from '../electron/core/create-core';
import { repoMigrationsFolder, repoResourcesFolder } from '../electron/core/db/repo-migrations';
import { seedAppraisedCohort } from '../electron/core/testing/certificate-fixtures';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode } from './support/browser-mode';

let app: BrowserModeApp;
afterEach(async () => app?.close());

function idNumber(i: number) {
  const first17 = `35058219900315${String(100 + i)}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** Started work a month ago: 电工 五级 asks a year of work, so not yet eligible. */
const recentStart = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
const eligible = ['安晓明', '蔡文华', '陈建国'];
const fillers = [
  '志强',
  '美玲',
  '晓燕',
  '文斌',
  '丽华',
  '俊杰',
  '秀英',
  '国平',
  '雅婷',
  '明辉',
  '淑芬',
  '家豪',
  '碧霞',
  '荣华',
  '振宇',
].flatMap((given) => [`郑${given}`, `周${given}`]);

async function addTrainee(name: string, i: number, workStartDate: string) {
  await app.invoke('trainees.create', {
    name,
    idNumber: idNumber(i),
    phone: '',
    education: '高中',
    enterpriseId: null,
    jobTitle: '',
    workStartDate,
  });
}

const checkbox = (page: Page, name: string) => page.getByRole('checkbox', { name: `选择 ${name}`, exact: true });

async function scrollList(page: Page, to: 'bottom' | 'top') {
  await page
    .getByRole('table', { name: '学员列表' })
    .locator('div[style*="overflow: auto"]')
    .evaluate((scroller, where) => {
      scroller.scrollTop = where === 'bottom' ? scroller.scrollHeight : 0;
    }, to);
}

it('selects trainees in the list (one range by shift-click), enrolls them into a cohort with the ineligible one shown with the reason and admitted by override', async () => {
  mkdirSync(artifactsDir, { recursive: true });
  const databasePath = join(mkdtempSync(join(tmpdir(), 'jiangxun-enroll-e2e-')), 'enroll.db');
  const core = createCore({
    databasePath,
    migrationsFolder: repoMigrationsFolder,
    resourcesFolder: repoResourcesFolder,
    appVersion: 'e2e',
  });
  // One trainee with a certificate, for the history on the trainee page.
  const certified = seedAppraisedCohort(databasePath, { passed: 1, prefix: 'h1' });
  await core.dispatch('certificates.updateSettings', {
    baseCode: 'qzjx',
    completionPattern: 'JY{base}{yyyy}{seq6}',
    skillPattern: '{base}{yyyy}{grade}{seq6}',
    sealImage: null,
  });
  const issued = await core.dispatch('certificates.issue', {
    templateId: 'default-completion-a4',
    issueDate: '2026-05-20',
    enrollmentIds: certified.enrollmentIds,
  });
  expect(issued.ok).toBe(true);
  core.close();

  app = await launchBrowserMode({ databasePath });
  const { page } = app;
  for (const [i, name] of eligible.entries()) await addTrainee(name, i, '2015-03-01');
  await addTrainee('邓丽娟', 3, recentStart);
  for (const [i, name] of fillers.entries()) await addTrainee(name, 10 + i, '2012-07-01');
  const jobTypes = await app.invoke('jobTypes.list', { includeRetired: false });
  const cohort = await app.invoke('cohorts.create', {
    name: '2026年第9期 电工 五级',
    term: '2026年第9期',
    jobTypeId: jobTypes.find((j) => j.code === '6-31-01-03')!.id,
    grade: 5,
    capacity: 30,
  });
  await app.invoke('cohorts.moveStage', { id: cohort.id, to: 'enrolling' });

  await goTo(page, '学员');
  await checkbox(page, '安晓明').click();
  await checkbox(page, '陈建国').click({ modifiers: ['Shift'] });
  await checkbox(page, '邓丽娟').click();
  const bar = page.getByTestId('trainee-selection');
  await expect.poll(() => bar.getByText(/^已选/).textContent()).toBe('已选 4 人');
  expect(await checkbox(page, '蔡文华').isChecked()).toBe(true);

  // Selection is by trainee, not by row position: it outlives the rows leaving the DOM.
  await scrollList(page, 'bottom');
  await expect.poll(() => checkbox(page, '安晓明').count()).toBe(0);
  await scrollList(page, 'top');
  await expect.poll(() => checkbox(page, '安晓明').isChecked()).toBe(true);
  expect(await checkbox(page, '郑志强').isChecked()).toBe(false);
  await page.screenshot({ path: join(artifactsDir, 'trainees-multiselect.png') });

  await bar.getByRole('button', { name: '加入培训班（4）' }).click();
  await page.getByRole('textbox', { name: '培训班', exact: true }).click();
  await page.getByRole('option', { name: /2026年第9期 电工 五级/ }).click();
  const dialog = page.getByRole('dialog', { name: '加入培训班' });
  await dialog.getByText('1 人不能直接报名').waitFor();
  expect(await dialog.getByText(/^邓丽娟（350582\*{8}\d{3}[\dX]）：.*起可申报 五级/).count()).toBe(1);
  await page.screenshot({ path: join(artifactsDir, 'trainees-enroll-check.png') });
  await dialog.getByRole('button', { name: '报名符合条件的 3 人' }).click();
  await dialog.getByText('已加入 3 人').waitFor();
  await dialog.getByLabel('破格准予报名的理由（仅管理员）').fill('企业推荐的骨干，已有相关工作经历');
  await dialog.getByRole('button', { name: '破格准予 1 人报名' }).click();
  await dialog.waitFor({ state: 'detached' });
  await bar.waitFor({ state: 'detached' });

  await goTo(page, '培训班');
  await page.getByRole('cell', { name: '2026年第9期 电工 五级' }).click();
  for (const name of [...eligible, '邓丽娟']) await page.getByRole('cell', { name, exact: true }).waitFor();
  expect(await page.getByText('破格', { exact: true }).count()).toBe(1);
  await page.screenshot({ path: join(artifactsDir, 'trainees-enrolled-cohort.png') });

  // Space on the focused checkbox toggles; 清除 empties; opening a trainee and coming back keeps it.
  await goTo(page, '学员');
  await checkbox(page, '郑志强').focus();
  await page.keyboard.press('Space');
  await expect.poll(() => bar.getByText(/^已选/).textContent()).toBe('已选 1 人');
  await bar.getByRole('button', { name: '清除' }).click();
  await bar.waitFor({ state: 'detached' });
  await checkbox(page, '郑志强').focus();
  await page.keyboard.press('Space');
  await page.getByRole('cell', { name: '郑碧霞', exact: true }).click();
  await page.getByRole('button', { name: '返回列表' }).click();
  await expect.poll(() => bar.getByText(/^已选/).textContent()).toBe('已选 1 人');
  // Another filter is another list: the selection does not carry over to it.
  await page.getByLabel('搜索学员').fill('郑');
  await bar.waitFor({ state: 'detached' });
  expect(await checkbox(page, '郑志强').isChecked()).toBe(false);
  // 全选 takes every trainee the filter finds; a second click empties the selection.
  const { total } = await app.invoke('trainees.count', { filter: { search: '郑' } });
  await expect.poll(() => page.getByTestId('trainee-total').textContent()).toBe(`共 ${total} 人`);
  await page.getByRole('checkbox', { name: '全选' }).click();
  await expect.poll(() => bar.getByText(/^已选/).textContent()).toBe(`已选 ${total} 人`);
  expect(await checkbox(page, '郑振宇').isChecked()).toBe(true);
  expect(await page.getByRole('checkbox', { name: '全选' }).isChecked()).toBe(true);
  await page.screenshot({ path: join(artifactsDir, 'trainees-select-all.png') });
  await page.getByRole('checkbox', { name: '全选' }).click();
  await bar.waitFor({ state: 'detached' });

  await page.getByLabel('搜索学员').fill(certified.names[0]!);
  await page.getByRole('cell', { name: certified.names[0]!, exact: true }).click();
  await page.getByRole('button', { name: '证书记录' }).click();
  const drawer = page.getByRole('dialog', { name: `${certified.names[0]} 的证书记录` });
  await drawer.getByText('JYQZJX2026000001').waitFor();
  await page.screenshot({ path: join(artifactsDir, 'trainee-certificate-history.png') });
}, 120_000);

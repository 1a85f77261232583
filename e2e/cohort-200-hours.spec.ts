import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode, switchToChecker } from './support/browser-mode';

let app: BrowserModeApp;
afterEach(async () => app?.close());

/**
 * A real course: 200 hours in 25 eight-hour days. 林晓燕 misses a day and is not admitted (her row
 * is locked in the score grid); 吴美玲 misses a day and is admitted by the administrator.
 */
const people = [
  { name: '陈建国', idNumber: '350582198503120011', hours: 200, theory: '85', practical: '90' },
  { name: '林晓燕', idNumber: '350503199207150020', hours: 192, theory: '', practical: '' },
  { name: '黄志强', idNumber: '350521198801010037', hours: 200, theory: '78', practical: '82' },
  { name: '吴美玲', idNumber: '350583199506200042', hours: 192, theory: '66', practical: '71' },
];
const passed = people.filter((p) => p.theory !== '');

async function clearToasts(page: Page) {
  for (const close of await page.locator('.mantine-Notification-closeButton').all())
    await close.click().catch(() => undefined);
  await page
    .locator('.mantine-Notification-root')
    .first()
    .waitFor({ state: 'detached', timeout: 3000 })
    .catch(() => undefined);
}

async function pick(page: Page, label: string, option: RegExp) {
  await page.getByRole('textbox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).first().click();
}

it('runs a 200-hour cohort: a timetable at once, absences, the sign-in sheet, marks past a locked row, publication, certificates with the hours attended, the grade on the trainee page', async () => {
  mkdirSync(artifactsDir, { recursive: true });
  app = await launchBrowserMode();
  const { page } = app;
  const electrician = (await app.invoke('jobTypes.list', {})).find((j) => j.name === '电工')!;
  const trainees = [];
  for (const p of people) {
    trainees.push(
      await app.invoke('trainees.create', {
        name: p.name,
        idNumber: p.idNumber,
        phone: '',
        education: '高中',
        enterpriseId: null,
        jobTitle: '',
        workStartDate: '2012-03-01',
      }),
    );
  }
  const cohort = await app.invoke('cohorts.create', {
    name: '2026年第11期 电工 五级',
    jobTypeId: electrician.id,
    grade: 5,
    capacity: 30,
    requiredHours: 200,
    startDate: '2026-11-02',
    endDate: '2026-11-30',
  });
  await app.invoke('cohorts.moveStage', { id: cohort.id, to: 'enrolling' });
  await app.invoke('cohorts.enroll', { cohortId: cohort.id, traineeIds: trainees.map((t) => t.id) });
  await app.invoke('cohorts.moveStage', { id: cohort.id, to: 'training' });

  await page.goto(`${app.url}#/cohorts?id=${cohort.id}`);
  await page.getByRole('tab', { name: '考勤' }).click();

  // The whole timetable at once: 200 hours still to give, 8 a day, Monday to Saturday.
  await page.getByRole('button', { name: '安排课表…' }).click();
  const schedule = page.getByRole('dialog', { name: '安排课表' });
  expect(await schedule.getByLabel('第一次课').inputValue()).toBe('2026-11-02');
  expect(await schedule.getByLabel('次数').inputValue()).toBe('25');
  await schedule.getByText('共 25 次课，11-02（一） 至 11-30（一），200 课时').waitFor();
  await page.screenshot({ path: join(artifactsDir, 'attendance-schedule-dialog.png') });
  await schedule.getByRole('button', { name: '安排 25 次课' }).click();
  await page.getByText('已排 25 次课、200 课时').waitFor();

  // Two absences.
  await page.getByLabel('林晓燕 2026-11-05 缺勤').click();
  await page.getByText('192 / 200').first().waitFor();
  await page.getByLabel('吴美玲 2026-11-06 缺勤').click();
  await expect.poll(() => page.getByText('192 / 200').count()).toBe(2);

  // The next session offered is the training day after the last one, and the topic starts empty.
  expect(await page.getByLabel('日期').inputValue()).toBe('2026-12-01');
  await clearToasts(page);
  await page.screenshot({ path: join(artifactsDir, 'attendance-grid-25-sessions.png'), fullPage: true });

  // Scrolled to the last sessions, the names stay in view.
  const grid = page.getByTestId('attendance-grid');
  await grid.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
  });
  const gridBox = (await grid.boundingBox())!;
  const nameBox = (await page.getByRole('cell', { name: '黄志强', exact: true }).boundingBox())!;
  expect(Math.abs(nameBox.x - gridBox.x)).toBeLessThan(2);
  await page.getByLabel('黄志强 2026-11-30 缺勤').waitFor();
  expect(
    await page.getByRole('cell', { name: '黄志强', exact: true }).evaluate((td) => td.getBoundingClientRect().height),
  ).toBeLessThan(50);
  await page.screenshot({ path: join(artifactsDir, 'attendance-grid-25-sessions-scrolled.png') });

  // The sign-in sheet of the first week, to print.
  await page.getByRole('button', { name: '打印签到表…' }).click();
  const printing = page.getByRole('dialog', { name: '打印签到表' });
  expect(await printing.getByLabel('从').inputValue()).toBe('2026-11-30');
  await printing.getByLabel('从').fill('2026-11-02');
  await printing.getByLabel('至').fill('2026-11-08');
  const [sheetDownload] = await Promise.all([
    page.waitForEvent('download'),
    printing.getByRole('button', { name: '下载签到表 PDF' }).click(),
  ]);
  const sheetPath = join(artifactsDir, 'sign-in-sheet-week.pdf');
  await sheetDownload.saveAs(sheetPath);
  expect(sheetDownload.suggestedFilename()).toBe('2026年第11期 电工 五级-签到表-2026-11-02至2026-11-08.pdf');
  const sheetText = execFileSync('pdftotext', ['-raw', sheetPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const p of people) expect(sheetText).toContain(p.name);
  for (const day of ['11-02（一）', '11-07（六）']) expect(sheetText).toContain(day);
  expect(sheetText).toContain('应到4人');
  execFileSync('pdftoppm', [
    '-f',
    '1',
    '-l',
    '1',
    '-r',
    '80',
    '-png',
    '-singlefile',
    sheetPath,
    join(artifactsDir, 'sign-in-sheet-week'),
  ]);

  // The administrator admits 吴美玲 (she made up the day); 林晓燕 stays barred.
  const enrollments = await app.invoke('cohorts.enrollments', { cohortId: cohort.id });
  await app.invoke('cohorts.waiveHours', {
    enrollmentId: enrollments.find((e) => e.name === '吴美玲')!.id,
    reason: '因公出差一天，已补课并经讲师考核',
  });
  await page.getByRole('button', { name: '转到“待鉴定”' }).click();
  await page.getByTestId('cohort-stage').getByText('待鉴定').waitFor();

  // Marks typed down each column with Enter: the locked row is passed over, and says why.
  await page.getByRole('tab', { name: '成绩' }).click();
  await page.getByTestId('score-grid').getByText('课时不足，未准予鉴定').waitFor();
  for (const part of ['theory', 'practical'] as const) {
    await page.getByLabel(`陈建国 ${part === 'theory' ? '理论' : '实操'}`).click();
    for (const p of passed) {
      await page.keyboard.type(p[part]);
      await page.keyboard.press('Enter');
    }
  }
  for (const p of passed) {
    expect(await page.getByLabel(`${p.name} 理论`).inputValue()).toBe(p.theory);
    expect(await page.getByLabel(`${p.name} 实操`).inputValue()).toBe(p.practical);
  }
  expect(await page.getByLabel('林晓燕 理论').inputValue()).toBe('');
  await page.screenshot({ path: join(artifactsDir, 'score-grid-locked-row.png'), fullPage: true });
  await page.getByRole('button', { name: '保存成绩（6）' }).click();
  await page.getByText('已保存 6 项成绩').waitFor();
  // Marks are confirmed by someone other than who typed them (maker-checker).
  await switchToChecker(app);
  await page.getByRole('tab', { name: '成绩' }).click();
  await page.getByRole('button', { name: '复核确认' }).click();
  await page.getByText('已复核确认 6 项').waitFor();

  // Publication asks first, with the counts.
  await page.getByRole('button', { name: '转到“已鉴定”' }).click();
  const publish = page.getByRole('dialog', { name: '公布“2026年第11期 电工 五级”的鉴定结果？' });
  await publish.getByText('公布 4 名学员的结果：实考 3 人，合格 3 人', { exact: false }).waitFor();
  await clearToasts(page);
  await page.screenshot({ path: join(artifactsDir, 'confirm-publish-200-hours.png') });
  await publish.getByRole('button', { name: '公布 4 人的结果' }).click();
  await page.getByTestId('cohort-stage').getByText('已鉴定').waitFor();

  // Certificates: a date before the training ends is refused unless an administrator gives a reason.
  await goTo(page, '证书');
  await pick(page, '培训班（已鉴定）', /2026年第11期 电工 五级/);
  await pick(page, '证书模板', /培训结业证书（A4/);
  await page.getByLabel('发证日期', { exact: true }).fill('2026-11-20');
  await page.getByText('发证日期早于培训结束日期').waitFor();
  await page.getByRole('button', { name: '为全班未发证的 3 人签发' }).click();
  const early = page.getByRole('dialog', { name: '签发培训结业证书 3 份？' });
  await early.getByLabel('提前发证的理由（培训结束日期 2026-11-30）').waitFor();
  expect(await early.getByRole('button', { name: '签发 3 份' }).isDisabled()).toBe(true);
  await page.screenshot({ path: join(artifactsDir, 'confirm-certificate-early.png') });
  await early.getByRole('button', { name: '取消' }).click();
  await page.getByLabel('发证日期', { exact: true }).fill('2026-12-01');
  await page.getByRole('button', { name: '为全班未发证的 3 人签发' }).click();
  await page
    .getByRole('dialog', { name: '签发培训结业证书 3 份？' })
    .getByRole('button', { name: '签发 3 份' })
    .click();
  await page.getByText(/已签发 3 份/).waitFor();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 PDF（3 份）' }).click();
  const pdfPath = join(artifactsDir, 'certificates-200-hours.pdf');
  await (await download).saveAs(pdfPath);
  const pages = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).split('\f');
  for (const p of passed) {
    const certificate = pages.find((text) => text.includes(p.name))!.replace(/\s+/g, '');
    expect(certificate, p.name).toContain(`职业技能培训${p.hours}学时`);
  }

  // The pass is in the grade history: the trainee page shows 五级 for 电工.
  await page.goto(`${app.url}#/trainees?id=${trainees[0]!.id}`);
  const line = page.getByRole('row').filter({ hasText: '6-31-01-03' });
  await line.getByText('五级/初级工').waitFor();
  await page.screenshot({ path: join(artifactsDir, 'trainee-grade-after-publication.png'), fullPage: true });
}, 150_000);

import { afterEach, expect, it } from 'vitest';
import { type BrowserModeApp, launchBrowserMode } from './support/browser-mode';

let app: BrowserModeApp;
afterEach(async () => app?.close());

const people = [
  { name: '陈建国', idNumber: '350582198503120011' },
  { name: '林晓燕', idNumber: '350503199207150020' },
  { name: '黄志强', idNumber: '350521198801010037' },
];

it('moves Enter past a row locked for 课时不足, so the next mark lands in the next open row, and says why the row is locked', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  const electrician = (await app.invoke('jobTypes.list', {})).find((j) => j.name === '电工')!;
  const trainees = [];
  for (const p of people)
    trainees.push(
      await app.invoke('trainees.create', {
        ...p,
        phone: '',
        education: '高中',
        enterpriseId: null,
        jobTitle: '',
        workStartDate: '2012-03-01',
      }),
    );
  const cohort = await app.invoke('cohorts.create', {
    name: '2026年第4期 电工 五级',
    jobTypeId: electrician.id,
    grade: 5,
    capacity: 10,
    requiredHours: 8,
  });
  await app.invoke('cohorts.moveStage', { id: cohort.id, to: 'enrolling' });
  await app.invoke('cohorts.enroll', { cohortId: cohort.id, traineeIds: trainees.map((t) => t.id) });
  await app.invoke('cohorts.moveStage', { id: cohort.id, to: 'training' });
  const session = await app.invoke('cohorts.addSession', { cohortId: cohort.id, date: '2026-06-01', hours: 8 });
  const absent = (await app.invoke('cohorts.enrollments', { cohortId: cohort.id })).find((e) => e.name === '林晓燕')!;
  await app.invoke('cohorts.setExceptions', {
    sessionId: session.id,
    exceptions: [{ enrollmentId: absent.id, status: 'absent' }],
  });
  await app.invoke('cohorts.moveStage', { id: cohort.id, to: 'awaiting' });

  await page.goto(`${app.url}#/cohorts?id=${cohort.id}`);
  await page.getByRole('tab', { name: '成绩' }).click();
  await page.getByLabel('陈建国 理论').click();
  for (const mark of ['85', '78']) {
    await page.keyboard.type(mark);
    await page.keyboard.press('Enter');
  }
  expect(await page.getByLabel('陈建国 理论').inputValue()).toBe('85');
  expect(await page.getByLabel('黄志强 理论').inputValue()).toBe('78');
  await page.getByRole('row').filter({ hasText: '林晓燕' }).getByText('课时不足，未准予鉴定').waitFor();
  // Shift+Enter goes back up past the same row.
  await page.getByLabel('黄志强 理论').press('Shift+Enter');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('陈建国 理论');
});

import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode } from './support/browser-mode';

let app: BrowserModeApp;
afterEach(async () => app?.close());

it('edits a cohort: a mentor picked from the people on record, a partner enterprise, capacity; and deletes a mistaken session', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  const electrician = (await app.invoke('jobTypes.list', {})).find((j) => j.name === '电工')!;
  const enterprise = await app.invoke('enterprises.create', {
    name: '泉州恒安机电有限公司',
    creditCode: '',
    industry: '',
    district: '',
    contactName: '',
    contactPhone: '',
  });
  // A mentor of an earlier cohort: picking her again must link the same person record.
  const earlier = await app.invoke('cohorts.create', {
    name: '2026年第1期 电工 五级',
    jobTypeId: electrician.id,
    grade: 5,
    capacity: 10,
    staff: [{ name: '林秀琴', title: '技术能手', phone: '13905951234', role: 'mentor' }],
  });
  const cohort = await app.invoke('cohorts.create', {
    name: '2026年第6期 电工 五级',
    jobTypeId: electrician.id,
    grade: 5,
    capacity: 10,
  });
  await app.invoke('cohorts.moveStage', { id: cohort.id, to: 'enrolling' });
  await app.invoke('cohorts.addSession', { cohortId: cohort.id, date: '2026-06-01', hours: 8, topic: '安全用电' });
  await app.invoke('cohorts.addSession', { cohortId: cohort.id, date: '2026-06-02', hours: 4, topic: '录错的一次' });

  await goTo(page, '培训班');
  await page.getByRole('cell', { name: '2026年第6期 电工 五级', exact: true }).click();
  await page.getByRole('button', { name: '修改', exact: true }).click();
  const form = page.getByRole('dialog', { name: '修改培训班：2026年第6期 电工 五级' });
  expect(await form.getByRole('textbox', { name: '工种', exact: true }).isDisabled()).toBe(true);
  await form.getByLabel('容量（人）').fill('40');
  await form.getByLabel('结业日期').fill('2026-07-31');
  await form.getByRole('button', { name: '添加讲师/师傅' }).click();
  await form.getByRole('textbox', { name: '第 1 位的角色' }).click();
  await page.getByRole('option', { name: '师傅' }).click();
  await form.getByRole('textbox', { name: '第 1 位的姓名' }).fill('林秀');
  await page.getByRole('option', { name: '林秀琴（技术能手）' }).click();
  expect(await form.getByLabel('第 1 位的电话').inputValue()).toBe('13905951234');
  await form.getByRole('textbox', { name: '合作企业' }).fill('恒安');
  await page.getByRole('option', { name: '泉州恒安机电有限公司' }).click();
  await form.getByLabel('培训地点').click();
  await page.screenshot({ path: join(artifactsDir, 'cohort-edit.png') });
  await form.getByRole('button', { name: '保存' }).click();
  await form.waitFor({ state: 'detached' });
  await page.getByText(/讲师\/师傅：林秀琴（技术能手） · 合作企业：泉州恒安机电有限公司/).waitFor();
  await page.getByText('0 / 40', { exact: true }).waitFor();

  const saved = await app.invoke('cohorts.get', { id: cohort.id });
  const before = await app.invoke('cohorts.get', { id: earlier.id });
  expect(saved).toMatchObject({ capacity: 40, endDate: '2026-07-31', enterprises: [{ id: enterprise.id }] });
  expect(saved.staff).toEqual([
    { personId: before.staff[0]!.personId, name: '林秀琴', title: '技术能手', phone: '13905951234', role: 'mentor' },
  ]);

  await page.getByRole('tab', { name: '考勤' }).click();
  await page.getByRole('button', { name: '删除 2026-06-02 的课次' }).click();
  const confirm = page.getByRole('dialog', { name: '删除 2026-06-02 的课次？' });
  await confirm.getByText('4 课时，录错的一次').waitFor();
  await page.screenshot({ path: join(artifactsDir, 'cohort-session-delete.png') });
  await confirm.getByRole('button', { name: '删除' }).click();
  await confirm.waitFor({ state: 'detached' });
  await expect.poll(() => page.getByRole('button', { name: /^删除 .* 的课次$/ }).count()).toBe(1);
  expect((await app.invoke('cohorts.sessions', { cohortId: cohort.id })).map((s) => s.date)).toEqual(['2026-06-01']);
});

it('marks the fields of the new-cohort form that need an answer, all at once, instead of a toast', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  await goTo(page, '培训班');
  await page.getByRole('button', { name: '新建培训班' }).click();
  const form = page.getByRole('dialog', { name: '新建培训班' });
  await form.getByLabel('开班日期').fill('2026-09-01');
  await form.getByLabel('结业日期').fill('2026-08-31');
  await form.getByRole('button', { name: '创建' }).click();
  for (const message of ['请选择工种', '请选择申报等级', '结业日期早于开班日期'])
    await form.getByText(message).waitFor();
  expect(await page.locator('.mantine-Notification-root').count()).toBe(0);
  await page.screenshot({ path: join(artifactsDir, 'cohort-form-marked.png') });
  expect(await app.invoke('cohorts.list', {})).toEqual([]);
});

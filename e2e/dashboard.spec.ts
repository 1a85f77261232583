import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '@shared/domain/resident-id';
import { artifactsDir, launchBrowserMode, type BrowserModeApp } from './support/browser-mode';

let app: BrowserModeApp;
afterEach(async () => app?.close());

it('asks for the base profile on a fresh base, then shows the base name and counts the trainee just registered', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  await page.getByText('请先填写基地信息').waitFor();
  await expect.poll(() => page.getByLabel('登记学员').textContent()).toContain('0');

  await app.invoke('settings.updateBaseProfile', {
    name: '泉州市机械行业产业工人技能实训基地',
    orgCode: '',
    address: '福建省泉州市丰泽区东海街道',
    certificateIssuer: '泉州市总工会',
    contactPhone: '',
  });
  const first17 = '35058219900102123';
  await app.invoke('trainees.create', {
    name: '张三',
    idNumber: first17 + residentIdCheckCharacter(first17),
    phone: '',
    education: '',
    enterpriseId: null,
    jobTitle: '',
    workStartDate: null,
  });
  await page.reload();

  await page.getByText('泉州市机械行业产业工人技能实训基地').first().waitFor();
  const trainees = page.getByLabel('登记学员');
  await expect.poll(() => trainees.textContent()).toMatch(/登记学员1.*年新登记 1 人/);
  expect(await page.getByText('请先填写基地信息').count()).toBe(0);
  await page.getByRole('table', { name: '操作日志' }).getByText('张三').first().waitFor();
  await page.screenshot({ path: join(artifactsDir, 'dashboard.png'), fullPage: true });

  await trainees.click();
  await page.waitForURL(/\/trainees/);
});

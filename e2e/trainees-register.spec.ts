import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '@shared/domain/resident-id';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode } from './support/browser-mode';

let app: BrowserModeApp;
afterEach(async () => app?.close());

/** A valid ID ending in X (the case people type wrong), of a woman born 1990-03-15. */
function idEndingInX(): string {
  for (let serial = 100; serial < 1000; serial += 2) {
    const first17 = `35058219900315${serial}`;
    if (residentIdCheckCharacter(first17) === 'X') return `${first17}X`;
  }
  throw new Error('no serial gives X');
}

const fullWidth = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

it('registers a trainee from a pasted full-width ID, shows sex and birth date from it, and opens the existing record for a second registration', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  const id = idEndingInX();
  await goTo(page, '学员');

  await page.getByRole('button', { name: '新增学员' }).click();
  const form = page.getByRole('dialog', { name: '新增学员' });
  await form.getByLabel('姓名').fill('李小红');
  // As pasted from a chat message: full-width digits, a lower-case x, a space.
  await form.getByLabel('身份证号').fill(`${fullWidth(id.slice(0, 6))} ${fullWidth(id.slice(6, 17))}x`);
  await form.getByText('女 · 出生于 1990-03-15').waitFor();
  await form.getByLabel('手机号').fill('13912345678');
  await form.getByLabel('参加工作时间').fill('2010.7');
  // Her employer is not on record yet: the form creates it, as the import would.
  await form.getByRole('textbox', { name: '工作单位' }).fill('泉州丰泽元利酒店管理有限公司');
  await page.getByRole('option', { name: '新增企业“泉州丰泽元利酒店管理有限公司”…' }).click();
  const enterprise = page.getByRole('dialog', { name: '新增企业' });
  expect(await enterprise.getByLabel('企业名称').inputValue()).toBe('泉州丰泽元利酒店管理有限公司');
  await enterprise.getByRole('button', { name: '保存' }).click();
  await enterprise.waitFor({ state: 'detached' });
  await expect
    .poll(() => form.getByRole('textbox', { name: '工作单位' }).inputValue())
    .toBe('泉州丰泽元利酒店管理有限公司');
  await page.screenshot({ path: join(artifactsDir, 'trainee-form-new-enterprise.png') });
  await form.getByRole('button', { name: '保存' }).click();

  await page.getByRole('heading', { name: '李小红' }).waitFor();
  const info = page.getByRole('table', { name: '学员信息' });
  await info.getByText(`${id.slice(0, 6)}********${id.slice(14)}`).waitFor();
  for (const [label, value] of [
    ['工作单位', '泉州丰泽元利酒店管理有限公司'],
    ['性别', '女'],
    ['出生年份', '1990'],
    ['参加工作时间', '2010-07-01'],
    ['手机号', '139****5678'],
  ]) {
    expect(await info.getByRole('row', { name: new RegExp(`^${label}`) }).textContent()).toContain(value);
  }

  // The same person again: the form says so as soon as the number is whole, and opens the record.
  await page.getByRole('button', { name: '返回列表' }).click();
  await page.getByRole('button', { name: '新增学员' }).click();
  await form.getByLabel('身份证号').fill(id);
  const known = form.getByRole('alert');
  await known.getByText(`身份证号 ${id} 已是学员“李小红”，不必重复登记。`).waitFor();
  await page.screenshot({ path: join(artifactsDir, 'trainee-already-registered.png') });
  await known.getByRole('button', { name: '打开“李小红”' }).click();
  await form.waitFor({ state: 'detached' });
  await page.getByRole('heading', { name: '李小红' }).waitFor();

  // A mistyped check character is named before anything is saved.
  await page.getByRole('button', { name: '返回列表' }).click();
  await page.getByRole('button', { name: '新增学员' }).click();
  await form.getByLabel('姓名').fill('王五');
  await form.getByLabel('身份证号').fill(`${id.slice(0, 17)}0`);
  await form.getByRole('button', { name: '保存' }).click();
  await form.getByText('校验码不符：第 18 位应为 X，请核对号码是否抄错').waitFor();
  expect((await app.invoke('trainees.count', {})).total).toBe(1);
});

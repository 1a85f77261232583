import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode } from './support/browser-mode';

let app: BrowserModeApp;
afterEach(async () => app?.close());

it('the administrator opens a clerk account with a duty, hands over the temporary password, is kept from disabling themselves, and disables the clerk', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  await goTo(page, '设置');
  const card = page.getByRole('table', { name: '账号' });
  await card.getByText('测试管理员').waitFor();

  await page.getByRole('button', { name: '新建账号' }).click();
  const form = page.getByRole('form', { name: '新建账号' });
  await form.getByLabel('姓名').fill('王业务');
  await form.getByLabel('登录名').fill('wang');
  await form.getByLabel('审批技能晋升').check();
  await form.getByRole('button', { name: '开账号' }).click();
  const temporary = await page.getByTestId('temporary-password').textContent();
  expect(temporary).toMatch(/\S{8,}/);
  await page.screenshot({ path: join(artifactsDir, 'accounts-temporary-password.png') });
  await page.getByRole('button', { name: '已记下' }).click();
  await card.getByText('待改临时密码').waitFor();
  await card.getByText('审批技能晋升').waitFor();

  // The only administrator cannot disable their own account: said in Chinese, nothing changes.
  await page.getByRole('button', { name: '停用 测试管理员' }).click();
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '停用' }).click();
  await page.getByText('不能停用自己的账号，请由另一位管理员操作').waitFor();

  // Disabling the clerk asks first; the clerk then cannot sign in.
  await page.getByRole('button', { name: '停用 王业务' }).click();
  await page
    .getByRole('dialog', { name: '请确认' })
    .getByText(/停用后不能登录/)
    .waitFor();
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '停用' }).click();
  await card.getByText('已停用').waitFor();
  await page.screenshot({ path: join(artifactsDir, 'accounts-list.png'), fullPage: true });
  const refused = await app.invokeAs(undefined, 'accounts.signIn', { login: 'wang', password: temporary! });
  expect(refused.ok && !refused.value.signedIn && refused.value.message).toBe('账号已停用，请联系管理员');

  // Enabled again and reset: the new temporary password signs in, and the old one no longer does.
  await page.getByRole('button', { name: '启用 王业务' }).click();
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '启用' }).click();
  await page.getByRole('button', { name: '重置 王业务 的密码' }).click();
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '重置密码' }).click();
  const fresh = (await page.getByTestId('temporary-password').textContent())!;
  expect(fresh).not.toBe(temporary);
  await page.getByRole('button', { name: '已记下' }).click();

  const other = await page.context().newPage();
  await other.goto(app.url);
  const form2 = other.getByRole('form', { name: '登录' });
  await form2.getByLabel('登录名').fill('wang');
  await form2.getByLabel('密码').fill(temporary!);
  await form2.getByRole('button', { name: '登录' }).click();
  await other.getByRole('alert').getByText('登录名或密码不正确').waitFor();
  await form2.getByLabel('密码').fill(fresh);
  await form2.getByRole('button', { name: '登录' }).click();
  await other.getByRole('form', { name: '修改密码' }).waitFor();
});

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { artifactsDir, type BrowserModeApp, goTo, launchBrowserMode, signInPage } from './support/browser-mode';

let app: BrowserModeApp;
afterEach(async () => app?.close());

const director = { name: '林主任', login: 'lin', password: 'Jidi2026base' };

async function signOut(page: Page) {
  await page.getByRole('button', { name: '当前账号' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.getByRole('form', { name: '登录' }).waitFor();
}

async function tryPassword(page: Page, login: string, password: string) {
  const form = page.getByRole('form', { name: '登录' });
  await form.getByLabel('登录名').fill(login);
  await form.getByLabel('密码').fill(password);
  await form.getByRole('button', { name: '登录' }).click();
}

/** The window's own session token, to show that the core (not only the screen) refuses. */
const pageSession = (page: Page) => page.evaluate(() => sessionStorage.getItem('jiangxun.session') ?? undefined);

it('first start creates the administrator; a clerk changes a temporary password, is locked out by wrong ones and let in by a reset', async () => {
  app = await launchBrowserMode({ signIn: false });
  const { page } = app;

  // The launch token opens the sign-in page only: nothing else answers without a session.
  const refused = await app.invokeAs(undefined, 'trainees.count', { filter: {} });
  expect(!refused.ok && refused.error.code).toBe('SIGNED_OUT');

  const setUp = page.getByRole('form', { name: '创建第一位管理员' });
  await setUp.waitFor();
  await page.screenshot({ path: join(artifactsDir, 'sign-in-first-start.png') });
  await setUp.getByLabel('姓名').fill(director.name);
  await setUp.getByLabel('登录名').fill(director.login);
  await setUp.getByLabel('密码', { exact: false }).first().fill('short1');
  await setUp.getByLabel('再次输入密码').fill('short1');
  await setUp.getByRole('button', { name: '创建并登录' }).click();
  await setUp.getByText('密码至少 8 位').waitFor();
  await setUp.getByLabel('密码', { exact: false }).first().fill(director.password);
  await setUp.getByLabel('再次输入密码').fill(director.password);
  await setUp.getByRole('button', { name: '创建并登录' }).click();
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
  await expect.poll(() => page.getByTestId('header-account-name').textContent()).toBe(director.name);

  // The administrator opens an account for a clerk (over HTTP here; the accounts screen is another spec).
  const admin = await app.invokeAs(undefined, 'accounts.signIn', {
    login: director.login,
    password: director.password,
  });
  const adminSession = admin.ok && admin.value.signedIn ? admin.value.token : '';
  const created = await app.invokeAs(adminSession, 'accounts.create', { login: 'wang', name: '王业务', role: 'clerk' });
  if (!created.ok) throw new Error(created.error.message);
  const { temporaryPassword } = created.value;

  await signOut(page);
  await page.getByText('已退出登录').waitFor();
  expect((await app.invokeAs(undefined, 'trainees.count', { filter: {} })).ok).toBe(false);

  // First sign-in with the temporary password: a new one is set before anything else.
  await tryPassword(page, 'WANG', temporaryPassword);
  const change = page.getByRole('form', { name: '修改密码' });
  await change.waitFor();
  expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(0);
  const stillTemporary = await app.invokeAs(await pageSession(page), 'trainees.count', { filter: {} });
  expect(!stillTemporary.ok && stillTemporary.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
  await change.getByLabel('临时密码').fill(temporaryPassword);
  await change.getByLabel('新密码', { exact: false }).first().fill('Shenhe2027x');
  await change.getByLabel('再次输入新密码').fill('Shenhe2027y');
  await change.getByRole('button', { name: '保存新密码' }).click();
  await change.getByText('两次输入的新密码不一致').waitFor();
  await change.getByLabel('再次输入新密码').fill('Shenhe2027x');
  await change.getByRole('button', { name: '保存新密码' }).click();
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
  await expect.poll(() => page.getByTestId('header-account-name').textContent()).toBe('王业务');
  await signOut(page);

  // Five wrong passwords in five minutes lock the account for 15 minutes, said in plain words.
  for (let attempt = 1; attempt <= 4; attempt++) {
    await tryPassword(page, 'wang', `Wrong${attempt}pass`);
    await page.getByRole('alert').getByText('登录名或密码不正确').waitFor();
  }
  await page.getByRole('alert').getByText('再错 1 次将锁定 15 分钟').waitFor();
  await tryPassword(page, 'wang', 'Wrong5pass');
  await page
    .getByRole('alert')
    .getByText(/账号已锁定，请 15 分钟后再试/)
    .waitFor();
  await tryPassword(page, 'wang', 'Shenhe2027x');
  await page
    .getByRole('alert')
    .getByText(/密码错误次数过多，账号已锁定/)
    .waitFor();
  await page.screenshot({ path: join(artifactsDir, 'sign-in-locked-out.png') });

  // The administrator's reset lifts the lock and hands over a new temporary password.
  const list = await app.invokeAs(adminSession, 'accounts.list', {});
  const wang = list.ok ? list.value.find((a) => a.login === 'wang')! : null;
  expect(wang?.lockedUntil).not.toBeNull();
  const reset = await app.invokeAs(adminSession, 'accounts.resetPassword', { id: wang!.id });
  if (!reset.ok) throw new Error(reset.error.message);
  await tryPassword(page, 'wang', reset.value.temporaryPassword);
  await page.getByRole('form', { name: '修改密码' }).waitFor();
});

it('locks an idle window over the work in progress, and only the password opens it again', async () => {
  app = await launchBrowserMode();
  const { page } = app;
  // The page's clock is driven by the test from here on, so fifteen idle minutes take no time.
  await page.clock.install();
  await page.reload();
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
  await goTo(page, '学员');
  const search = page.getByLabel('搜索学员');
  await search.fill('李娜');

  await page.clock.fastForward('16:00');
  const lock = page.getByRole('dialog', { name: '屏幕已锁定' });
  await lock.waitFor();
  await page.screenshot({ path: join(artifactsDir, 'sign-in-idle-lock.png') });
  // The core refuses the window's session too, not only the screen.
  await expect
    .poll(async () => {
      const answer = await app.invokeAs(await pageSession(page), 'trainees.count', { filter: {} });
      return !answer.ok && answer.error.code;
    })
    .toBe('SESSION_LOCKED');

  await lock.getByLabel('密码').fill('Wrong-2026');
  await lock.getByRole('button', { name: '解锁' }).click();
  await lock.getByRole('alert').getByText('登录名或密码不正确').waitFor();
  await lock.getByLabel('密码').fill('Jiangxun-e2e-2026');
  await lock.getByRole('button', { name: '解锁' }).click();
  await lock.waitFor({ state: 'detached' });
  // What was typed before the lock is still there.
  await expect.poll(() => search.inputValue()).toBe('李娜');
  expect((await app.invokeAs(await pageSession(page), 'trainees.count', { filter: {} })).ok).toBe(true);

  // 锁屏 from the account menu locks at once; 退出登录 from the lock screen ends the session.
  await page.getByRole('button', { name: '当前账号' }).click();
  await page.getByRole('menuitem', { name: '锁屏' }).click();
  await lock.waitFor();
  const session = await pageSession(page);
  await lock.getByRole('button', { name: /退出登录/ }).click();
  await page.getByRole('form', { name: '登录' }).waitFor();
  await expect
    .poll(async () => {
      const answer = await app.invokeAs(session, 'trainees.count', { filter: {} });
      return !answer.ok && answer.error.code;
    })
    .toBe('SIGNED_OUT');

  // A second tab signs in on its own.
  const other = await page.context().newPage();
  await other.goto(app.url);
  await signInPage(other);
  await goTo(other, '学员');
});

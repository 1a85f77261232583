import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Channel, Input, Output } from '@shared/contract';
import { duties } from '@shared/contract/infra/roles';
import type { Result } from '@shared/errors';

const repoRoot = resolve(import.meta.dirname, '..', '..');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots and downloads of a run, to look at afterwards (ignored by git). */
export const artifactsDir = join(repoRoot, 'test-results');

export interface BrowserModeApp {
  page: Page;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The address with this launch's token, as printed on the first line. */
  url: string;
  token: string;
  /** The session of the fixed administrator (`e2eAdministrator`), which `invoke` calls with. */
  session: string;
  databasePath: string;
  folder: string;
  /** Calls a channel over the same HTTP transport the page uses, to set up a scene quickly (as the administrator). */
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  /** The same, as whoever `session` is (e.g. a clerk signed in with `signInOverHttp`); the raw Result. */
  invokeAs<C extends Channel>(session: string | undefined, channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  close(): Promise<void>;
}

/**
 * The administrator every launch creates (or, on a database that has accounts already, signs in
 * as): the page is signed in as them before the spec begins.
 */
export const e2eAdministrator = { name: '测试管理员', login: 'admin', password: 'Jiangxun-e2e-2026' };

/**
 * Starts the real browser-mode server (`electron/http/serve.ts`) on a temp database, exactly as
 * `npm run serve` does, reads the address from its first line, and opens it in Debian's Chromium.
 * The token only opens the door to the sign-in page: the launch creates `e2eAdministrator` (first
 * start) and signs the page in through the sign-in form, unless `signIn: false` (the sign-in spec).
 */
export async function launchBrowserMode(
  options: { databasePath?: string; signIn?: boolean } = {},
): Promise<BrowserModeApp> {
  const folder = mkdtempSync(join(tmpdir(), 'jiangxun-e2e-'));
  const databasePath = options.databasePath ?? join(folder, 'e2e.db');
  const server = spawn(
    join(repoRoot, 'node_modules', '.bin', 'tsx'),
    ['electron/http/serve.ts', '--db', databasePath],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await firstLine(server);
  const match = /^browser mode: (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)$/.exec(url);
  if (!match) throw new Error(`unexpected first line from the server: ${url}`);
  const origin = match[1]!;
  const token = decodeURIComponent(match[2]!);
  const invokeAs = async (session: string | undefined, channel: string, input: unknown) => {
    const response = await fetch(`${origin}/api/invoke`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel, input, options: session ? { session } : undefined }),
    });
    return (await response.json()) as Result<unknown>;
  };
  const signIn = options.signIn ?? true;
  const session = signIn ? await administratorSession(invokeAs) : '';
  const browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(url.slice('browser mode: '.length));
  if (signIn) await signInPage(page);
  return {
    page,
    origin,
    url: url.slice('browser mode: '.length),
    token,
    session,
    databasePath,
    folder,
    async invoke(channel, input) {
      const result = await invokeAs(session, channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as Output<typeof channel>;
    },
    invokeAs: (as, channel, input) => invokeAs(as, channel, input) as never,
    async close() {
      await browser.close();
      await stop(server);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

type RawInvoke = (session: string | undefined, channel: string, input: unknown) => Promise<Result<unknown>>;

/** The fixed administrator's session over HTTP: created on a new database, signed in on one that has accounts. */
async function administratorSession(invoke: RawInvoke): Promise<string> {
  const status = await invoke(undefined, 'accounts.status', {});
  if (!status.ok) throw new Error(`accounts.status: ${status.error.message}`);
  const { hasAccounts } = status.value as { hasAccounts: boolean };
  const outcome = hasAccounts
    ? await invoke(undefined, 'accounts.signIn', { login: e2eAdministrator.login, password: e2eAdministrator.password })
    : await invoke(undefined, 'accounts.setUp', e2eAdministrator);
  if (!outcome.ok) throw new Error(`sign-in: ${outcome.error.message}`);
  const value = outcome.value as { signedIn: boolean; token?: string; message?: string };
  if (!value.signedIn) throw new Error(`sign-in: ${value.message}`);
  return value.token!;
}

/**
 * Signs a page (a tab opened at the app's address) in through the sign-in form, as a person does,
 * and waits for the app's navigation. A second tab needs its own sign-in, as in a real browser.
 */
export async function signInPage(
  page: Page,
  account: { login: string; password: string } = e2eAdministrator,
): Promise<void> {
  const form = page.getByRole('form', { name: '登录' });
  await form.waitFor();
  await form.getByLabel('登录名').fill(account.login);
  await form.getByLabel('密码').fill(account.password);
  await form.getByRole('button', { name: '登录' }).click();
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
}

/** Opens an area from the main navigation (other links on a page may share its words). */
export function goTo(page: Page, area: string): Promise<void> {
  return page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: area, exact: true }).click();
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    // The flags keep Chromium from reaching for the network, which this machine does not have.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolveLine, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolveLine(line));
    child.once('exit', (code) => reject(new Error(`server exited with code ${code} before printing its address`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/** The second person of maker-checker: an administrator with every duty, other than the one who made the change. */
export const e2eChecker = { name: '复核员', login: 'checker', password: 'Jiangxun-check-2026' };

/**
 * Signs the page out and back in as `e2eChecker` (created, with a password of their own, on first
 * use), then returns to where the page was: the check of maker-checker is made by someone else.
 */
export async function switchToChecker(app: BrowserModeApp, page: Page = app.page): Promise<void> {
  const accounts = await app.invoke('accounts.list', {});
  if (!accounts.some((account) => account.login === e2eChecker.login)) {
    const { temporaryPassword } = await app.invoke('accounts.create', {
      login: e2eChecker.login,
      name: e2eChecker.name,
      role: 'admin',
      duties: [...duties],
    });
    const signedIn = await app.invokeAs(undefined, 'accounts.signIn', {
      login: e2eChecker.login,
      password: temporaryPassword,
    });
    if (!signedIn.ok) throw new Error(`checker sign-in: ${signedIn.error.message}`);
    const { token } = signedIn.value as { token: string };
    const changed = await app.invokeAs(token, 'accounts.changePassword', {
      currentPassword: temporaryPassword,
      newPassword: e2eChecker.password,
    });
    if (!changed.ok) throw new Error(`checker password: ${changed.error.message}`);
  }
  const here = page.url();
  await page.getByRole('button', { name: '当前账号' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await signInPage(page, e2eChecker);
  await page.goto(here);
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
}

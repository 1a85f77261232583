import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bridgeMembers } from '@shared/contract/infra/bridge';
import { artifactsDir, goTo } from './support/browser-mode';

const repoRoot = resolve(import.meta.dirname, '..');

/** The Electron binary, if this machine has one (installs with ELECTRON_SKIP_BINARY_DOWNLOAD=1 have none). */
function electronBinary(): string | null {
  const pathFile = join(repoRoot, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(repoRoot, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const skipReason =
  'no Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); the shell is covered by its unit tests here';
let app: ElectronApplication | undefined;
let userData: string;

beforeAll(async () => {
  if (!binary) return;
  // The app loads better-sqlite3 built for Electron's ABI; build it once if it is missing.
  execFileSync(process.execPath, ['scripts/build-electron-native.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  userData = mkdtempSync(join(tmpdir(), 'jiangxun-electron-'));
  app = await _electron.launch({
    executablePath: binary,
    args: [join(repoRoot, 'out', 'main', 'index.js')],
    env: { ...process.env, JIANGXUN_USER_DATA_DIR: userData },
  });
});

afterAll(async () => {
  await app?.close();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

it('opens one sandboxed window whose page has the bridge and nothing of Node', async (context) => {
  if (!app) return context.skip(skipReason);
  const page = await app.firstWindow();
  await page.getByRole('navigation', { name: '主导航' }).waitFor();
  expect(await page.title()).toBe('匠训');
  expect(app.windows()).toHaveLength(1);
  const exposed = await page.evaluate(() => ({
    bridge: Object.keys((window as unknown as { jiangxun: object }).jiangxun),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    origin: window.location.origin,
  }));
  expect(exposed).toEqual({
    bridge: bridgeMembers,
    require: 'undefined',
    process: 'undefined',
    origin: 'app://jiangxun',
  });
});

it('refuses new windows, foreign navigation and remote requests', async (context) => {
  if (!app) return context.skip(skipReason);
  const page = await app.firstWindow();
  const opened = await page.evaluate(() => window.open('https://example.com') === null);
  expect(opened).toBe(true);
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(new URL(page.url()).protocol).toBe('app:');
  const remote = await page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'loaded',
      () => 'blocked',
    ),
  );
  expect(remote).toBe('blocked');
  expect(app.windows()).toHaveLength(1);
});

it('saves the base profile through IPC, as in browser mode', async (context) => {
  if (!app) return context.skip(skipReason);
  const page = await app.firstWindow();
  await goTo(page, '设置');
  await page.getByLabel('基地名称').fill('泉州市电子信息产业工人技能实训基地');
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText('基地信息已更新').waitFor();
  await expect
    .poll(() => page.getByTestId('header-base-name').textContent())
    .toBe('泉州市电子信息产业工人技能实训基地');
  await page.screenshot({ path: join(artifactsDir, 'electron-settings.png') });
});

it('relays a long call to the core threads: progress events arrive while the commit runs, and a read answers meanwhile', async (context) => {
  if (!app) return context.skip(skipReason);
  const page = await app.firstWindow();
  const outcome = await page.evaluate(async () => {
    type Bridge = {
      invoke(channel: string, input: unknown, options?: { jobId?: string }): Promise<{ ok: boolean; value?: unknown }>;
      onEvent(
        listener: (event: { name: string; payload: { jobId?: string; done?: number; total?: number } }) => void,
      ): () => void;
    };
    const bridge = (window as unknown as { jiangxun: Bridge }).jiangxun;
    const fractions: number[] = [];
    const stop = bridge.onEvent((event) => {
      if (event.name === 'job.progress' && event.payload.jobId === 'electron-commit')
        fractions.push(event.payload.done! / event.payload.total!);
    });
    const check = (n: number) => {
      // Born in 2001: 1,000 people a day from 1 January, so 20,000 fit in January.
      const id17 = `3505962001${'01'}${String(1 + Math.floor(n / 1000)).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
      const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
      const sum = [...id17].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
      return id17 + '10X98765432'[sum % 11];
    };
    const rows = Array.from({ length: 20_000 }, (_, n) => ({ rowNumber: n + 2, cells: [`桌面${n}`, check(n)] }));
    const commit = bridge.invoke(
      'trainees.commitImport',
      { headers: ['姓名', '身份证号'], mapping: { name: 0, idNumber: 1 }, rows },
      { jobId: 'electron-commit' },
    );
    while (fractions.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const during = await bridge.invoke('trainees.count', { filter: {} });
    const result = await commit;
    stop();
    return { result, during, fractions };
  });
  expect(outcome.result).toMatchObject({ ok: true, value: { created: 20_000 } });
  expect(outcome.during).toEqual({ ok: true, value: { total: 0 } });
  expect(outcome.fractions.length).toBeGreaterThan(1);
  expect(outcome.fractions).toEqual([...outcome.fractions].sort((a, b) => a - b));
});

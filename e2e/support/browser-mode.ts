import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Channel, Input, Output } from '@shared/contract';
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
  databasePath: string;
  folder: string;
  /** Calls a channel over the same HTTP transport the page uses, to set up a scene quickly. */
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  close(): Promise<void>;
}

/**
 * Starts the real browser-mode server (`electron/http/serve.ts`) on a temp database, exactly as
 * `npm run serve` does, reads the address from its first line, and opens it in Debian's Chromium.
 */
export async function launchBrowserMode(options: { databasePath?: string } = {}): Promise<BrowserModeApp> {
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
  const browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(url.slice('browser mode: '.length));
  const origin = match[1]!;
  const token = decodeURIComponent(match[2]!);
  return {
    page,
    origin,
    url: url.slice('browser mode: '.length),
    token,
    databasePath,
    folder,
    async invoke(channel, input) {
      const response = await fetch(`${origin}/api/invoke`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel, input }),
      });
      const result = (await response.json()) as Result<unknown>;
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as Output<typeof channel>;
    },
    async close() {
      await browser.close();
      await stop(server);
      rmSync(folder, { recursive: true, force: true });
    },
  };
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

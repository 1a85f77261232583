import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { emptyFilter } from '@shared/contract/trainees/filter';
import { openDatabase } from '../../electron/core/db/open-database';
import { repoMigrationsFolder, repoResourcesFolder } from '../../electron/core/db/repo-migrations';
import { startCoreHost } from '../../electron/core/host/core-host';
import { listPage } from '../../electron/core/services/trainees/list';
import { asSystemHost, benchCore, demoCopy, ms, percentile, sample, type BenchSection } from './harness';

const repoRoot = resolve(import.meta.dirname, '../..');

/** The bare floor: a new thread that loads better-sqlite3, opens the file and runs the first page's SQL. */
function bareFirstPage(databasePath: string, sql: string, params: unknown[]): Promise<void> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const code = `const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.driver);
    const db = new Database(workerData.databasePath, { readonly: true });
    db.prepare(workerData.sql).all(...workerData.params);
    db.close();
    parentPort.postMessage('done');`;
  return new Promise((done, fail) => {
    const worker = new Worker(code, { eval: true, workerData: { driver, databasePath, sql, params } });
    worker.once('message', () => void worker.terminate().then(() => done()));
    worker.once('error', fail);
  });
}

/**
 * Start-up as the desktop app does it: the bundled core threads (out/main/core-thread.js, as
 * electron-vite builds it) start on the demo database, and the trainee list's first page comes back.
 * Each start is new threads, so every module is loaded again; the files are in the OS cache (a second start).
 */
export const startupBench: BenchSection = {
  name: '启动：核心线程启动到学员列表第一页',
  async run(context) {
    const threadEntry = join(repoRoot, 'out', 'main', 'core-thread.js');
    if (!existsSync(threadEntry))
      return [{ figure: '启动到第一页', value: '未测', note: `没有 ${threadEntry}：先运行 npm run build` }];
    const databasePath = demoCopy(context, 'startup.db');
    benchCore(databasePath).close();
    const { sqlite } = openDatabase(databasePath);
    const { plan } = listPage(sqlite, emptyFilter, null, 100);
    sqlite.close();
    const starts = await sample(
      async () => {
        const host = asSystemHost(
          await startCoreHost({
            databasePath,
            migrationsFolder: repoMigrationsFolder,
            resourcesFolder: repoResourcesFolder,
            appVersion: 'bench',
            threadEntry,
          }),
        );
        const page = await host.dispatch('trainees.list', { limit: 100 });
        if (!page.ok) throw new Error(page.error.message);
        await host.close();
      },
      5,
      1,
    );
    const bare = await sample(() => bareFirstPage(databasePath, plan.sql, plan.params), 5, 1);
    return [
      {
        figure: '启动到学员列表第一页（打包后的核心线程，100 行）',
        value: `p50 ${ms(percentile(starts, 50))}`,
        note: `裸下限（新线程加载 better-sqlite3、打开文件、同一句 SQL）p50 ${ms(percentile(bare, 50))} · 比值 ${(percentile(starts, 50) / percentile(bare, 50)).toFixed(1)} · 各 ${starts.length} 次`,
      },
    ];
  },
};

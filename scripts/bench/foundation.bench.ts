import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createCore } from '../../electron/core/create-core';
import { migrate } from '../../electron/core/db/migrate';
import { openDatabase } from '../../electron/core/db/open-database';
import { repoMigrationsFolder, repoResourcesFolder } from '../../electron/core/db/repo-migrations';
import { startCoreHost } from '../../electron/core/host/core-host';
import { startBrowserModeServer } from '../../electron/http/server';
import { asSystemHost, ms, p50p95, percentile, perSecond, sample, type BenchSection } from './harness';

export const foundationBench: BenchSection = {
  name: '基础：契约往返、数据库打开与迁移、演示数据',
  async run(context) {
    const dir = context.tempDir();
    const coreOptions = {
      databasePath: join(dir, 'roundtrip.db'),
      migrationsFolder: repoMigrationsFolder,
      resourcesFolder: repoResourcesFolder,
      appVersion: 'bench',
    };
    const core = createCore(coreOptions);
    const inProcess = await sample(() => core.dispatch('settings.getBaseProfile', {}), 20_000, 500);
    const inProcessMutation = await sample(
      () =>
        core.dispatch('settings.updateBaseProfile', {
          name: '基准测试基地',
          orgCode: '',
          address: '',
          certificateIssuer: '',
          contactPhone: '',
        }),
      2_000,
      50,
    );

    core.close();

    // As the app runs it: the call crosses to a core thread and back.
    const threads = await startCoreHost(coreOptions);
    const host = asSystemHost(threads);
    const inThreads = await sample(() => host.dispatch('settings.getBaseProfile', {}), 5_000, 200);
    const token = randomBytes(16).toString('hex');
    // Over HTTP as the window calls: with a signed-in session, which the router looks up on each call.
    const setUp = await threads.dispatch('accounts.setUp', { name: '测速', login: 'bench', password: 'Jiangxun-2026' });
    if (!setUp.ok) throw new Error(`accounts.setUp: ${setUp.error.message}`);
    const session = (setUp.value as { token: string }).token;
    const server = await startBrowserModeServer({ host: threads, rendererDir: dir, token });
    const overHttp = await sample(
      () =>
        fetch(`${server.origin}/api/invoke`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ channel: 'settings.getBaseProfile', input: {}, options: { session } }),
        }).then((response) => response.json()),
      3_000,
      100,
    );
    await server.close();
    await host.close();

    const freshOpen = await sample(
      () => {
        const { sqlite } = openDatabase(join(context.tempDir(), 'fresh.db'));
        migrate(sqlite, repoMigrationsFolder);
        sqlite.close();
      },
      20,
      2,
    );
    const reopenPath = join(dir, 'roundtrip.db');
    const reopen = await sample(
      () => {
        const { sqlite } = openDatabase(reopenPath);
        migrate(sqlite, repoMigrationsFolder);
        sqlite.close();
      },
      50,
      3,
    );

    const generation = context.demoGeneration();
    const total = (samples: number[]) => samples.reduce((sum, value) => sum + value, 0);
    return [
      {
        figure: '契约往返，进程内（查询）',
        value: perSecond(inProcess.length, total(inProcess)),
        note: p50p95(inProcess),
      },
      {
        figure: '契约往返，进程内（修改 + 审计，一个事务）',
        value: perSecond(inProcessMutation.length, total(inProcessMutation)),
        note: p50p95(inProcessMutation),
      },
      {
        figure: '契约往返，经核心线程（查询）',
        value: perSecond(inThreads.length, total(inThreads)),
        note: p50p95(inThreads),
      },
      {
        figure: '契约往返，HTTP 127.0.0.1 → 核心线程（查询，顺序请求）',
        value: perSecond(overHttp.length, total(overHttp)),
        note: p50p95(overHttp),
      },
      {
        figure: '新建数据库：打开 + 全部迁移',
        value: ms(percentile(freshOpen, 50)),
        note: `中位数，${freshOpen.length} 次`,
      },
      { figure: '打开已是最新结构的数据库', value: ms(percentile(reopen, 50)), note: `中位数，${reopen.length} 次` },
      {
        figure: `演示数据生成（${generation.trainees.toLocaleString('en-US')} 名学员）`,
        value: `${generation.seconds.toFixed(1)} s`,
        note: perSecond(generation.trainees, generation.seconds * 1000),
      },
    ];
  },
};

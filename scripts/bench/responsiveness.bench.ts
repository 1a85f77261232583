import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Channel } from '@shared/contract';
import { emptyFilter } from '@shared/contract/trainees/filter';
import { residentIdCheckCharacter } from '@shared/domain/resident-id';
import { repoMigrationsFolder, repoResourcesFolder } from '../../electron/core/db/repo-migrations';
import { startCoreHost, type CoreHost, type HostCall } from '../../electron/core/host/core-host';
import { generateHistory } from './cohorts.bench';
import {
  asSystemHost,
  benchCore,
  demoCopy,
  megabytes,
  ms,
  percentile,
  type BenchSection,
  type Figure,
} from './harness';

const importRows = 50_000;
const tickMs = 5;

/** 50,000 people the demo database does not hold (region 350597), as the import's mapping step hands them over. */
function roster() {
  const rows = Array.from({ length: importRows }, (_, n) => {
    const day = Math.floor(n / 1000);
    const id17 = `3505972001${String(1 + (Math.floor(day / 28) % 12)).padStart(2, '0')}${String(1 + (day % 28)).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
    return {
      rowNumber: n + 2,
      cells: [
        `响应${n}`,
        id17 + residentIdCheckCharacter(id17),
        `137${String(n).padStart(8, '0')}`,
        '高中',
        '泉州界面响应测试有限公司',
      ],
    };
  });
  return {
    headers: ['姓名', '身份证号', '手机', '文化程度', '工作单位'],
    mapping: { name: 0, idNumber: 1, phone: 2, education: 3, enterpriseName: 4 },
    rows,
  };
}

/**
 * A trivial call every 5 ms, as a window repainting and a clerk clicking would make, for as long
 * as `heavy` runs: its latencies say how long the app was frozen. The heavy call goes in as a
 * transport hands it over (dispatchJson: the answer is relayed as text, unparsed).
 */
async function whileRunning(host: CoreHost, heavy: () => Promise<unknown>) {
  const latencies: number[] = [];
  const pending: Promise<unknown>[] = [];
  const timer = setInterval(() => {
    const started = performance.now();
    pending.push(
      host.dispatchJson('settings.getBaseProfile', {}).then(() => latencies.push(performance.now() - started)),
    );
  }, tickMs);
  const started = performance.now();
  const answer = await heavy();
  const took = performance.now() - started;
  clearInterval(timer);
  await Promise.all(pending);
  return { answer, took, latencies };
}

/** Peak growth of the whole process's RSS (the core's threads live in it) while `work` runs. */
async function peakRss<T>(work: () => Promise<T>): Promise<[T, number]> {
  const before = process.memoryUsage.rss();
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  try {
    return [await work(), peak - before];
  } finally {
    clearInterval(timer);
  }
}

export const responsivenessBench: BenchSection = {
  name: '界面响应：重任务进行时每 5 ms 一次轻调用（核心在工作线程中）',
  async run(context) {
    const databasePath = demoCopy(context, 'responsiveness.db');
    benchCore(databasePath).close();
    generateHistory(databasePath);
    const host = asSystemHost(
      await startCoreHost({
        databasePath,
        migrationsFolder: repoMigrationsFolder,
        resourcesFolder: repoResourcesFolder,
        appVersion: 'bench',
        logger: { info() {}, error: console.error },
      }),
    );
    const folder = context.tempDir();
    // Both reader lanes up before the clock starts (a first short read, a first long one).
    await host.dispatch('system.info', {});
    await host.dispatch('dashboard.summary', {});
    const figures: Figure[] = [];
    const report = (label: string, took: number, latencies: number[], note = '') =>
      figures.push({
        figure: label,
        value: `轻调用最坏 ${ms(Math.max(...latencies))} · p99 ${ms(percentile(latencies, 99))}`,
        note: `本身 ${ms(took)} · 轻调用 ${latencies.length} 次${note}`,
      });

    const idle = await whileRunning(host, () => new Promise((resolve) => setTimeout(resolve, 2000)));
    report('空闲（2 s，无重任务）：基线', idle.took, idle.latencies);

    const input = roster();
    const heavy = async (channel: Channel, callInput: unknown, call: HostCall = {}) => {
      const run = await whileRunning(host, () => host.dispatchJson(channel, callInput, call));
      if (!String(run.answer).startsWith('{"ok":true'))
        throw new Error(`${channel}: ${String(run.answer).slice(0, 300)}`);
      return run;
    };
    let run = await heavy('trainees.previewImport', input, { jobId: 'bench-preview' });
    report(`trainees.previewImport，${importRows.toLocaleString('en-US')} 行（长任务线程）`, run.took, run.latencies);
    run = await heavy('trainees.commitImport', input, { jobId: 'bench-commit' });
    report(
      `trainees.commitImport，${importRows.toLocaleString('en-US')} 行（写入线程，一个事务）`,
      run.took,
      run.latencies,
    );

    // The whole list, while a clerk asks for the list's first page now and then (issue 20: within 100 ms).
    const exportPath = join(folder, '学员名单.xlsx');
    const firstPages: number[] = [];
    const [exported, exportGrowth] = await peakRss(() =>
      whileRunning(host, async () => {
        const answer = host.dispatchJson(
          'trainees.export',
          { filter: emptyFilter, fullIds: false },
          { jobId: 'bench-export', outputPath: exportPath },
        );
        let done = false;
        void answer.then(() => (done = true));
        while (!done) {
          await new Promise((resolve) => setTimeout(resolve, 1000));
          if (done) break;
          const started = performance.now();
          await host.dispatchJson('trainees.list', { filter: emptyFilter, limit: 100 });
          firstPages.push(performance.now() - started);
        }
        return answer;
      }),
    );
    const exportedRows = (JSON.parse(String(exported.answer)) as { value: { rows: number } }).value.rows;
    report(
      `trainees.export，全部 ${exportedRows.toLocaleString('en-US')} 行（长任务线程，流式写入文件）`,
      exported.took,
      exported.latencies,
    );
    figures.push({
      figure: '导出进行中查询学员列表首页（100 行）',
      value: `最坏 ${ms(Math.max(...firstPages))} · p50 ${ms(percentile(firstPages, 50))}`,
      note: `${firstPages.length} 次，每秒一次`,
    });

    run = await heavy('system.backup', { reason: 'manual' });
    report(
      'system.backup，整个数据库（长任务线程）',
      run.took,
      run.latencies,
      ` · ${megabytes(statSync(databasePath).size)}`,
    );
    run = await heavy('dashboard.summary', {});
    report('dashboard.summary（长任务线程）', run.took, run.latencies);
    await host.close();

    // The floor: ExcelJS's streaming writer, on this thread, writing the same rows bare: the same SQL
    // read row by row into the same columns (widths, text format for IDs and dates), values as they
    // are: no masking, formula guard, progress, cancel checks or pauses, and no thread.
    const bareStatement = new Database(databasePath, { readonly: true });
    const barePath = join(folder, 'bare.xlsx');
    const [bareMs, bareGrowth] = await peakRss(async () => {
      const started = performance.now();
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
        filename: barePath,
        useStyles: true,
        useSharedStrings: false,
      });
      const sheet = workbook.addWorksheet('学员名单');
      sheet.columns = [10, 6, 22, 12, 14, 10, 30, 14, 14].map((width, i) => ({
        width,
        style: [2, 3, 4, 8].includes(i) ? { numFmt: '@' } : {},
      }));
      sheet
        .addRow(['姓名', '性别', '身份证号', '出生日期', '手机号', '文化程度', '工作单位', '岗位', '参加工作时间'])
        .commit();
      const rows = bareStatement
        .prepare(
          `SELECT t.name, t.sex, t.id_number, t.birth_date, t.phone, t.education, coalesce(e.name, ''), t.job_title, t.work_start_date
           FROM trainees t LEFT JOIN enterprises e ON e.id = t.enterprise_id WHERE t.deleted_at IS NULL ORDER BY t.name_pinyin, t.id`,
        )
        .raw()
        .iterate() as Iterable<unknown[]>;
      for (const row of rows) sheet.addRow(row).commit();
      sheet.commit();
      await workbook.commit();
      return performance.now() - started;
    });
    bareStatement.close();
    const exportBytes = statSync(exportPath).size;
    // 2–3 GB of copies, backups and exports: gone before the next section.
    rmSync(folder, { recursive: true, force: true });
    rmSync(dirname(databasePath), { recursive: true, force: true });
    figures.push({
      figure: `导出 ${exportedRows.toLocaleString('en-US')} 行：匠训（线程中，流式）对裸 ExcelJS 流式写入`,
      value: `比值 ${(exported.took / bareMs).toFixed(2)}`,
      note: `匠训 ${ms(exported.took)}、内存峰值增长 ${megabytes(exportGrowth)}、文件 ${megabytes(exportBytes)} · 裸写 ${ms(bareMs)}、内存峰值增长 ${megabytes(bareGrowth)}`,
    });
    return figures;
  },
};

import ExcelJS from 'exceljs';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TraineeFilter } from '@shared/contract/trainees/filter';
import { emptyFilter } from '@shared/contract/trainees/filter';
import { residentIdCheckCharacter } from '@shared/domain/resident-id';
import { openDatabase } from '../../electron/core/db/open-database';
import { call } from '../../electron/core/testing';
import { traineeWhere } from '../../electron/core/services/trainees/search';
import { listPage } from '../../electron/core/services/trainees/list';
import { withDigitIndexDeferred } from '../../electron/core/services/trainees/digit-index';
import { rowColumns } from '../../electron/core/services/trainees/rows';
import {
  benchCore,
  demoCopy,
  ms,
  p50p95,
  percentile,
  perSecond,
  sample,
  type BenchSection,
  type Figure,
} from './harness';

const importRows = 50_000;
const benchEnterprise = '泉州基准导入测试有限公司';

/** A 50,000-row roster of people the demo database does not hold (region 350599, born in 2001). */
async function rosterXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('报名表');
  sheet.addRow(['2026 年基准测试报名表']);
  sheet.addRow(['序号', '姓名', '身份证号码', '联系电话', '文化程度', '工作单位', '参加工作时间']);
  for (let i = 0; i < importRows; i++) {
    const day = Math.floor(i / 1000);
    const birth = `2001${String(1 + Math.floor(day / 28)).padStart(2, '0')}${String(1 + (day % 28)).padStart(2, '0')}`;
    const id17 = `350599${birth}${String(i % 1000).padStart(3, '0')}`;
    sheet.addRow([
      i + 1,
      `测试${i}`,
      id17 + residentIdCheckCharacter(id17),
      `139${String(i).padStart(8, '0')}`,
      '高中',
      benchEnterprise,
      '2025-07-01',
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const traineesBench: BenchSection = {
  name: '学员与企业：检索、列表、导入、导出',
  async run(context) {
    const path = demoCopy(context, 'trainees.db');
    const core = benchCore(path);
    const { sqlite: raw } = openDatabase(path);
    const figures: Figure[] = [];

    // The raw figure reruns the SQL that produced the page on its own connection: the ratio is the
    // cost of the router, validation, a walk that fell back to collecting, and masking.
    const rawPage = (filter: TraineeFilter) => {
      const { plan } = listPage(raw, filter, null, 100);
      const statement = raw.prepare(plan.sql);
      return () => statement.all(...plan.params);
    };
    const rawCount = (filter: TraineeFilter) => {
      const where = traineeWhere(filter);
      const statement = raw.prepare(`SELECT count(*) AS n FROM trainees t WHERE ${where.sql}`);
      return () => statement.get(...where.params);
    };
    const searches: [string, TraineeFilter][] = [
      ['首页（无条件，按拼音）', emptyFilter],
      ['姓名“陈明”', { ...emptyFilter, search: '陈明' }],
      ['姓名单字“林”（常见姓）', { ...emptyFilter, search: '林' }],
      ['拼音首字母“zs”', { ...emptyFilter, search: 'zs' }],
      ['全拼“chenming”', { ...emptyFilter, search: 'chenming' }],
      ['身份证片段“19900102”', { ...emptyFilter, search: '19900102' }],
      ['身份证末四位“1234”', { ...emptyFilter, search: '1234' }],
      ['手机号片段“1391234”', { ...emptyFilter, search: '1391234' }],
      ['企业名“德化”', { ...emptyFilter, search: '德化' }],
      ['区县“晋江市”+文化程度“高中”', { ...emptyFilter, district: '晋江市', education: '高中' }],
    ];
    for (const [label, filter] of searches) {
      const viaContract = await sample(() => call(core, 'trainees.list', { filter, limit: 100 }), 40, 5);
      const direct = await sample(rawPage(filter), 40, 5);
      const counted = await sample(() => call(core, 'trainees.count', { filter }), 10, 2);
      const directCount = await sample(rawCount(filter), 10, 2);
      const { total } = await call(core, 'trainees.count', { filter });
      figures.push(
        {
          figure: `列表/检索：${label}，首页 100 行`,
          value: p50p95(viaContract),
          note: `裸 SQL ${p50p95(direct)} · 比值 ${(percentile(viaContract, 50) / percentile(direct, 50)).toFixed(2)}`,
        },
        {
          figure: `列表/检索：${label}，总数（另一次调用，不阻塞首页）`,
          value: p50p95(counted),
          note: `裸 SQL p50 ${ms(percentile(directCount, 50))} · 命中 ${total.toLocaleString('en-US')}`,
        },
      );
    }
    const next = await call(core, 'trainees.list', { limit: 100 });
    const keysetPage = await sample(() => call(core, 'trainees.list', { after: next.next, limit: 100 }), 200, 10);
    figures.push({ figure: '列表翻页（keyset，第 2 页起，无总数）', value: p50p95(keysetPage) });
    const enterpriseList = await sample(() => call(core, 'enterprises.list', {}), 20, 3);
    figures.push({ figure: '企业列表（前 500 家，含各家学员数）', value: p50p95(enterpriseList) });

    const xlsx = await rosterXlsx();
    const files = context.tempDir();
    const rosterPath = join(files, 'bench.xlsx');
    writeFileSync(rosterPath, xlsx);
    let started = performance.now();
    const sheet = await call(core, 'trainees.readImportFile', {}, undefined, {
      inputFile: { path: rosterPath, name: 'bench.xlsx', size: xlsx.length },
    });
    const readMs = performance.now() - started;
    const input = { headers: sheet.headers, mapping: sheet.mapping, rows: sheet.rows };
    started = performance.now();
    const preview = await call(core, 'trainees.previewImport', input);
    const previewMs = performance.now() - started;
    started = performance.now();
    const committed = await call(core, 'trainees.commitImport', input);
    const commitMs = performance.now() - started;
    if (committed.created !== importRows)
      throw new Error(`expected ${importRows} new rows, preview said ${JSON.stringify(preview.counts)}`);
    // The floor: the same number of bare INSERTs (and digit indexing) in one transaction, rolled back afterwards.
    const insert = raw.prepare(
      'INSERT INTO trainees (id, created_at, updated_at, name, name_pinyin, name_initials, id_number, sex, birth_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const t0 = performance.now();
    try {
      raw.transaction(() => {
        withDigitIndexDeferred(raw, () => {
          for (let i = 0; i < importRows; i++)
            insert.run(
              `raw-${i}`,
              '',
              '',
              `测试${i}`,
              'ceshi',
              'cs',
              `RAW${String(i).padStart(15, '0')}`,
              'male',
              '2000-01-01',
            );
        });
        throw new Error('rollback');
      })();
    } catch {
      // Rolled back on purpose: only the time of the writes is wanted.
    }
    const rawInsert = performance.now() - t0;
    figures.push(
      {
        figure: `导入 ${importRows.toLocaleString('en-US')} 行：读取 .xlsx（${(xlsx.length / 1024 / 1024).toFixed(1)} MB）`,
        value: ms(readMs),
        note: perSecond(importRows, readMs),
      },
      {
        figure: `导入 ${importRows.toLocaleString('en-US')} 行：预览（全部校验 + 查重）`,
        value: ms(previewMs),
        note: perSecond(importRows, previewMs),
      },
      {
        figure: `导入 ${importRows.toLocaleString('en-US')} 行：提交（一个事务：复核、拼音、写入、数字索引、审计）`,
        value: ms(commitMs),
        note: `裸 INSERT 同样行数 ${ms(rawInsert)} · 比值 ${(commitMs / rawInsert).toFixed(1)}`,
      },
      { figure: `导入 ${importRows.toLocaleString('en-US')} 行：合计`, value: ms(readMs + previewMs + commitMs) },
    );

    const exportFilter = { ...emptyFilter, search: benchEnterprise };
    started = performance.now();
    const exportPath = join(files, 'export.xlsx');
    const exported = await call(core, 'trainees.export', { filter: exportFilter, fullIds: false }, undefined, {
      outputPath: exportPath,
    });
    const exportMs = performance.now() - started;
    const where = traineeWhere(exportFilter);
    started = performance.now();
    let rawRows = 0;
    for (const row of raw
      .prepare(
        `SELECT ${rowColumns} FROM trainees t LEFT JOIN enterprises e ON e.id = t.enterprise_id WHERE ${where.sql} ORDER BY t.name_pinyin, t.id`,
      )
      .iterate(...where.params)) {
      if (row) rawRows++;
    }
    const rawExportMs = performance.now() - started;
    figures.push({
      figure: `导出 ${exported.rows.toLocaleString('en-US')} 行 .xlsx（遮蔽身份证号）`,
      value: ms(exportMs),
      note: `裸 SQL 读出同样 ${rawRows.toLocaleString('en-US')} 行 ${ms(rawExportMs)} · 文件 ${(statSync(exportPath).size / 1024 / 1024).toFixed(1)} MB`,
    });
    raw.close();
    core.close();
    return figures;
  },
};

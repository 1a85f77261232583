import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jobTypeInputOf } from '@shared/contract/job-types';
import { repoResourcesFolder } from '../../db/repo-migrations';
import { call, createTestCore, type TestCore } from '../../testing';

let core: TestCore | undefined;
afterEach(() => {
  core?.dispose();
  core = undefined;
});

// The seed in resources/ is the catalog a new database starts with (scripts/seed/job-types-seed.ts
// regenerates it from the research table, which lives outside the repository).
const seedCodes = () =>
  (
    JSON.parse(readFileSync(join(repoResourcesFolder, 'seed', 'job-types.json'), 'utf8')) as {
      jobTypes: { code: string }[];
    }
  ).jobTypes.map((j) => j.code);

describe('job-type catalog', () => {
  it('seeds a new database with exactly the 86 job types of the seed file', async () => {
    core = createTestCore();
    const list = await call(core!, 'jobTypes.list', {});
    const seed = seedCodes();
    expect(new Set(seed).size).toBe(86);
    expect(list.map((j) => j.code).sort()).toEqual([...seed].sort());
    const robot = list.find((j) => j.name === '工业机器人系统运维员')!;
    expect(robot.grades).toEqual([4, 3, 2, 1]);
  });

  it('saves edited hours and records the change in the audit log', async () => {
    core = createTestCore();
    const electrician = (await call(core!, 'jobTypes.list', {})).find((j) => j.name === '电工')!;
    const detail = await call(core!, 'jobTypes.get', { id: electrician.id });
    const grades = detail.grades.map((g) => (g.grade === 4 ? { ...g, trainingHours: 240 } : g));
    const saved = await call(core!, 'jobTypes.save', { ...jobTypeInputOf(detail), grades });
    expect(saved.grades.find((g) => g.grade === 4)!.trainingHours).toBe(240);
    const active = await call(core!, 'jobTypes.listActive', {});
    expect(active.find((j) => j.id === electrician.id)!.grades).toContainEqual({ grade: 4, trainingHours: 240 });
    const audit = await call(core!, 'system.listAudit', {});
    expect(audit.entries[0]!.summary).toBe('修改工种 6-31-01-03 电工：四级学时 180→240');
  });

  it('refuses a malformed code and a code already in use, saying where', async () => {
    core = createTestCore();
    const bad = await core!.dispatch('jobTypes.save', {
      code: '6-31-0103',
      name: '新工种',
      grades: [{ grade: 5, trainingHours: 100 }],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '输入有误：职业编码格式应为 N-NN-NN-NN，如 6-31-01-03' },
    });
    const clash = await core!.dispatch('jobTypes.save', {
      code: '6-31-01-03',
      name: '新工种',
      grades: [{ grade: 5, trainingHours: 100 }],
    });
    expect(clash).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '职业编码 6-31-01-03 已被工种“电工”使用' },
    });
  });

  it('requires a review pass mark for 二级 and weights that add up to 100', async () => {
    core = createTestCore();
    const result = await core!.dispatch('jobTypes.save', {
      code: '6-99-01-01',
      name: '新工种',
      grades: [{ grade: 2, trainingHours: 100, reviewPassMark: null, theoryWeight: 30, practicalWeight: 30 }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.details?.issues?.map((i) => i.message)).toEqual([
        '二级须设综合评审合格线',
        '二级各部分权重之和须为 100',
      ]);
  });

  it('retires a job type: gone from the new-cohort list, still in the catalog, and back on restore', async () => {
    core = createTestCore();
    const welder = (await call(core!, 'jobTypes.list', {})).find((j) => j.name === '焊工')!;
    await call(core!, 'jobTypes.retire', { id: welder.id });
    expect((await call(core!, 'jobTypes.listActive', {})).some((j) => j.id === welder.id)).toBe(false);
    expect((await call(core!, 'jobTypes.list', {})).find((j) => j.id === welder.id)!.retiredAt).not.toBeNull();
    expect((await call(core!, 'jobTypes.list', { includeRetired: false })).some((j) => j.id === welder.id)).toBe(false);
    await call(core!, 'jobTypes.restore', { id: welder.id });
    expect((await call(core!, 'jobTypes.listActive', {})).some((j) => j.id === welder.id)).toBe(true);
  });

  it('round-trips the catalog through .xlsx and reports bad cells by row', async () => {
    core = createTestCore();
    const exported = await call(core!, 'jobTypes.exportXlsx', {});
    const preview = await call(core!, 'jobTypes.previewImport', { base64: exported.base64 });
    expect(preview.issues).toEqual([]);
    expect(preview.rows).toHaveLength(86);
    expect(preview.rows.every((r) => r.exists)).toBe(true);
    const labour = preview.rows.find((r) => r.name === '劳动关系协调师')!;
    expect(labour.relatedCodes).toEqual(['4-07-03-04']);

    const renamed = preview.rows.map((r) => (r.code === '6-31-01-03' ? { ...r, name: '电工（改）' } : r));
    const added = { ...renamed[0]!, code: '6-99-99-01', name: '新增工种', relatedCodes: ['6-31-01-03'] };
    const applied = await call(core!, 'jobTypes.applyImport', {
      rows: [...renamed, added].map(({ exists: _e, ...row }) => row),
    });
    expect(applied).toEqual({ created: 1, updated: 86 });
    const list = await call(core!, 'jobTypes.list', {});
    expect(list.find((j) => j.code === '6-31-01-03')!.name).toBe('电工（改）');
    const fresh = await call(core!, 'jobTypes.get', { id: list.find((j) => j.code === '6-99-99-01')!.id });
    expect(fresh.related.map((r) => r.code)).toEqual(['6-31-01-03']);
  });

  it('reports every bad cell of an imported catalog with its row and column', async () => {
    core = createTestCore();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('工种目录');
    sheet.addRow(['职业编码', '工种名称', '等级', '培训学时']);
    sheet.addRow(['6-99-01-01', '新工种', '五级', 120]);
    sheet.addRow(['6-99-01-01', '新工种', '七级', 120]);
    sheet.addRow(['6-99-01-01', '新工种', '四级', '很多']);
    sheet.addRow(['69901', '坏编码', '五级', 100]);
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await call(core!, 'jobTypes.previewImport', { base64 });
    expect(preview.issues.map((i) => i.message)).toEqual([
      '第 3 行，等级：无法识别“七级”，应为 五级 … 一级',
      '第 4 行，培训学时：“很多”不是数字',
      '第 5 行，职业编码：职业编码格式应为 N-NN-NN-NN，如 6-31-01-03',
    ]);
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { emptyFilter, type TraineeFilter } from '@shared/contract/trainees/filter';
import type { TraineeCursor } from '@shared/contract/trainees';
import { openDatabase } from '../../db/open-database';
import { listPage } from './list';
import { call, createTestCore, type TestCore } from '../../testing';
import { validId } from '../../testing/people';

let core: TestCore;
const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂';
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';

// Enough people that broad filters take the in-order walk and narrow ones the collect-and-sort plan.
beforeAll(async () => {
  core = createTestCore();
  const rows = Array.from({ length: 6_000 }, (_, i) => ({
    rowNumber: i + 2,
    cells: [
      `${surnames[i % 20]}${given[Math.floor(i / 20) % 20]}${given[Math.floor(i / 400) % 20]}`,
      validId(`19${70 + (i % 30)}0${1 + (i % 9)}1${i % 10}`, i % 1000),
      i % 2 ? '高中' : '大专',
      i % 3 ? '晋江恒安鞋业有限公司' : '德化瓷艺有限公司',
    ],
  }));
  await call(core, 'trainees.commitImport', {
    headers: ['姓名', '身份证号', '学历', '单位名称'],
    mapping: { name: 0, idNumber: 1, education: 2, enterpriseName: 3 },
    rows,
  });
}, 60_000);
afterAll(() => core.dispose());

async function walk(filter: Partial<TraineeFilter>) {
  const names: string[] = [];
  let after = null;
  do {
    const page: Awaited<ReturnType<typeof call<'trainees.list'>>> = await call(core, 'trainees.list', {
      filter,
      after,
      limit: 500,
    });
    names.push(...page.rows.map((r) => r.id));
    after = page.next;
  } while (after);
  return names;
}

it('pages every plan in the same pinyin order to the end, matching the count', async () => {
  const everyone = await walk({});
  expect(everyone).toHaveLength(6_000);
  for (const filter of [
    { search: '有限公司' },
    { education: '高中' },
    { search: '德化' },
    { search: '林' },
    { search: 'lw' },
    { search: '19851' },
  ]) {
    const ids = await walk(filter);
    const { total } = await call(core, 'trainees.count', { filter });
    expect(ids.length, JSON.stringify(filter)).toBe(total);
    const selected = new Set(ids);
    expect(ids, JSON.stringify(filter)).toEqual(everyone.filter((id) => selected.has(id)));
  }
});

it('gives the same pages when the walk runs out of budget and the collecting plan takes over', async () => {
  const { sqlite } = openDatabase(core.databasePath);
  try {
    for (const filter of [{ search: '德化' }, { search: '林' }, { education: '高中' }, { search: '19851' }]) {
      const full = { ...emptyFilter, ...filter };
      const ids: string[] = [];
      let after: TraineeCursor | null = null;
      do {
        const { rows } = listPage(sqlite, full, after, 100, 300);
        ids.push(...rows.map((r) => r.id));
        after = rows.length === 100 ? { pinyin: rows[99]!.pinyin, id: rows[99]!.id } : null;
      } while (after);
      expect(ids, JSON.stringify(filter)).toEqual(await walk(filter));
    }
  } finally {
    sqlite.close();
  }
});

it('selects all matching trainees in list order, and says when the filter matches more than the limit', async () => {
  const filter = { search: '德化' };
  const { total } = await call(core, 'trainees.count', { filter });
  const all = await call(core, 'trainees.matchingIds', { filter, limit: 5000 });
  expect(all).toEqual({ ids: await walk(filter), truncated: false });
  expect(all.ids).toHaveLength(total);
  const capped = await call(core, 'trainees.matchingIds', { filter, limit: total - 1 });
  expect(capped).toEqual({ ids: all.ids.slice(0, total - 1), truncated: true });
});

import type { Input } from '@shared/contract';
import { openDatabase } from '../../electron/core/db/open-database';
import { call } from '../../electron/core/testing';
import { benchCore, demoCopy, ms, p50p95, sample, type BenchSection, type Figure } from './harness';

/** The "eligible now" search, the catalog and the trainee panel, through the router, on the demo database. */
export const jobTypesBench: BenchSection = {
  name: '工种目录与申报条件：可申报查询、目录、学员申报行',
  async run(context) {
    const path = demoCopy(context, 'job-types.db');
    const core = benchCore(path);
    const { sqlite } = openDatabase(path);
    const figures: Figure[] = [];
    const counts = sqlite
      .prepare('SELECT count(*) AS rows, count(DISTINCT trainee_id) AS trainees FROM trainee_grades')
      .get() as { rows: number; trainees: number };
    figures.push({
      figure: '演示数据的等级记录',
      value: `${counts.rows.toLocaleString('en-US')} 条 / ${counts.trainees.toLocaleString('en-US')} 人`,
      note: `约 ${Math.round((counts.trainees / context.trainees) * 100)}% 的学员持有等级`,
    });

    // The busiest job type of the demo data, as the worst case for the history-based candidates.
    const busiest = sqlite
      .prepare(
        'SELECT job_type_id AS id, count(*) AS n FROM trainee_grades GROUP BY job_type_id ORDER BY n DESC LIMIT 1',
      )
      .get() as { id: string; n: number };
    const name = (sqlite.prepare('SELECT name FROM job_types WHERE id = ?').get(busiest.id) as { name: string }).name;
    const searches: [string, Input<'eligibility.search'>, number][] = [
      [`现在可申报 三级（${name}）`, { jobTypeId: busiest.id, grade: 3 }, 40],
      [`12 个月内可申报 三级（${name}）`, { jobTypeId: busiest.id, grade: 3, withinMonths: 12 }, 40],
      [`现在可申报 四级（${name}，仅有等级记录者）`, { jobTypeId: busiest.id, grade: 4 }, 40],
      [
        `现在可申报 四级（${name}，含仅凭工作年限者，全表 ${context.trainees.toLocaleString('en-US')} 人）`,
        { jobTypeId: busiest.id, grade: 4, includeWorkOnly: true },
        5,
      ],
    ];
    for (const [label, input, count] of searches) {
      const first = await call(core, 'eligibility.search', input);
      const samples = await sample(() => call(core, 'eligibility.search', input), count, 2);
      figures.push({
        figure: label,
        value: p50p95(samples),
        note: `候选 ${first.candidates.toLocaleString('en-US')} 人，符合 ${first.total.toLocaleString('en-US')} 人`,
      });
    }

    const exportStarted = performance.now();
    const exported = await call(core, 'eligibility.exportSearch', { jobTypeId: busiest.id, grade: 3 });
    figures.push({
      figure: `导出可申报名单（现在可申报 三级，${name}）`,
      value: ms(performance.now() - exportStarted),
      note: `${Math.round((exported.base64.length * 0.75) / 1024)} KB，流式写出`,
    });

    const catalog = await sample(() => call(core, 'jobTypes.list', {}), 10, 2);
    figures.push({
      figure: '工种目录（86 个工种，含各等级持证人数与培训班数）',
      value: p50p95(catalog),
      note: '持证人数按每人每工种的最高等级聚合',
    });

    const holders = sqlite
      .prepare('SELECT trainee_id AS id FROM trainee_grades GROUP BY trainee_id HAVING count(*) > 1 LIMIT 200')
      .all() as { id: string }[];
    let next = 0;
    const panel = await sample(
      () => call(core, 'eligibility.forTrainee', { traineeId: holders[next++ % holders.length]!.id }),
      200,
      10,
    );
    figures.push({ figure: '学员详情的申报行（持有多个等级的学员）', value: p50p95(panel) });

    sqlite.close();
    core.close();
    return figures;
  },
};

import { parseArgs } from 'node:util';
import { accountsBench } from './accounts.bench';
import { certificatesBench } from './certificates.bench';
import { cohortsBench } from './cohorts.bench';
import { dashboardBench } from './dashboard.bench';
import { reportsBench } from './reports.bench';
import { foundationBench } from './foundation.bench';
import { jobTypesBench } from './job-types.bench';
import { responsivenessBench } from './responsiveness.bench';
import { startupBench } from './startup.bench';
import { traineesBench } from './trainees.bench';
import { createBenchContext, type BenchSection } from './harness';

/**
 * `npm run bench [-- --trainees 500000] [--only 名称片段]`: prints figures, section by section.
 * Each area adds its section to this list.
 */
// Certificates run early: their peak-memory figure is only meaningful before the 2M-row sections grow the heap.
const sections: BenchSection[] = [
  foundationBench,
  accountsBench,
  certificatesBench,
  traineesBench,
  jobTypesBench,
  cohortsBench,
  dashboardBench,
  reportsBench,
  responsivenessBench,
  startupBench,
];

const { values } = parseArgs({
  options: { trainees: { type: 'string', default: '500000' }, only: { type: 'string' } },
});
const context = createBenchContext(Number(values.trainees));
console.log(
  `匠训 benchmark · ${new Date().toISOString()} · Node ${process.version} · 学员规模 ${context.trainees.toLocaleString('en-US')}`,
);
for (const section of sections) {
  if (values.only && !section.name.includes(values.only)) continue;
  const started = performance.now();
  const figures = await section.run(context);
  console.log(`\n## ${section.name}（${((performance.now() - started) / 1000).toFixed(1)} s）\n`);
  console.log('| 指标 | 数值 | 说明 |\n| --- | --- | --- |');
  for (const figure of figures) console.log(`| ${figure.figure} | ${figure.value} | ${figure.note ?? ''} |`);
}

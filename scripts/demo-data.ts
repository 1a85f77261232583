import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeDemoBase } from './demo/base';

/**
 * `npm run demo-data [-- --db PATH] [--trainees N] [--seed S]`: a realistic base for screenshots and
 * benchmarks, by default in the database `npm run serve` opens (a new, empty one only).
 */
const defaultPath = join(import.meta.dirname, '..', 'data', 'jiangxun.db');
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: defaultPath },
    trainees: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20261124' },
  },
});
const trainees = Number(values.trainees);
if (!Number.isInteger(trainees) || trainees < 100) {
  console.error('用法：npm run demo-data -- [--db 数据库路径] [--trainees 人数（至少 100）]');
  process.exit(1);
}
const path = resolve(values.db);
mkdirSync(dirname(path), { recursive: true });
try {
  const done = await writeDemoBase(path, {
    trainees,
    seed: Number(values.seed),
    onProgress: (written, total) => {
      if (written % 100_000 === 0 || written === total) console.log(`写入学员 ${written} / ${total}`);
    },
  });
  console.log(`已写入 ${done.enterprises} 家企业、${done.trainees} 名学员（${done.traineeSeconds.toFixed(1)} 秒）`);
  console.log(
    `培训班 ${done.cohorts} 个（各阶段都有）、报名 ${done.enrollments} 人次、公布合格并记入等级 ${done.passes} 人次、结业证书 ${done.certificates} 份`,
  );
  const open = path === defaultPath ? 'npm run serve' : `npm run serve -- --db ${path}`;
  console.log(`数据库 ${path}，共用时 ${done.seconds.toFixed(1)} 秒；${open} 即可打开`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

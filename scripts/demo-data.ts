import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localDate } from '../electron/core/context';
import { migrate } from '../electron/core/db/migrate';
import { openDatabase } from '../electron/core/db/open-database';
import { repoMigrationsFolder } from '../electron/core/db/repo-migrations';
import { generateDemoData } from './demo/generate';

/** `npm run demo-data -- --db PATH --trainees N [--seed S]`: a realistic database for screenshots and benchmarks. */
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    trainees: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20261124' },
  },
});
if (!values.db) {
  console.error('用法：npm run demo-data -- --db 数据库路径 --trainees 人数');
  process.exit(1);
}
const path = resolve(values.db);
mkdirSync(dirname(path), { recursive: true });
const { sqlite } = openDatabase(path);
migrate(sqlite, repoMigrationsFolder);
const started = performance.now();
const outcome = generateDemoData(sqlite, {
  trainees: Number(values.trainees),
  seed: Number(values.seed),
  today: localDate(new Date()),
  onProgress: (done, total) => {
    if (done % 100_000 === 0 || done === total) console.log(`写入学员 ${done} / ${total}`);
  },
});
sqlite.pragma('wal_checkpoint(TRUNCATE)');
sqlite.close();
const seconds = (performance.now() - started) / 1000;
console.log(`已写入 ${outcome.enterprises} 家企业、${outcome.trainees} 名学员到 ${path}，用时 ${seconds.toFixed(1)} 秒`);

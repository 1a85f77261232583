import { localDate } from '../../electron/core/context';
import { migrate } from '../../electron/core/db/migrate';
import { openDatabase } from '../../electron/core/db/open-database';
import { repoMigrationsFolder } from '../../electron/core/db/repo-migrations';
import { addDemoCohorts, type DemoCohortsOutcome } from './cohorts';
import { generateDemoData, type DemoOutcome } from './generate';
import { createRandom } from './random';

export interface DemoBaseOutcome extends DemoOutcome, DemoCohortsOutcome {
  /** Seconds for the trainees, enterprises and grade history, then for everything. */
  traineeSeconds: number;
  seconds: number;
}

/**
 * A whole demo base in a new database: enterprises, trainees and their registered grades written in
 * bulk, then cohorts run through the core (scripts/demo/cohorts.ts).
 */
export async function writeDemoBase(
  path: string,
  options: { trainees: number; seed: number; today?: string; onProgress?: (done: number, total: number) => void },
): Promise<DemoBaseOutcome> {
  const today = options.today ?? localDate(new Date());
  const started = performance.now();
  const { sqlite } = openDatabase(path);
  let people: DemoOutcome;
  try {
    migrate(sqlite, repoMigrationsFolder);
    people = generateDemoData(sqlite, {
      trainees: options.trainees,
      seed: options.seed,
      today,
      onProgress: options.onProgress,
    });
  } finally {
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.close();
  }
  const traineeSeconds = (performance.now() - started) / 1000;
  const cohorts = await addDemoCohorts(path, createRandom(options.seed + 1), today);
  return { ...people, ...cohorts, traineeSeconds, seconds: (performance.now() - started) / 1000 };
}

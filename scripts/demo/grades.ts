import type { Sqlite } from '../../electron/core/db/open-database';
import { repoResourcesFolder } from '../../electron/core/db/repo-migrations';
import { createIdGenerator } from '../../electron/core/ids';
import { seedJobTypesIfEmpty } from '../../electron/core/services/job-types/seed';
import { addYears } from '@shared/domain/eligibility';
import type { Random } from './random';

/**
 * Gives about 30% of the demo trainees a plausible grade history in the seeded job types: a first
 * certificate one to four years after they started work, then each higher grade after three to
 * seven more years with falling odds, never after today. A few hold grades in a second job type.
 * Seeds the catalog first, since demo databases are built with migrations only, not a core.
 */
export function addDemoGrades(sqlite: Sqlite, random: Random, today: string): number {
  const newId = createIdGenerator();
  const now = new Date().toISOString();
  seedJobTypesIfEmpty(sqlite, repoResourcesFolder, now, newId);
  // Seed order (machinery first) with pickSkewed makes the manufacturing occupations the common ones.
  const jobTypes = (
    sqlite.prepare('SELECT id FROM job_types WHERE deleted_at IS NULL ORDER BY rowid').all() as { id: string }[]
  ).map(({ id }) => ({
    id,
    // Lowest grade first: 5, 4, 3, 2, 1.
    grades: (
      sqlite.prepare('SELECT grade FROM job_type_grades WHERE job_type_id = ? ORDER BY grade DESC').all(id) as {
        grade: number;
      }[]
    ).map((g) => g.grade),
  }));
  const trainees = sqlite
    .prepare('SELECT id, work_start_date AS workStart FROM trainees WHERE work_start_date IS NOT NULL')
    .all() as { id: string; workStart: string }[];
  const insert = sqlite.prepare(
    `INSERT INTO trainee_grades (id, created_at, updated_at, trainee_id, job_type_id, grade, obtained_on, certificate_no, source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let written = 0;
  const history = (traineeId: string, jobType: (typeof jobTypes)[number], start: string) => {
    let step = random.next() < 0.8 ? 0 : 1;
    let date = addYears(start, random.int(1, 4)).slice(0, 8) + String(random.int(1, 28)).padStart(2, '0');
    let odds = 1;
    while (step < jobType.grades.length && date < today && random.next() < odds) {
      // Certificates held before the base used the software are registered ones (既有证书登记); the
      // appraisals of its own cohorts add theirs when results are published (scripts/demo/cohorts.ts).
      insert.run(
        newId(),
        now,
        now,
        traineeId,
        jobType.id,
        jobType.grades[step],
        date,
        `${date.slice(0, 4)}${random.digits(10)}`,
        'record',
      );
      written++;
      step++;
      date = addYears(date, random.int(3, 7));
      odds *= 0.5;
    }
  };
  sqlite.transaction(() => {
    const indexes = sqlite
      .prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trainee_grades' AND sql IS NOT NULL",
      )
      .all() as { name: string; sql: string }[];
    for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);
    for (const trainee of trainees) {
      if (random.next() >= 0.3) continue;
      history(trainee.id, random.pickSkewed(jobTypes), trainee.workStart);
      if (random.next() < 0.08) history(trainee.id, random.pick(jobTypes), trainee.workStart);
    }
    for (const index of indexes) sqlite.exec(index.sql);
  })();
  return written;
}
